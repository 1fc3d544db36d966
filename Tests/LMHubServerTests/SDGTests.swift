import Foundation
import Hummingbird
import HummingbirdTesting
import LMHubCore
import LMHubStorage
import Testing
@testable import LMHubServer

/// The SDG Index and Dashboards over HTTP on the bundled SDR 2023 database: the API's figures are the
/// published ones (recomputed from raw values), the pages show the six countries and the review.
struct SDGTests {
    struct Countries: Decodable {
        struct Country: Decodable {
            struct Goal: Decodable { let goal: Int; let score: Double?; let imputedScore: Double?; let colour: String }
            let iso3: String; let index: Double?; let rank: Int?; let goals: [Goal]
        }
        struct Edition: Decodable { let id: String; let attribution: String }
        let edition: Edition
        let countries: [Country]
    }

    @Test func theSixCountriesHaveTheirPublishedIndexAndRank() async throws {
        try await withHub { client in
            try await client.execute(uri: "/api/v1/sdg/countries?country=THA,VNM,CHN,KHM,LAO,MMR", method: .get) { response in
                #expect(response.status == .ok)
                let body = try JSONDecoder().decode(Countries.self, from: Data(buffer: response.body))
                #expect(body.edition.id == "sdr-2023" && body.edition.attribution.contains("SDSN"))
                let published: [String: (Double, Int)] = ["THA": (74.7, 43), "VNM": (73.3, 55), "CHN": (72.0, 63), "KHM": (64.8, 103),
                                                          "LAO": (63.0, 115), "MMR": (60.4, 125)]
                #expect(body.countries.map(\.iso3) == ["THA", "VNM", "CHN", "KHM", "LAO", "MMR"], "in the order asked")
                for country in body.countries {
                    let (index, rank) = try #require(published[country.iso3])
                    #expect(abs((country.index ?? 0) - index) <= 0.05, "\(country.iso3) \(country.index ?? .nan)")
                    #expect(country.rank == rank)
                }
                let lao = try #require(body.countries.first { $0.iso3 == "LAO" }?.goals.first { $0.goal == 14 })
                #expect(lao.score == nil && abs((lao.imputedScore ?? 0) - 60.77) < 0.01, "Lao PDR's SDG 14 is the regional mean")
                let cambodia = try #require(body.countries.first { $0.iso3 == "KHM" })
                #expect(cambodia.goals.filter { $0.score == nil }.map(\.goal) == [1, 10])
            }
        }
    }

    @Test func countriesAsCSVInTheCLIsColumns() async throws {
        try await withHub { client in
            try await client.execute(uri: "/api/v1/sdg/countries?format=csv", method: .get) { response in
                let lines = String(buffer: response.body).split(separator: "\r\n").map(String.init)
                #expect(lines.first == "iso3,country,index,rank," + (1...17).map { "goal\($0)" }.joined(separator: ","))
                #expect(lines.count == 1 + 193)
                #expect(lines.contains { $0.hasPrefix("THA,Thailand,74.74,43,98.") })
                #expect(response.headers[.attribution]?.contains("SDSN") == true)
            }
        }
    }

    @Test func oneCountryGivesItsIndicatorsWithBoundsAndTheSharedShape() async throws {
        try await withHub { client in
            try await client.execute(uri: "/api/v1/sdg/countries/tha", method: .get) { response in
                #expect(response.status == .ok)
                let body = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                let indicators = try #require(body["indicators"] as? [[String: Any]])
                let poverty = try #require(indicators.first { $0["code"] as? String == "sdg1_wpc" })
                #expect(poverty["value"] as? Double == 0.62)
                #expect(abs((poverty["normalisedScore"] as? Double ?? 0) - 99.146) < 0.001)
                #expect(poverty["optimum"] as? Double == 0 && poverty["lowerBound"] as? Double == 72.6)
                let index = try #require(body["index"] as? [String: Any])
                #expect(index["index"] as? String == "sdr-2023" && (index["components"] as? [Any])?.count == 17)
                #expect((body["goals"] as? [Any])?.count == 17)
            }
            try await expectAnswer(client, "/api/v1/sdg/countries/XYZ", .notFound, containing: "no country 'XYZ'")
            try await expectAnswer(client, "/api/v1/sdg/countries?edition=sdr-1999", .notFound, containing: "no SDG edition 'sdr-1999'")
            try await expectAnswer(client, "/api/v1/sdg/countries?country=THA,ZZZ", .notFound, containing: "no country 'ZZZ'")
            try await expectAnswer(client, "/api/v1/sdg/countries?format=geojson", .badRequest, containing: "'format'")
            try await expectAnswer(client, "/api/v1/sdg/countries/%FF", .badRequest, containing: "percent-encoded UTF-8")
            try await expectAnswer(client, "/api/v1/sdg/countries/LAO%20", .ok, containing: "\"iso3\":\"LAO\"")
        }
    }

