import Foundation
import Hummingbird
import HummingbirdTesting
import LMHubStorage
import Testing
import Yams
@testable import LMHubServer

/// The OpenAPI document against the router it describes: every `/api/v1` and `/ogc` route is documented with its method and
/// every documented operation is routed (a route added without documenting it fails here), and the JSON served
/// is the YAML's content.
struct OpenAPITests {
    /// The document's `paths` as `(path, METHOD)` pairs.
    static func documented() throws -> Set<String> {
        let object = try JSONSerialization.jsonObject(with: try OpenAPIDocument.bundled().json) as? [String: Any]
        let paths = try #require(object?["paths"] as? [String: [String: Any]])
        let methods: Set<String> = ["get", "put", "post", "delete", "patch", "head", "options", "trace"]
        return Set(paths.flatMap { path, item in item.keys.filter(methods.contains).map { "\($0.uppercased()) \(path)" } })
    }

    @Test func everyAPIRouteIsDocumentedAndEveryOperationRouted() async throws {
        let store = try await LMHubStore.openSQLite(path: ":memory:")
        let router = try buildRouter(store: store)
        try await store.close()
        let described = { (path: String) in path.hasPrefix("/api/v1/") || path == "/ogc" || path.hasPrefix("/ogc/") }
        let routed = Set(router.router.routes.filter { described($0.path.description) }.map { "\($0.method.rawValue) \($0.path.description)" })
        let documented = try Self.documented()
        #expect(routed.subtracting(documented).isEmpty, "routes missing from openapi.yaml: \(routed.subtracting(documented).sorted())")
        #expect(documented.subtracting(routed).isEmpty, "documented operations without a route: \(documented.subtracting(routed).sorted())")
        #expect(routed.count >= 22)
        #expect(routed.contains("GET /ogc") && routed.contains("GET /ogc/collections/{collectionId}/items/{featureId}"))
    }

    @Test func jsonServedIsTheYAMLsContent() async throws {
        let document = try OpenAPIDocument.bundled()
        try await withHub { client in
            try await client.execute(uri: "/api/v1/openapi.yaml", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/yaml") == true)
                #expect(Data(buffer: response.body) == document.yaml)
            }
            try await client.execute(uri: "/api/v1/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                let served = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? NSDictionary
                let yaml = OpenAPIDocument.jsonValue(try #require(try Yams.load(yaml: String(decoding: document.yaml, as: UTF8.self)))) as? NSDictionary
                #expect(served != nil && served == yaml)
                #expect(served?["openapi"] as? String == "3.1.0")
            }
        }
    }
}
