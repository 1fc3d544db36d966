import Foundation
import Hummingbird
import HummingbirdTesting
import LMHubStorage
import Testing
@testable import LMHubServer

/// The engines the SensorThings tests run on: SQLite always, PostgreSQL when `LMHUB_TEST_POSTGRES_URL` names
/// a server (`bash scripts/with-postgres.sh swift test --filter SensorThings`).
enum STAEngine: String, CaseIterable, Sendable {
    case sqlite, postgres

    static var postgresURL: String? { ProcessInfo.processInfo.environment["LMHUB_TEST_POSTGRES_URL"] }
    static var available: [STAEngine] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }
}

/// The read-only SensorThings API (`/sta/v1.1`) on the bundled data, checked against what the store holds.
struct SensorThingsTests {
    /// Runs `body` against the router over a new seeded store on `engine` (SQLite in memory, or a PostgreSQL
    /// schema of its own, dropped at the end), with the store at hand.
    func withSTA(_ engine: STAEngine = .sqlite, _ body: @Sendable (any TestClientProtocol, LMHubStore) async throws -> Void) async throws {
        let schema = "t_sta_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let store = switch engine {
        case .sqlite: try await LMHubStore.openSQLite(path: ":memory:")
        case .postgres: try await LMHubStore.openPostgres(url: try #require(STAEngine.postgresURL), searchPath: schema)
        }
        _ = try await Seed.fillIfEmpty(store)
        try await Application(router: try buildRouter(store: store)).test(.router) { client in try await body(client, store) }
        if engine == .postgres { try await store.administer { try await $0.raw("DROP SCHEMA \(unsafeRaw: "\"\(schema)\"") CASCADE").run() } }
        try await store.close()
    }

    typealias Object = [String: Any]

    /// `path` under `/sta/v1.1` with `query` percent-encoded; expects `status` and returns the JSON object.
    @discardableResult
    func get(_ client: any TestClientProtocol, _ path: String, _ query: [(String, String)] = [],
             status: HTTPResponse.Status = .ok) async throws -> Object {
        let encode = { (text: String) in text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~$'(),"))) ?? text }
        let suffix = query.isEmpty ? "" : "?" + query.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
        return try await fetch(client, "/sta/v1.1" + path + suffix, status: status)
    }

    func fetch(_ client: any TestClientProtocol, _ uri: String, status: HTTPResponse.Status = .ok) async throws -> Object {
        try await client.execute(uri: uri, method: .get) { response in
            #expect(response.status == status, "\(uri): \(String(buffer: response.body))")
            return try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? Object)
        }
    }

    func values(_ body: Object) throws -> [Object] { try #require(body["value"] as? [Object]) }

    /// The id of the datastream of `station` and `parameter`, as the API lists it.
    func datastream(_ client: any TestClientProtocol, _ station: String, _ parameter: String) async throws -> Int {
        let list = try values(try await get(client, "/Things('\(station)')/Datastreams", [("$filter", "ObservedProperty/id eq '\(parameter)'")]))
        #expect(list.count == 1)
        return try #require(list.first?["@iot.id"] as? Int)
    }

    @Test func serviceRootListsTheEntitySetsAndConformance() async throws {
        try await withSTA { client, _ in
            let root = try await get(client, "")
            let names = try values(root).compactMap { $0["name"] as? String }
            #expect(names == ["Things", "Locations", "HistoricalLocations", "Datastreams", "Sensors", "ObservedProperties", "Observations", "FeaturesOfInterest"])
            #expect(try values(root).allSatisfy { ($0["url"] as? String)?.hasSuffix("/sta/v1.1/\($0["name"] as? String ?? "")") == true })
            let settings = try #require(root["serverSettings"] as? Object)
            #expect((settings["conformance"] as? [String])?.contains("http://www.opengis.net/spec/iot_sensing/1.1/req/request-data") == true)
        }
    }

    @Test func thingsAreTheStationsWithLinksAndLocations() async throws {
        try await withSTA { client, store in
            let stations = try await store.stations()
            let body = try await get(client, "/Things", [("$count", "true")])
            #expect(body["@iot.count"] as? Int == stations.count)
            #expect(try values(body).compactMap { $0["@iot.id"] as? String } == stations.map(\.id))
            let thing = try await get(client, "/Things('Andaung%20Meas')")
            #expect(thing["name"] as? String == "Andaung Meas")
            #expect((thing["@iot.selfLink"] as? String)?.hasSuffix("/sta/v1.1/Things('Andaung%20Meas')") == true)
            #expect((thing["Datastreams@iot.navigationLink"] as? String)?.hasSuffix("/Things('Andaung%20Meas')/Datastreams") == true)
            let location = try values(try await get(client, "/Things('Andaung%20Meas')/Locations")).first
            #expect(location?["encodingType"] as? String == "application/geo+json")
            #expect((location?["location"] as? Object)?["coordinates"] as? [Double] == [107.35, 13.88])
            // Phum Pi is not placed: no Location, but a Thing and a FeatureOfInterest.
            #expect(try values(try await get(client, "/Things('Phum%20Pi')/Locations")).isEmpty)
            let history = try values(try await get(client, "/Things('Hanoi')/HistoricalLocations")).first
            let first = try await store.observations(station: "Hanoi").first?.time.formatted(.iso8601)
            #expect(history?["time"] as? String == first)
            let hanoi = try #require(try await store.station(id: "Hanoi"))
            #expect(try await get(client, "/Things('Hanoi')/name")["name"] as? String == hanoi.name.text("en"))
            try await get(client, "/Things('Nowhere')", status: .notFound)
        }
    }

    @Test(arguments: STAEngine.available)
    func datastreamsCarryTheCanonicalUnitAndNavigateBack(engine: STAEngine) async throws {
        try await withSTA(engine) { client, _ in
            let id = try await datastream(client, "Hanoi", "PM2.5")
            let stream = try await get(client, "/Datastreams(\(id))")
            #expect((stream["name"] as? String)?.hasSuffix("Hanoi PM2.5") == true)
            #expect((stream["unitOfMeasurement"] as? Object)?["symbol"] as? String == "µg/m³")
            #expect(try await get(client, "/Datastreams(\(id))/Thing")["@iot.id"] as? String == "Hanoi")
            #expect(try await get(client, "/Datastreams(\(id))/ObservedProperty")["@iot.id"] as? String == "PM2.5")
            #expect(try await get(client, "/Datastreams(\(id))/Sensor")["@iot.id"] as? String == "air")
            let observation = try values(try await get(client, "/Datastreams(\(id))/Observations", [("$top", "1")])).first
            let observationID = try #require(observation?["@iot.id"] as? String)
            let back = try await get(client, "/Observations('\(observationID)')/Datastream")
            #expect(back["@iot.id"] as? Int == id)
            #expect(try await get(client, "/Observations('\(observationID)')/FeatureOfInterest")["@iot.id"] as? String == "Hanoi")
        }
    }

    @Test(arguments: STAEngine.available)
    func aPhenomenonTimeFilterReturnsExactlyTheStoredWindow(engine: STAEngine) async throws {
        try await withSTA(engine) { client, store in
            let id = try await datastream(client, "Andaung Meas", "DO")
            let from = try Date("2008-01-01T00:00:00Z", strategy: .iso8601), to = try Date("2010-12-31T23:59:59Z", strategy: .iso8601)
            let stored = try await store.observations(station: "Andaung Meas", parameter: "DO", from: from, to: to)
            #expect(stored.count > 10)
            let body = try await get(client, "/Datastreams(\(id))/Observations", [
                ("$filter", "phenomenonTime ge 2008-01-01T00:00:00Z and (phenomenonTime le 2010-12-31T23:59:59Z)"),
                ("$orderby", "phenomenonTime asc"), ("$count", "true"), ("$top", "1000"),
            ])
            let page = try values(body)
            #expect(body["@iot.count"] as? Int == stored.count)
            #expect(page.compactMap { $0["result"] as? Double } == stored.map(\.value))
            #expect(page.compactMap { $0["phenomenonTime"] as? String } == stored.map { $0.time.formatted(.iso8601) })
            #expect(body["@iot.nextLink"] == nil)
        }
    }

    @Test(arguments: STAEngine.available)
    func pagesWalkTheWholeSeriesWithoutGapsOrRepeats(engine: STAEngine) async throws {
        try await withSTA(engine) { client, store in
            let id = try await datastream(client, "Hanoi", "PM2.5")
            let stored = try await store.observations(station: "Hanoi", parameter: "PM2.5")
            var uri: String? = "/sta/v1.1/Datastreams(\(id))/Observations?$top=997&$count=true"
            var times: [String] = []
            var pages = 0
            while let next = uri {
                let body = try await fetch(client, next)
                #expect(body["@iot.count"] as? Int == stored.count)
                times += try values(body).compactMap { $0["phenomenonTime"] as? String }
                uri = (body["@iot.nextLink"] as? String).map { link in String(link[link.range(of: "/sta/v1.1")!.lowerBound...]) }
                pages += 1
            }
            #expect(pages == (stored.count + 996) / 997)
            #expect(times == stored.map { $0.time.formatted(.iso8601) })
            #expect(Set(times).count == times.count)
        }
    }

    @Test(arguments: STAEngine.available)
    func orderByDescendingAndResultFiltersMatchTheStore(engine: STAEngine) async throws {
        try await withSTA(engine) { client, store in
            let id = try await datastream(client, "Hanoi", "PM2.5")
            let stored = try await store.observations(station: "Hanoi", parameter: "PM2.5")
            let latest = try values(try await get(client, "/Datastreams(\(id))/Observations", [("$orderby", "phenomenonTime desc"), ("$top", "3")]))
            #expect(latest.compactMap { $0["phenomenonTime"] as? String } == stored.suffix(3).reversed().map { $0.time.formatted(.iso8601) })
            let high = try await get(client, "/Datastreams(\(id))/Observations", [("$filter", "result gt 150 or result lt 5"), ("$count", "true"), ("$top", "0")])
            #expect(high["@iot.count"] as? Int == stored.filter { $0.value > 150 || $0.value < 5 }.count)
            let top = try values(try await get(client, "/Datastreams(\(id))/Observations", [("$orderby", "result desc"), ("$top", "1"), ("$select", "result,id")])).first
            #expect(top?["result"] as? Double == stored.map(\.value).max())
            #expect(top?["phenomenonTime"] == nil)
        }
    }

    @Test(arguments: STAEngine.available)
    func expandNestsDatastreamsAndTheirLatestObservations(engine: STAEngine) async throws {
        try await withSTA(engine) { client, store in
            let thing = try await get(client, "/Things('Hanoi')", [("$expand", "Datastreams($expand=Observations($top=5;$orderby=phenomenonTime desc))")])
            let streams = try #require(thing["Datastreams"] as? [Object])
            #expect(streams.count == 1)
            let observations = try #require(streams.first?["Observations"] as? [Object])
            let stored = try await store.observations(station: "Hanoi", parameter: "PM2.5")
            #expect(observations.compactMap { $0["phenomenonTime"] as? String } == stored.suffix(5).reversed().map { $0.time.formatted(.iso8601) })
            #expect(streams.first?["Observations@iot.nextLink"] is String)
            let withThing = try values(try await get(client, "/Datastreams", [("$expand", "Thing,ObservedProperty"), ("$filter", "Thing/id eq 'Lumphat'")]))
            #expect(!withThing.isEmpty && withThing.allSatisfy { ($0["Thing"] as? Object)?["@iot.id"] as? String == "Lumphat" })
        }
    }

    @Test func badRequestsAreAnsweredWith400AndAMessage() async throws {
        try await withSTA { client, _ in
            for (path, query) in [
                ("/Observations", [("$filter", "phenomenonTime gt")]),
                ("/Observations", [("$filter", "substringof('a', name)")]),
                ("/Observations", [("$filter", "name eq 'x'")]),
                ("/Observations", [("$filter", "result gt 'high'")]),
                ("/Observations", [("$top", "100000")]),
                ("/Things", [("$format", "xml")]),
                ("/Things", [("$orderby", "name sideways")]),
                ("/Things", [("$expand", "Sensors")]),
            ] {
                let body = try await get(client, path, query, status: .badRequest)
                #expect(body["error"] != nil || body["message"] != nil, "\(query)")
            }
            try await get(client, "/Widgets", status: .notFound)
            try await get(client, "/Observations('1-0')", status: .notFound)
        }
    }
}
