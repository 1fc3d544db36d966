import Foundation
import Hummingbird
import HummingbirdTesting
import LMHubCore
import LMHubStorage
import Testing
@testable import LMHubServer

/// Runs `body` against the router over a new in-memory store filled with the bundled data, with the store.
func withOpenData(_ body: @Sendable (any TestClientProtocol, LMHubStore) async throws -> Void) async throws {
    let store = try await LMHubStore.openSQLite(path: ":memory:")
    do {
        _ = try await Seed.fillIfEmpty(store)
        try await Application(router: try buildRouter(store: store)).test(.router) { client in try await body(client, store) }
    } catch {
        try await store.close()
        throw error
    }
    try await store.close()
}

/// GETs `uri`; the status, headers and body text.
func fetch(_ client: any TestClientProtocol, _ uri: String, accept: String? = nil) async throws -> (HTTPResponse.Status, HTTPFields, String) {
    var headers: HTTPFields = [:]
    if let accept { headers[.accept] = accept }
    return try await client.execute(uri: uri, method: .get, headers: headers) { ($0.status, $0.headers, String(buffer: $0.body)) }
}

/// The `<…>` of a `Link: <…>; rel="next"` header.
func nextLink(_ headers: HTTPFields) -> String? {
    guard let value = headers[.link], value.hasSuffix("rel=\"next\""), let open = value.firstIndex(of: "<"), let close = value.firstIndex(of: ">") else { return nil }
    return String(value[value.index(after: open)..<close])
}

/// Paging, CSV, filters, latest values, aggregates and attribution of `/api/v1`, against the store's own rows.
struct OpenDataTests {
    @Test func hanoisObservationsPageThroughAsCSVWithoutGapsOrRepeats() async throws {
        try await withOpenData { client, store in
            let stored = try await store.observations(station: "Hanoi")
            var uri: String? = "/api/v1/stations/Hanoi/observations?format=csv&limit=1000"
            var rows: [[String]] = [], pages = 0
            while let next = uri {
                let (status, headers, text) = try await fetch(client, next)
                #expect(status == .ok, "\(next): \(text.prefix(200))")
                #expect(headers[.contentType]?.hasPrefix("text/csv") == true)
                #expect(headers[.attribution]?.contains("AirNow") == true)
                let lines = text.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
                #expect(lines.first?.prefix(6) == ["station", "time (UTC)", "local_time (Asia/Ho_Chi_Minh)", "parameter", "value", "unit"])
                rows += lines.dropFirst()
                pages += 1
                uri = nextLink(headers)
            }
            #expect(pages == (stored.count + 999) / 1000)
            #expect(rows.count == stored.count)
            #expect(Set(rows.map { $0[1] + $0[3] }).count == stored.count)
            #expect(rows.map { Double($0[4]) } == stored.map(\.value))
            #expect(rows.first?[1] == "2017-12-31T18:00:00Z")
            #expect(rows.first?[2] == "2018-01-01T01:00:00+07:00")
        }
    }

    @Test func aSeriesCursorWalksEveryParameterOfASampleInOrder() async throws {
        try await withOpenData { client, store in
            let stored = try await store.observations(station: "Lumphat")
            var uri: String? = "/api/v1/stations/Lumphat/observations?limit=7"
            var seen: [String] = []
            while let next = uri {
                let (status, headers, text) = try await fetch(client, next)
                #expect(status == .ok)
                let body = try JSONDecoder().decode(Page.self, from: Data(text.utf8))
                seen += body.observations.map { "\($0.time) \($0.parameter)" }
                #expect(body.next == nextLink(headers))
                uri = body.next
            }
            let formatter = ISO8601DateFormatter()
            #expect(seen == stored.map { "\(formatter.string(from: $0.time)) \($0.parameter)" })
        }
    }

    struct Page: Decodable {
        struct Observation: Decodable { let time: String; let parameter: String }
        let observations: [Observation]
        let next: String?
        let sources: [Source]
    }

    struct Source: Decodable { let source: String; let licence: String; let attribution: String; let files: [String] }

