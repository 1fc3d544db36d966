import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import LMHubServer

/// The open-data views on inputs a fresh user tried: flagged hours, odd ids, impossible dates, huge filters.
struct OpenDataEdgeTests {
    @Test func aggregatesAndLatestValuesLeaveInvalidHoursOut() async throws {
        try await withOpenData { client, store in
            // 2018-01-21 in Hanoi: the monitor flagged all 24 hours Invalid (the value stuck at 61).
            let zone = try #require(TimeZone(identifier: "Asia/Ho_Chi_Minh"))
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            let start = try #require(calendar.date(from: DateComponents(year: 2018, month: 1, day: 21)))
            let day = try await store.observations(station: "Hanoi", parameter: "PM2.5", from: start, to: start.addingTimeInterval(86_399))
            #expect(day.count == 24 && day.allSatisfy { $0.qc == .invalid })
            let (_, _, text) = try await fetch(client, "/api/v1/stations/Hanoi/aggregates?parameter=PM2.5&period=day&from=2018-01-21&to=2018-01-21")
            #expect(text.contains("\"aggregates\":[]"), "\(text.prefix(300))")
            let january = try await store.observations(station: "Hanoi", parameter: "PM2.5", from: calendar.date(from: DateComponents(year: 2018, month: 1, day: 1)),
                                                        to: calendar.date(from: DateComponents(year: 2018, month: 2, day: 1))!.addingTimeInterval(-1))
            for (qc, admitted) in [("valid,suspect", Set(["Valid", "Suspect"])), ("valid", Set(["Valid"]))] {
                let (_, _, month) = try await fetch(client, "/api/v1/stations/Hanoi/aggregates?parameter=PM2.5&period=month&from=2018-01-01&to=2018-01-31&qc=\(qc)")
                let row = try #require(try JSONDecoder().decode(OpenDataTests.Aggregates.self, from: Data(month.utf8)).aggregates.first)
                let counted = january.filter { admitted.contains($0.qc?.rawValue ?? "Valid") }
                #expect(row.count == counted.count)
                #expect(abs(row.mean - counted.map(\.value).reduce(0, +) / Double(counted.count)) < 1e-9)
            }
            try await expectAnswer(client, "/api/v1/stations/Hanoi/aggregates?qc=bogus", .badRequest, containing: "'qc' must be")
        }
    }

    @Test func oddIdsAreReadAsTheStoreReadsThem() async throws {
        try await withHub { client in
            try await expectAnswer(client, "/ogc/collections/stations/items/Andaung%C2%A0Meas", .ok, containing: "\"id\":\"Andaung Meas\"")
            try await expectAnswer(client, "/api/v1/stations/%FF%FE", .badRequest, containing: "not percent-encoded UTF-8")
            try await expectAnswer(client, "/api/v1/stations/Hanoi?format=csv", .badRequest, containing: "'format' here must be json")
        }
    }

    @Test func sensorThingsRefusesWhatItCannotAnswerAndNeverLoopsItsClients() async throws {
        try await withHub { client in
            try await client.execute(uri: "/sta/v1.1/Observations?$top=0", method: .get) { response in
                #expect(response.status == .ok)
                #expect(!String(buffer: response.body).contains("nextLink"))
            }
            try await expectAnswer(client, "/sta/v1.1/Observations?$filter=phenomenonTime%20ge%202018-02-30T00:00:00Z", .badRequest, containing: "$filter")
            let many = Array(repeating: "result%20gt%201", count: 300).joined(separator: "%20or%20")
            try await expectAnswer(client, "/sta/v1.1/Observations?$top=1&$filter=" + many, .badRequest, containing: "at most 200 comparisons")
            let nested = String(repeating: "not%20", count: 60) + "result%20gt%201"
            try await expectAnswer(client, "/sta/v1.1/Observations?$top=1&$filter=" + nested, .badRequest, containing: "levels of parentheses and not")
        }
    }
}

/// The air station's index is the same in the JSON list, the CSV list, GeoJSON and the AQI series.
struct AirIndexAgreementTests {
    @Test func hanoisLatestIndexIsTheSameInEveryView() async throws {
        try await withHub { client in
            let (_, _, series) = try await fetch(client, "/api/v1/stations/Hanoi/aqi?limit=10000")
            struct Series: Decodable { struct Entry: Decodable { let time: String; let aqi: Int? }; let results: [Entry] }
            let last = try #require(try JSONDecoder().decode(Series.self, from: Data(series.utf8)).results.last { $0.aqi != nil })
            let (_, _, list) = try await fetch(client, "/api/v1/stations?kind=air")
            #expect(list.contains("\"aqi\":\(last.aqi ?? -1)"))
            let (_, _, csv) = try await fetch(client, "/api/v1/stations?kind=air&format=csv")
            #expect(csv.contains(",\(last.aqi ?? -1),"))
            let (_, _, geojson) = try await fetch(client, "/api/v1/stations?kind=air&format=geojson")
            #expect(geojson.contains("\"AQI\":\(last.aqi ?? -1)"))
        }
    }
}
