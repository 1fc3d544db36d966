import Foundation
import Hummingbird
import LMHubViews
import Yams

/// The OpenAPI 3.1 description of the open-data API, written by hand: `Resources/openapi/openapi.yaml` and one
/// file per area in `Resources/openapi/areas/` (its `tags`, `paths` and `components.schemas`, merged in), served
/// at `/api/v1/openapi.yaml` and as JSON at `/api/v1/openapi.json`. Both are built once, when the router is
/// built, so a malformed file stops the server at start rather than failing a request.
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

    /// The document bundled with the server: the main file with every area file merged in.
    /// - Throws: when a file is missing or is not YAML that converts to JSON, or two files define the same
    ///   path, schema or tag.
    static func bundled() throws -> OpenAPIDocument {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml", subdirectory: "openapi") else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: "openapi/openapi.yaml"])
        }
        guard var document = Self.jsonValue(try Yams.load(yaml: String(decoding: try Data(contentsOf: url), as: UTF8.self)) ?? [:]) as? [String: Any] else {
            throw OpenAPIMergeError(file: "openapi.yaml", problem: "is not a mapping")
        }
        let areas = url.deletingLastPathComponent().appendingPathComponent("areas")
        let files = (try? FileManager.default.contentsOfDirectory(at: areas, includingPropertiesForKeys: nil)) ?? []
        for file in files.filter({ $0.pathExtension == "yaml" }).sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
            let part = Self.jsonValue(try Yams.load(yaml: String(decoding: try Data(contentsOf: file), as: UTF8.self)) ?? [:])
            try Self.merge(part as? [String: Any] ?? [:], into: &document, file: file.lastPathComponent)
        }
        let json = try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])
        return OpenAPIDocument(yaml: Data(try Yams.dump(object: document, sortKeys: false).utf8), json: json)
    }

    init(yaml: Data, json: Data) {
        self.yaml = yaml
        self.json = json
    }

    /// Adds an area file's `tags`, `paths` and `components.schemas` to `document`.
    static func merge(_ part: [String: Any], into document: inout [String: Any], file: String) throws {
        if let extra = part.keys.first(where: { !["tags", "paths", "components"].contains($0) }) {
            throw OpenAPIMergeError(file: file, problem: "has '\(extra)': an area file holds only tags, paths and components.schemas")
        }
        let tags = document["tags"] as? [[String: Any]] ?? []
        for tag in part["tags"] as? [[String: Any]] ?? [] where tags.contains(where: { $0["name"] as? String == tag["name"] as? String }) {
            throw OpenAPIMergeError(file: file, problem: "repeats tag '\(tag["name"] ?? "")'")
        }
        document["tags"] = tags + (part["tags"] as? [[String: Any]] ?? [])
        var paths = document["paths"] as? [String: Any] ?? [:]
        for (path, item) in part["paths"] as? [String: Any] ?? [:] {
            guard paths[path] == nil else { throw OpenAPIMergeError(file: file, problem: "repeats path '\(path)'") }
            paths[path] = item
        }
        document["paths"] = paths
        var components = document["components"] as? [String: Any] ?? [:]
        var schemas = components["schemas"] as? [String: Any] ?? [:]
        for (name, schema) in (part["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:] {
            guard schemas[name] == nil else { throw OpenAPIMergeError(file: file, problem: "repeats schema '\(name)'") }
            schemas[name] = schema
        }
        components["schemas"] = schemas
        document["components"] = components
    }

    /// An area file that cannot be merged into the document.
    struct OpenAPIMergeError: Error, CustomStringConvertible {
        let file: String
        let problem: String
        var description: String { "openapi/areas/\(file) \(problem)" }
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