    @Test func seriesNameTheirSourceAndLicence() async throws {
        try await withOpenData { client, store in
            let (_, _, text) = try await fetch(client, "/api/v1/stations/Siempang/observations?parameter=DO")
            let body = try JSONDecoder().decode(Page.self, from: Data(text.utf8))
            let station = try #require(try await store.station(id: "Siempang"))
            #expect(body.sources.map(\.source) == [station.operatorName])
            #expect(body.sources.map(\.licence) == [station.licence])
            #expect(body.sources.first?.files == ["mrc_3S_cambodia_wq_2004_2014.csv"])
        }
    }

    @Test func dailyMeansOfHourlyPM25CountTheHoursOfTheLocalDay() async throws {
        try await withOpenData { client, store in
            let zone = try #require(TimeZone(identifier: "Asia/Ho_Chi_Minh"))
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            let start = try #require(calendar.date(from: DateComponents(year: 2018, month: 3, day: 1)))
            let day = try await store.observations(station: "Hanoi", parameter: "PM2.5", from: start, to: start.addingTimeInterval(86_399))
            let (status, _, text) = try await fetch(client, "/api/v1/stations/Hanoi/aggregates?parameter=PM2.5&period=day&from=2018-03-01&to=2018-03-01")
            #expect(status == .ok, "\(text)")
            let body = try JSONDecoder().decode(Aggregates.self, from: Data(text.utf8))
            let row = try #require(body.aggregates.first)
            #expect(body.aggregates.count == 1)
            #expect(row.period == "2018-03-01")
            #expect(row.count == day.count)
            #expect(row.expected == 24)
            #expect(abs(row.coverage - (Double(day.count) / 24 * 1000).rounded() / 10) < 1e-9)
            #expect(abs(row.mean - day.map(\.value).reduce(0, +) / Double(day.count)) < 1e-9)
            #expect(row.max == day.map(\.value).max())
        }
    }

    @Test func monthlyWaterSamplesCoverTheirMonthsAndYears() async throws {
        try await withOpenData { client, store in
            let year2010 = try await store.observations(station: "Lumphat", parameter: "DO").filter { LocalDate.string($0.time, timeZone: "Asia/Phnom_Penh").hasPrefix("2010") }
            let (_, _, text) = try await fetch(client, "/api/v1/stations/Lumphat/aggregates?parameter=DO&period=year&from=2010-01-01&to=2010-12-31")
            let row = try #require(try JSONDecoder().decode(Aggregates.self, from: Data(text.utf8)).aggregates.first)
            #expect(row.period == "2010")
            #expect(row.count == year2010.count)
            #expect(row.expected == 12)
            #expect(row.coverage == min(100, (Double(year2010.count) / 12 * 1000).rounded() / 10))
            let (_, headers, csv) = try await fetch(client, "/api/v1/stations/Lumphat/aggregates?parameter=DO&period=month&format=csv&limit=3")
            #expect(csv.hasPrefix("parameter,unit,period (local),start (UTC),end (UTC),count,expected,coverage (%),mean,min,max\r\n"))
            #expect(csv.split(separator: "\r\n").dropFirst().allSatisfy { $0.contains(",1,1,100,") })
            #expect(nextLink(headers) != nil)
        }
    }

    struct Aggregates: Decodable {
        struct Row: Decodable {
            let period: String
            let count: Int
            let expected: Int
            let coverage: Double
            let mean: Double
            let max: Double
        }
        let aggregates: [Row]
    }