    @Test func pagesShowTheSixAndTheReviewInBothLanguages() async throws {
        try await withHub { client in
            try await client.execute(uri: "/sdg?lang=en", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(response.status == .ok)
                for name in ["Thailand", "Vietnam", "China", "Cambodia", "Lao PDR", "Myanmar"] { #expect(page.contains(name), "\(name)") }
                #expect(page.contains("74.7") && page.contains("60.4"))
                #expect(page.contains("No Poverty (SDG1) and Partnerships For The Goals (SDG17)"))
                #expect(page.contains("SDG 17: </strong>the study finds it strong; the dashboards do not agree"))
                #expect(page.contains("SDG 3: </strong>the study finds it challenged; the dashboards agree"))
                #expect(page.contains("(60.8)"), "Lao PDR's imputed SDG 14 in brackets")
            }
            try await expectAnswer(client, "/sdg?lang=zh", .ok, containing: "澜湄六国")
            try await expectAnswer(client, "/sdg/THA?lang=en", .ok, containing: "sdg1_wpc")
            try await expectAnswer(client, "/sdg/LAO?lang=zh", .ok, containing: "SDG 14 不适用于内陆国家")
            try await expectAnswer(client, "/sdg/NOPE", .notFound, containing: "NOPE")
        }
    }

    @Test func theBundledEditionIsStoredEvenAfterAnotherWasImportedFirst() async throws {
        let store = try await LMHubStore.openSQLite(path: ":memory:")
        try await store.storeDocument(.sdgEdition, id: "national", title: "national", asOf: "2023",
                                      content: String(decoding: try JSONEncoder().encode(SDGStoredEdition(edition: "sdr-2023", source: "n.csv", countries: [], panel: nil)), as: UTF8.self))
        try await Application(router: try buildRouter(store: store)).test(.router) { client in
            try await expectAnswer(client, "/api/v1/sdg/editions", .ok, containing: "\"default\":\"sdr-2023\"")
            try await expectAnswer(client, "/api/v1/sdg/countries?country=THA", .ok, containing: "\"rank\":43")
        }
        try await store.close()
    }

    @Test func anotherEditionSitsBesideTheBundledOne() async throws {
        let store = try await LMHubStore.openSQLite(path: ":memory:")
        let router = try buildRouter(store: store)
        try await Application(router: router).test(.router) { client in
            try await expectAnswer(client, "/api/v1/sdg/editions", .ok, containing: "\"default\":\"sdr-2023\"")
            let bundled = try #require(try await store.documentContent(.sdgEdition, id: "sdr-2023"))
            let edition = try JSONDecoder().decode(SDGStoredEdition.self, from: Data(bundled.utf8))
            let six = SDGStoredEdition(edition: "sdr-2023", source: "six.csv",
                                       countries: edition.countries.filter { ["THA", "LAO"].contains($0.iso3) }, panel: nil)
            try await store.storeDocument(.sdgEdition, id: "two-countries", title: "two", asOf: "2023",
                                          content: String(decoding: try JSONEncoder().encode(six), as: UTF8.self))
            try await expectAnswer(client, "/api/v1/sdg/editions", .ok, containing: "two-countries")
            try await expectAnswer(client, "/api/v1/sdg/countries?edition=two-countries", .ok, containing: "six.csv")
            try await expectAnswer(client, "/sdg?edition=two-countries", .ok, containing: "two-countries")
        }
        try await store.close()
    }
}
