import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import LMHubServer

/// The bundled US Embassy Hanoi PM2.5 of 2018 through the hub: the air page and `/api/v1/stations/{id}/aqi`.
struct AirAPITests {
    struct Body: Decodable {
        struct Part: Decodable { let pollutant: String; let statistic: String; let value: Double?; let subIndex: Int? }
        struct Entry: Decodable { let time: String; let scheme: String; let aqi: Int?; let category: [String: String]?; let parts: [Part] }
        let results: [Entry]
    }

    @Test func hourlyIndexMatchesTheMonitorsOwnAQI() async throws {
        try await withHub { client in
            // 2018-01-02 05:00 Hanoi: the file's NowCast 178.7 and AQI 229 (air-quality notes §6.6).
            try await client.execute(uri: "/api/v1/stations/Hanoi/aqi?scheme=us-epa&from=2018-01-02T05:00:00&to=2018-01-02T05:00:00", method: .get) { response in
                #expect(response.status == .ok)
                let body = try JSONDecoder().decode(Body.self, from: Data(buffer: response.body))
                let hour = try #require(body.results.first)
                #expect(body.results.count == 1 && hour.time == "2018-01-02T05:00:00+07:00")
                #expect(hour.scheme == "us-epa-2012", "before 2024-05-06 the series picks the 2012 PM2.5 table")
                #expect(hour.aqi == 229 && hour.category?["en"] == "Very Unhealthy")
                #expect(abs((hour.parts.first?.value ?? 0) - 178.7) <= 0.2)
            }
        }
    }

    @Test func dailyIndexUnderEachSchemeAndErrors() async throws {
        try await withHub { client in
            for scheme in ["us-epa", "cn-hj633", "vn-1459", "th-pcd", "us-epa-2024"] {
                try await client.execute(uri: "/api/v1/stations/Hanoi/aqi?scheme=\(scheme)&resolution=day&from=2018-01-10&to=2018-01-16", method: .get) { response in
                    let body = try JSONDecoder().decode(Body.self, from: Data(buffer: response.body))
                    #expect(body.results.map(\.time) == (10...16).map { "2018-01-\($0)" }, "\(scheme)")
                    #expect(body.results.allSatisfy { $0.parts.first?.statistic == "dailyMean" })
                }
            }
            try await expectAnswer(client, "/api/v1/stations/Hanoi/aqi?scheme=xx", .badRequest, containing: "unknown scheme 'xx'")
            try await expectAnswer(client, "/api/v1/stations/Hanoi/aqi?resolution=week", .badRequest, containing: "'resolution' must be hour or day")
            try await expectAnswer(client, "/api/v1/stations/Lumphat/aqi", .badRequest, containing: "is a water station")
            try await expectAnswer(client, "/api/v1/stations/Nowhere/aqi", .notFound, containing: "no station 'Nowhere'")
        }
    }

    @Test func theAirPageShowsTheWeekTheCalendarAndTheSwitcher() async throws {
        try await withHub { client in
            for lang in ["en", "zh"] {
                try await client.execute(uri: "/stations/Hanoi?scheme=cn-hj633&lang=\(lang)", method: .get) { response in
                    let page = String(buffer: response.body)
                    #expect(response.status == .ok)
                    #expect(page.contains("class=\"chart calendar\"") && page.contains("class=\"chart\""))
                    #expect(page.contains("scheme=vn-1459") && page.contains("scheme=us-epa") && page.contains("scheme=th-pcd"))
                    #expect(page.contains("2018-12-31: "), "the calendar has a square for the year's last day")
                    #expect(page.contains(lang == "en" ? "Daily index 2018" : "逐日指数 2018"))
                }
            }
        }
    }
}
