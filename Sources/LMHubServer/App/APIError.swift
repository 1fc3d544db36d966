import Foundation
import Hummingbird
import LMHubCore

/// An API request that failed, answered as JSON `{"error": {"status", "message", "fields"?}}`; only
/// ``ErrorMiddleware`` makes one, from a ``ServiceError`` or a routing failure. A 401 carries
/// `WWW-Authenticate: Bearer`, a 405 `Allow`.
struct APIError: Error, HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String
    /// The fields of a submitted item that cannot be stored (422).
    var fields: [HubFieldError] = []
    /// The methods the path serves (405).
    var allow: [HTTPRequest.Method] = []

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(ErrorBody(error: .init(status: status.code, message: message, fields: fields.isEmpty ? nil : fields)))
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"lmhub\"" }
        if !allow.isEmpty { headers[.allow] = allow.map(\.rawValue).joined(separator: ", ") }
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
