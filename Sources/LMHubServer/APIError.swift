import Foundation
import Hummingbird
import LMHubCore

/// An API request that failed, answered as JSON `{"error": {"status", "message", "fields"?}}`; domain errors
/// are mapped to it once, where they arise in the routes. A 401 carries `WWW-Authenticate: Bearer`.
struct APIError: Error, HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String
    /// The fields of a submitted item that cannot be stored (422).
    var fields: [HubFieldError] = []

    static func badRequest(_ message: String) -> APIError { APIError(status: .badRequest, message: message) }
    static func notFound(_ message: String) -> APIError { APIError(status: .notFound, message: message) }
    static func internalError(_ message: String) -> APIError { APIError(status: .internalServerError, message: message) }
    static func unauthorized(_ message: String) -> APIError { APIError(status: .unauthorized, message: message) }
    static func forbidden(_ message: String) -> APIError { APIError(status: .forbidden, message: message) }
    static func conflict(_ message: String) -> APIError { APIError(status: .conflict, message: message) }
    static func invalid(_ fields: [HubFieldError]) -> APIError {
        APIError(status: .unprocessableContent, message: "the item cannot be stored: " + fields.map(\.description).joined(separator: "; "), fields: fields)
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(ErrorBody(error: .init(status: status.code, message: message, fields: fields.isEmpty ? nil : fields)))
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"lmhub\"" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// The JSON body of an API error.
struct ErrorBody: Encodable {
    struct Detail: Encodable {
        let status: Int
        let message: String
        let fields: [HubFieldError]?
    }

    let error: Detail
}
