import Foundation
import HTTPTypes
import Hummingbird

/// The request context of the hub's routes: JSON answers have ISO 8601 times, sorted keys (stable bodies
/// that diff and cache well) and unescaped slashes.
public struct HubRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    public var responseEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

extension HubRequestContext {
    /// `value` as the hub's JSON, with `Link: <next>; rel="next"` when there is a next page, and `Vary: Accept`
    /// (the same URL answers CSV or GeoJSON to another `Accept`).
    func json(_ value: some Encodable, status: HTTPResponse.Status = .ok, next: String? = nil) throws -> Response {
        var headers: HTTPFields = [.contentType: ResponseFormat.json.contentType, .vary: "Accept"]
        if let next { headers[.link] = "<\(next)>; rel=\"next\"" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try responseEncoder.encode(value))))
    }
}