    @Test func latestValuesOfAParameterComeFromEachStationsNewestObservation() async throws {
        try await withOpenData { client, store in
            let (status, _, text) = try await fetch(client, "/api/v1/latest?parameter=DO")
            #expect(status == .ok)
            struct Body: Decodable { struct Value: Decodable { let station: String; let value: Double; let time: Date }; let values: [Value] }
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            let body = try decoder.decode(Body.self, from: Data(text.utf8))
            #expect(body.values.map(\.station) == ["Andaung Meas", "Lumphat", "Phum Pi", "Siempang"])
            for value in body.values {
                let newest = try #require(try await store.observations(station: value.station, parameter: "DO").last)
                #expect(value.value == newest.value)
                #expect(value.time == newest.time)
            }
            let (_, _, air) = try await fetch(client, "/api/v1/latest?parameter=pm25&format=csv")
            #expect(air.split(separator: "\r\n").count == 2)
            #expect(air.hasPrefix("station,name,country,kind,latitude (deg),longitude (deg),time (UTC),date (local),PM2.5 (µg/m³),censoring,qc,day_assumed\r\nHanoi,"))
            try await expectAnswer(client, "/api/v1/latest", .badRequest, containing: "'parameter' is required")
        }
    }

    @Test func stationsFilterByBoxCountryKindAndParameter() async throws {
        try await withOpenData { client, _ in
            func ids(_ query: String) async throws -> [String] {
                let (status, _, text) = try await fetch(client, "/api/v1/stations?" + query)
                #expect(status == .ok, "\(query): \(text)")
                return try JSONDecoder().decode(ServerTests.StationsBody.self, from: Data(text.utf8)).stations.map(\.station.id)
            }
            #expect(try await ids("bbox=106,13,108,15") == ["Andaung Meas", "Lumphat", "Siempang"])
            #expect(try await ids("country=vn") == ["Hanoi"])
            #expect(try await ids("kind=air") == ["Hanoi"])
            #expect(try await ids("parameter=PM2.5") == ["Hanoi"])
            #expect(try await ids("kind=water&limit=2").count == 2)
            try await expectAnswer(client, "/api/v1/stations?bbox=108,13,106,15", .badRequest, containing: "'bbox' must be")
            try await expectAnswer(client, "/api/v1/stations?kind=soil", .badRequest, containing: "'kind' must be water or air")
            try await expectAnswer(client, "/api/v1/stations?limit=0", .badRequest, containing: "'limit' must be a whole number 1–10000")
            try await expectAnswer(client, "/api/v1/stations?cursor=bogus!", .badRequest, containing: "'cursor' must be")
            try await expectAnswer(client, "/api/v1/stations?format=xml", .badRequest, containing: "'format' here must be")
        }
    }

    @Test func stationsAsGeoJSONAndHubPlacesAsGeoJSON() async throws {
        try await withOpenData { client, _ in
            let (_, headers, text) = try await fetch(client, "/api/v1/stations", accept: "application/geo+json")
            #expect(headers[.contentType] == "application/geo+json")
            let collection = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect(collection["type"] as? String == "FeatureCollection")
            #expect((collection["features"] as? [Any])?.count == 5)
            let (_, hubHeaders, places) = try await fetch(client, "/api/v1/hub/items?q=vientiane&format=geojson")
            #expect(hubHeaders[.contentType] == "application/geo+json")
            #expect(places.contains("\"type\":\"Point\""))
        }
    }

    @Test func aKnownPathWithAnotherMethodIsA405NamingTheMethodsItTakes() async throws {
        try await withOpenData { client, _ in
            try await client.execute(uri: "/api/v1/stations", method: .post) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET, HEAD")
            }
            try await client.execute(uri: "/api/v1/hub/items/lmec-center", method: .patch) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "DELETE, GET, HEAD, PUT")
            }
        }
    }

    @Test func spreadsheetFormulasInTextCellsAreDefused() {
        let table = CSVTable(header: ["name", "value"], rows: [
            [.text("=HYPERLINK(\"http://x\")"), .number(-3.5)], [.text("+1"), .number(0.05)], [.text("@SUM(A1)"), .integer(-2)],
            [.text("-2+3"), .empty], [.text("Andaung Meas, KH"), .number(12)],
        ])
        #expect(table.text == "name,value\r\n\"'=HYPERLINK(\"\"http://x\"\")\",-3.5\r\n'+1,0.05\r\n'@SUM(A1),-2\r\n'-2+3,\r\n\"Andaung Meas, KH\",12\r\n")
    }
}
