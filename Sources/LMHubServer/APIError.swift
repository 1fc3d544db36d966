import Foundation
import Hummingbird

/// Errors a request can end in, mapped to HTTP once: a JSON body `{"error": {"status", "message"}}`.
enum APIError: Error, HTTPResponseError {
    case badRequest(String)
    case notFound(String)
    case internalError(String)

    var status: HTTPResponse.Status {
        switch self {
        case .badRequest: .badRequest
        case .notFound: .notFound
        case .internalError: .internalServerError
        }
    }

    var message: String {
        switch self {
        case let .badRequest(message), let .notFound(message), let .internalError(message): message
        }
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = try JSONEncoder().encode(ErrorBody(error: .init(status: status.code, message: message)))
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
