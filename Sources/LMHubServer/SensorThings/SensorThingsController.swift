import Foundation
import Hummingbird
import LMHubStorage
import LMHubViews

/// A read-only OGC SensorThings API v1.1 (OGC 18-088, Part 1 Sensing) over the store, mounted at
/// ``SitePaths/sensorThings`` (`/sta/v1.1`):
/// - `GET /sta/v1.1`: the service root, `{value: [{name, url}], serverSettings: {conformance: […]}}` (§9.2.1).
/// - `GET /sta/v1.1/<path>`: entity sets, entities by id, navigation, a property and its `$value` (``STAPath``),
///   with the query options of ``STAQuery``. Collections answer `{value, @iot.count?, @iot.nextLink?}`.
/// Entities are described in ``STAEntity`` and ``STAModel/properties(of:)``. Only GET is served: the store is
/// filled by imports, not through this API.
struct SensorThingsController: Sendable {
    let store: LMHubStore

    static let conformance = [
        "http://www.opengis.net/spec/iot_sensing/1.1/req/datamodel",
        "http://www.opengis.net/spec/iot_sensing/1.1/req/resource-path/resource-path-to-entities",
        "http://www.opengis.net/spec/iot_sensing/1.1/req/request-data",
    ]

    var routes: RouteCollection<HubRequestContext> {
        let routes = RouteCollection(context: HubRequestContext.self)
        routes.get(use: serviceRoot)
        routes.get("**", use: resource)
        return routes
    }

    /// The service root: every entity set with its URL, and the conformance classes met.
    @Sendable func serviceRoot(_ request: Request, context: HubRequestContext) async throws -> STAJSON {
        let root = Self.root(of: request)
        return .object([
            "value": .array(STAEntitySet.allCases.map { .object(["name": .string($0.rawValue), "url": .string("\(root)/\($0.rawValue)")]) }),
            "serverSettings": .object(["conformance": .array(Self.conformance.map(STAJSON.string))]),
        ])
    }

    /// An entity set, entity, navigation or property under the root.
    @Sendable func resource(_ request: Request, context: HubRequestContext) async throws -> Response {
        let raw = context.parameters.getCatchAll()
        if raw.isEmpty { return try await serviceRoot(request, context: context).response(from: request, context: context) }
        let path = try STAPath(raw: raw)
        let query = try STAQuery(queryString: request.uri.query)
        let history = request.uri.string.contains("HistoricalLocations")
        let model = try await STAModel.load(store, history: history)
        let encoder = STAEncoder(model: model, root: Self.root(of: request))
        let body: STAJSON
        switch try await model.resolve(path) {
        case let .property(name, value, raw):
            if raw {
                let text = switch value {
                case let .string(text): text
                case let .number(number): "\(number)"
                case let .integer(number): "\(number)"
                case let .bool(flag): "\(flag)"
                default: "null"
                }
                return Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
            }
            body = .object([name: value])
        case let .resolved(.one(entity)):
            body = try await encoder.entity(entity, query)
        case let .resolved(.many(_, entities)):
            body = Self.collection(try await encoder.page(entities, query), query: query, link: Self.link(of: request))
        case let .resolved(.observations(datastreams)):
            body = Self.collection(try await encoder.observations(datastreams, query), query: query, link: Self.link(of: request))
        }
        return try body.response(from: request, context: context)
    }

    static func collection(_ page: STAPage, query: STAQuery, link: String) -> STAJSON {
        var members: [String: STAJSON] = ["value": .array(page.values)]
        if let count = page.count { members["@iot.count"] = .integer(Int64(count)) }
        if page.more, query.top > 0 { members["@iot.nextLink"] = .string(query.nextLink(link)) }
        return .object(members)
    }

    /// The absolute URL of the service root as the client reached it (`Host`, `X-Forwarded-Proto`).
    static func root(of request: Request) -> String {
        "\(origin(of: request))\(SitePaths.sensorThings)"
    }

    /// The absolute URL of the request's path, without its query.
    static func link(of request: Request) -> String {
        "\(origin(of: request))\(request.uri.path)"
    }

    static func origin(of request: Request) -> String {
        let host = request.head.authority ?? "localhost"
        let forwarded = request.headers.first { $0.name.canonicalName == "x-forwarded-proto" }?.value
        let scheme = forwarded ?? request.head.scheme ?? "http"
        return "\(scheme)://\(host)"
    }
}
