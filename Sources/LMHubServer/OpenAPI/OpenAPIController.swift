import Foundation
import Hummingbird
import LMHubViews
import Yams

/// The OpenAPI 3.1 description of the open-data API (`Resources/openapi/openapi.yaml`, written by hand): the file
/// as is at `/api/v1/openapi.yaml` and converted to JSON at `/api/v1/openapi.json`. Both are read once, when the
/// router is built, so a malformed file stops the server at start rather than failing a request.
struct OpenAPIController: Sendable {
    let document: OpenAPIDocument

    var routes: RouteCollection<HubRequestContext> {
        let routes = RouteCollection(context: HubRequestContext.self)
        routes.get(.api(SitePaths.openAPIYAML), use: yaml)
        routes.get(.api(SitePaths.openAPIJSON), use: json)
        return routes
    }

    /// `GET /api/v1/openapi.yaml`: the document as written (`application/yaml`).
    @Sendable func yaml(_ request: Request, context: HubRequestContext) async throws -> Response {
        Response(status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(bytes: document.yaml)))
    }

    /// `GET /api/v1/openapi.json`: the same document as JSON (`application/json`).
    @Sendable func json(_ request: Request, context: HubRequestContext) async throws -> Response {
        Response(status: .ok, headers: [.contentType: ResponseFormat.json.contentType],
                 body: .init(byteBuffer: ByteBuffer(bytes: document.json)))
    }
}

/// The bundled OpenAPI document, as YAML and as JSON (sorted keys, unescaped slashes).
struct OpenAPIDocument: Sendable {
    let yaml: Data
    let json: Data

    /// The document bundled with the server.
    /// - Throws: when the file is missing or is not YAML that converts to JSON.
    static func bundled() throws -> OpenAPIDocument {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml", subdirectory: "openapi") else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: "openapi/openapi.yaml"])
        }
        return try OpenAPIDocument(yaml: Data(contentsOf: url))
    }

    init(yaml: Data) throws {
        self.yaml = yaml
        let object = try Yams.load(yaml: String(decoding: yaml, as: UTF8.self)) ?? [:]
        json = try JSONSerialization.data(withJSONObject: Self.jsonValue(object), options: [.sortedKeys, .withoutEscapingSlashes])
    }

    /// `value` as `JSONSerialization` takes it: YAML mappings keyed by text (Yams gives `[AnyHashable: Any]`), and
    /// scalars that are not already JSON types (dates, for instance) as their text.
    static func jsonValue(_ value: Any) -> Any {
        switch value {
        case let mapping as [AnyHashable: Any]:
            Dictionary(uniqueKeysWithValues: mapping.map { key, value in ("\(key.base)", jsonValue(value)) })
        case let list as [Any]: list.map(jsonValue)
        case is String, is Bool, is Int, is Double, is NSNull: value
        default: "\(value)"
        }
    }
}
