import Foundation
import Hummingbird

/// An API request that failed, answered as JSON `{"error": {"status", "message"}}`; domain errors are mapped
/// to it once, where they arise in the routes.
struct APIError: Error, HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String

    static func badRequest(_ message: String) -> APIError { APIError(status: .badRequest, message: message) }
    static func notFound(_ message: String) -> APIError { APIError(status: .notFound, message: message) }
    static func internalError(_ message: String) -> APIError { APIError(status: .internalServerError, message: message) }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(ErrorBody(error: .init(status: status.code, message: message)))
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// The JSON body of an API error.
struct ErrorBody: Encodable {
    struct Detail: Encodable {
        let status: Int
        let message: String
    }

    let error: Detail
}
