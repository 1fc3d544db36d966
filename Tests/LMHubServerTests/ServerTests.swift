import Foundation
import Hummingbird
import HummingbirdTesting
import LMHubIngest
import LMHubStorage
import Testing
@testable import LMHubServer

/// Runs `body` against the hub's router over a new in-memory store filled with the bundled data.
func withHub(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
    let store = try await LMHubStore.openSQLite(path: ":memory:")
    do {
        _ = try await Seed.fillIfEmpty(store)
        try await Application(router: try buildRouter(store: store)).test(.router, body)
    } catch {
        try await store.close()
        throw error
    }
    try await store.close()
}

/// Requests `uri` and expects `status` and a body containing `text`.
func expectAnswer(_ client: any TestClientProtocol, _ uri: String, _ status: HTTPResponse.Status, containing text: String) async throws {
    try await client.execute(uri: uri, method: .get) { response in
        #expect(response.status == status, "\(uri)")
        #expect(String(buffer: response.body).contains(text), "\(uri)")
    }
}

/// The hub on the bundled data, through the router: pages, API and errors.
struct ServerTests {
    @Test func seedingFillsANewStoreOnceAndReimportingAddsNothing() async throws {
        let store = try await LMHubStore.openSQLite(path: ":memory:")
        let summary = try #require(try await Seed.fillIfEmpty(store))
        #expect(summary.rowsRead == 406)
        #expect(summary.stored == 4143)
        #expect(try await Seed.fillIfEmpty(store) == nil)
        try await reimportAddsNothing(store)
        try await store.close()
    }

    /// The bundled file imported again, as `lmhub import` does with its default zone (UTC): the stations'
    /// own zone applies, so every observation is found already stored.
    func reimportAddsNothing(_ store: LMHubStore) async throws {
        let before = try await store.observationCount()
        let (summary, outcome) = try await store.importing(sourceFile: "again.csv") { sink in
            var reader = try WideSampleReader(path: try Seed.sampleFile.path, timeZones: StationTimeZones(byStation: try await store.timeZonesByStation()))
            return try await ImportRun.run(&reader, into: sink)
        }
        #expect(outcome.stored == 0)
        #expect(outcome.conflicts.isEmpty)
        #expect(summary.with(outcome).skipped == 4143)
        #expect(try await store.observationCount() == before)
    }

    struct StationsBody: Decodable {
        struct Entry: Decodable {
            struct Station: Decodable { let id: String; let kind: String; let latitude: Double?; let locationApproximate: Bool }
            struct Latest: Decodable { let date: String; let `class`: String?; let standard: String? }
            let station: Station
            let latest: Latest?
        }
        let stations: [Entry]
    }

    @Test func stationsAPIListsTheFourBundledWaterStationsWithTheirLatestClass() async throws {
        try await withHub { client in
            try await client.execute(uri: "/api/v1/stations", method: .get) { response in
                #expect(response.status == .ok)
                let all = try JSONDecoder().decode(StationsBody.self, from: Data(buffer: response.body))
                #expect(all.stations.filter { $0.station.kind == "air" }.map(\.station.id) == ["Hanoi"])
                #expect(all.stations.first { $0.station.id == "Hanoi" }?.latest?.date == "2019-01-01")
                let body = StationsBody(stations: all.stations.filter { $0.station.kind == "water" })
                #expect(body.stations.map(\.station.id) == ["Andaung Meas", "Lumphat", "Phum Pi", "Siempang"])
                #expect(body.stations.allSatisfy { $0.latest?.date == "2014-12-01" && $0.latest?.standard == "cn-gb3838-2002" })
                #expect(body.stations.map { $0.latest?.class } == ["I", "IV", "II", "II"])
                #expect(body.stations.first { $0.station.id == "Phum Pi" }?.station.latitude == nil)
                let placed = body.stations.filter { $0.station.latitude != nil }
                #expect(placed.count == 3)
                #expect(placed.allSatisfy { $0.station.locationApproximate })
            }
        }
    }

    struct ObservationsBody: Decodable {
        struct Observation: Decodable { let parameter: String; let value: Double; let time: String; let sourceLine: Int }
        let observations: [Observation]
    }

    @Test func observationsFilterByParameterAndLocalDates() async throws {
        try await withHub { client in
            try await client.execute(uri: "/api/v1/stations/Lumphat/observations?parameter=TOTP&from=2014-11-01&to=2014-12-01", method: .get) { response in
                #expect(response.status == .ok)
                let body = try JSONDecoder().decode(ObservationsBody.self, from: Data(buffer: response.body))
                #expect(body.observations.map(\.parameter) == ["TP", "TP"])
                #expect(body.observations.map(\.value) == [0.111528, 0.2199766])
                #expect(body.observations.first?.time == "2014-10-31T17:00:00Z")
            }
            try await client.execute(uri: "/api/v1/stations/Andaung%20Meas/observations?parameter=EC&to=2004-10-01", method: .get) { response in
                let body = try JSONDecoder().decode(ObservationsBody.self, from: Data(buffer: response.body))
                #expect(body.observations.map(\.value) == [25])
                #expect(body.observations.map(\.sourceLine) == [2])
            }
        }
    }

