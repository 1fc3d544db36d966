import Foundation
import Hummingbird

/// Any `Encodable` body answered with an explicit media type, encoded as the hub's JSON (sorted keys,
/// unescaped slashes, ISO 8601 times): `application/geo+json` for features (RFC 7946 §12, OGC 17-069r4
/// §7.16.1 and Requirement /req/geojson/content), `application/json` for OGC API metadata documents.
struct GeoJSONResponse<Body: Encodable & Sendable>: ResponseGenerator, Sendable {
    /// RFC 7946 §12.
    static var geoJSONType: String { "application/geo+json" }
    static var jsonType: String { "application/json" }

    let body: Body
    var contentType: String = Self.geoJSONType
    var status: HTTPResponse.Status = .ok

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(body)
        return Response(status: status, headers: [.contentType: contentType], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