    @Test func apiErrorsSayWhatIsWrong() async throws {
        try await withHub { client in
            try await expectAnswer(client, "/api/v1/stations/Nowhere/observations", .notFound, containing: "no station 'Nowhere'")
            try await expectAnswer(client, "/api/v1/stations/Lumphat/observations?from=2014-13-45", .badRequest, containing: "'from' must be a date")
            try await expectAnswer(client, "/api/v1/stations/Lumphat/observations?parameter=NH5", .badRequest, containing: "unknown parameter 'NH5'")
        }
    }

    @Test func overviewShowsEveryStationWithItsClassInEnglishAndChinese() async throws {
        try await withHub { client in
            try await client.execute(uri: "/", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                for name in ["Andaung Meas", "Lumphat", "Phum Pi", "Siempang"] { #expect(page.contains(name)) }
                #expect(page.contains("Water quality in the Lancang-Mekong basin"))
                #expect(page.contains("<svg"))
                #expect(page.contains(">IV</span>"))
                #expect(!page.contains("<script"))
            }
            try await client.execute(uri: "/?lang=zh", method: .get) { response in
                #expect(String(buffer: response.body).contains("澜沧江-湄公河流域水质"))
            }
            try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: "zh-CN,zh;q=0.9,en;q=0.8"]) { response in
                #expect(String(buffer: response.body).contains("lang=\"zh\""))
            }
        }
    }

    @Test func stationPageChartsTheChosenParameterAndListsSamples() async throws {
        try await withHub { client in
            try await client.execute(uri: "/stations/Andaung%20Meas?parameter=TP", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(page.contains("<h1>Andaung Meas</h1>"))
                #expect(page.contains("class=\"chart\""))
                #expect(page.contains("GB 3838-2002 Table 1 item 8"))
                #expect(page.contains("0.359 (V)"))
            }
            try await expectAnswer(client, "/stations/Nowhere", .notFound, containing: "no station 'Nowhere'")
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(String(buffer: response.body) == "ok")
            }
        }
    }
}

/// What careless requests get: a body that says what is wrong, in the page's language.
struct ServerErrorTests {
    @Test func unknownRoutesAnswer404WithABody() async throws {
        try await withHub { client in
            try await expectAnswer(client, "/nothing?lang=zh", .notFound, containing: "<h1>未找到</h1>")
            try await client.execute(uri: "/api/v1/nothing", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body) == #"{"error":{"message":"nothing at /api/v1/nothing","status":404}}"#)
            }
        }
    }

    @Test func impossibleDatesAreRejectedNotRolledOver() async throws {
        try await withHub { client in
            try await expectAnswer(client, "/api/v1/stations/Lumphat/observations?from=2014-02-01&to=2014-01-01", .badRequest, containing: "later than")
            for bad in ["2014-02-30", "2005-01-01T25:00:00Z", "2005-01-01T10:61", "yesterday"] {
                try await expectAnswer(client, "/api/v1/stations/Lumphat/observations?from=\(bad)", .badRequest, containing: "'from' must be a date")
            }
        }
    }

    @Test func emptyQueryValuesMeanNoFilter() async throws {
        try await withHub { client in
            try await expectAnswer(client, "/api/v1/stations/Lumphat/observations?parameter=&from=&to=", .ok, containing: "\"parameter\":\"TP\"")
        }
    }

    @Test func anUnknownParameterOnAStationPageIsABadRequestNotAMissingStation() async throws {
        try await withHub { client in
            try await client.execute(uri: "/stations/Lumphat?parameter=XYZ&lang=ZH", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(response.status == .badRequest)
                #expect(page.contains("<h1>请求有误</h1>"))
                #expect(page.contains("unknown parameter 'XYZ'"))
            }
        }
    }
}

/// The same hub on PostgreSQL, when `LMHUB_TEST_POSTGRES_URL` names a server.
struct PostgresServerTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["LMHUB_TEST_POSTGRES_URL"] != nil))
    func theHubServesTheBundledDataFromPostgreSQL() async throws {
        let url = try #require(ProcessInfo.processInfo.environment["LMHUB_TEST_POSTGRES_URL"])
        let schema = "t_server_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let store = try await LMHubStore.openPostgres(url: url, searchPath: schema)
        let summary = try #require(try await Seed.fillIfEmpty(store))
        #expect(summary.stored == 4143)
        try await Application(router: try buildRouter(store: store)).test(.router) { client in
            try await client.execute(uri: "/api/v1/stations", method: .get) { response in
                let body = try JSONDecoder().decode(ServerTests.StationsBody.self, from: Data(buffer: response.body))
                #expect(body.stations.filter { $0.station.kind == "water" }.map { $0.latest?.class } == ["I", "IV", "II", "II"])
                #expect(body.stations.first { $0.station.id == "Hanoi" }?.latest?.date == "2019-01-01")
            }
            try await client.execute(uri: "/stations/Andaung%20Meas?parameter=TP", method: .get) { response in
                #expect(String(buffer: response.body).contains("0.359 (V)"))
            }
            // 2018-01-02 05:00 Hanoi: the file's own AQI 229 (air-quality notes §6.6), from PostgreSQL.
            try await expectAnswer(client, "/api/v1/stations/Hanoi/aqi?from=2018-01-02T05:00:00&to=2018-01-02T05:00:00", .ok, containing: "\"aqi\":229")
        }
        try await store.administer { try await $0.raw("DROP SCHEMA \(unsafeRaw: "\"\(schema)\"") CASCADE").run() }
        try await store.close()
    }
}
