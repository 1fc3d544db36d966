import Foundation
import Hummingbird
import HummingbirdTesting
import LMHubCore
import Testing
@testable import LMHubServer

/// Standards and assessments over HTTP: the side-by-side matrix on every station page, `/api/v1/standards`
/// with verification state, and `/api/v1/assessments` per sample and per year.
struct AssessmentAPITests {
    static let series = ["cn-gb3838-2002", "mm-none", "la-nes", "th-pcd-1994", "kh-sd27-1999", "vn-qcvn08-2015", "mrc-tgwq"]

    @Test func everyBundledStationPageShowsEveryStandardSideBySide() async throws {
        try await withHub { client in
            for station in ["Andaung%20Meas", "Lumphat", "Phum%20Pi", "Siempang"] {
                for lang in ["en", "zh"] {
                    try await client.execute(uri: "/stations/\(station)?lang=\(lang)", method: .get) { response in
                        let page = String(buffer: response.body)
                        #expect(response.status == .ok)
                        for id in Self.series { #expect(page.contains(">\(id)</a>"), "\(station) \(lang): \(id)") }
                        #expect(page.contains(lang == "en" ? "One sample against every standard" : "同一样品按各国标准评价"))
                        #expect(page.contains("⚠"), "unverified limits carry a visible caution")
                        #expect(page.contains("aria-label=\"CCME WQI\"") && page.contains("aria-label=\"MRC WQI\""))
                    }
                }
            }
        }
    }

    @Test func theMatrixShowsTheChosenSampleAndRejectsOthers() async throws {
        try await withHub { client in
            try await expectAnswer(client, "/stations/Lumphat?sample=2014-10-01", .ok, containing: "2014-10-01*</h2>")
            try await expectAnswer(client, "/stations/Lumphat?sample=2010-03-01", .notFound, containing: "no sample on 2010-03-01")
            try await expectAnswer(client, "/stations/Lumphat?sample=March", .badRequest, containing: "'sample' must be a date")
        }
    }

    struct StandardsBody: Decodable {
        struct Item: Decodable { let parameter: String; let verified: Bool }
        struct Standard: Decodable { let id: String; let status: String; let verified: Bool; let items: [Item]; let statusNote: [String: String]? }
        let standards: [Standard]
    }

    @Test func standardsListCarriesLimitsAndVerificationState() async throws {
        try await withHub { client in
            try await client.execute(uri: "/api/v1/standards", method: .get) { response in
                let body = try JSONDecoder().decode(StandardsBody.self, from: Data(buffer: response.body))
                #expect(body.standards.count == 8)
                let byId = Dictionary(uniqueKeysWithValues: body.standards.map { ($0.id, $0) })
                #expect(byId["kh-sd27-1999"]?.items.allSatisfy { !$0.verified } == true)
                #expect(byId["kh-sd27-1999"]?.verified == false)
                #expect(byId["cn-gb3838-2002"]?.items.first { $0.parameter == "NH3-N" }?.verified == true)
                #expect(byId["mm-none"]?.status == "noStandard" && byId["mm-none"]?.items.isEmpty == true)
                #expect(byId["la-nes"]?.status == "limitsNotLoaded" && byId["la-nes"]?.statusNote?["zh"] != nil)
            }
            try await client.execute(uri: "/api/v1/standards/vn-qcvn08", method: .get) { response in
                let body = try JSONDecoder().decode(StandardsBody.self, from: Data(buffer: response.body))
                #expect(body.standards.map(\.id) == ["vn-qcvn08-2015", "vn-qcvn08-2023"])
            }
            try await expectAnswer(client, "/api/v1/standards/xx-none", .notFound, containing: "unknown standard 'xx-none'")
        }
    }

    struct AssessmentsBody: Decodable {
        struct Parameter: Decodable { let parameter: String; let `class`: String; let basis: String; let verified: Bool }
        struct Assessment: Decodable { let `class`: String?; let drivers: [String]; let notAssessed: [String]; let parameters: [Parameter] }
        struct Result: Decodable { let date: String; let standard: String; let inForce: Bool; let chosenByDate: Bool; let assessment: Assessment }
        struct Indices: Decodable { let year: String; let indices: [IndexResult] }
        let results: [Result]
        let indices: [Indices]
    }

    @Test func assessmentsPerSampleMatchTheReferenceAndSayWhichVersion() async throws {
        try await withHub { client in
            try await client.execute(uri: "/api/v1/assessments?station=Lumphat&from=2014-12-01&to=2014-12-01", method: .get) { response in
                let body = try JSONDecoder().decode(AssessmentsBody.self, from: Data(buffer: response.body))
                #expect(body.results.map(\.standard) == Self.series)
                let gb = try #require(body.results.first)
                #expect(gb.assessment.class == "IV" && gb.assessment.drivers == ["TP"], "as in mrc_3S_gb3838_expected.csv")
                let vietnam = try #require(body.results.first { $0.standard == "vn-qcvn08-2015" })
                #expect(vietnam.chosenByDate && !vietnam.inForce, "2014 predates QCVN 08-MT:2015: applied for comparison")
                let thai = try #require(body.results.first { $0.standard == "th-pcd-1994" })
                #expect(thai.assessment.parameters.first { $0.parameter == "DO" }?.basis == "single value (standard: P20 over a period)")
                #expect(body.results.first { $0.standard == "mm-none" }?.assessment.class == nil)
                #expect(body.results.first { $0.standard == "mm-none" }?.assessment.notAssessed.contains("DO") == true)
            }
        }
    }

    @Test func assessmentsPerYearUsePercentilesAndCarryTheIndices() async throws {
        try await withHub { client in
            try await client.execute(uri: "/api/v1/assessments?station=Siempang&standard=th-pcd&period=year", method: .get) { response in
                let body = try JSONDecoder().decode(AssessmentsBody.self, from: Data(buffer: response.body))
                #expect(body.results.map(\.date) == (2004...2014).map(String.init))
                let year = try #require(body.results.first { $0.date == "2012" })
                #expect(year.assessment.parameters.first { $0.parameter == "DO" }?.basis == "P20 of 12 values")
                #expect(year.assessment.parameters.first { $0.parameter == "pH" }?.basis == "worst of 12 values")
                #expect(body.indices.count == 11)
                let mrc = body.indices.flatMap(\.indices).filter { $0.index == "mrc-wqi-aquatic-life" }
                #expect(mrc.count == 11)
                for index in mrc {
                    let part = { (id: String) in index.components.first { $0.id == id }?.value ?? .nan }
                    #expect(abs((index.value ?? .nan) - part("points") / part("possible") * 10) < 1e-9)
                }
            }
        }
    }

    @Test func assessmentErrorsSayWhatIsWrong() async throws {
        try await withHub { client in
            try await expectAnswer(client, "/api/v1/assessments", .badRequest, containing: "'station' is required")
            try await expectAnswer(client, "/api/v1/assessments?station=Nowhere", .notFound, containing: "no station 'Nowhere'")
            try await expectAnswer(client, "/api/v1/assessments?station=Lumphat&standard=vn-qcvn09", .badRequest, containing: "unknown standard 'vn-qcvn09'")
            try await expectAnswer(client, "/api/v1/assessments?station=Lumphat&period=month", .badRequest, containing: "'period' must be sample or year")
            try await expectAnswer(client, "/api/v1/assessments?station=Lumphat&from=2014-02-30", .badRequest, containing: "'from' must be a date")
            try await expectAnswer(client, "/api/v1/assessments?station=Andaung+Meas&from=2014-12-01", .ok, containing: "\"station\":\"Andaung Meas\"")
            try await expectAnswer(client, "/api/v1/stations/Lumphat/observations?parameter=NO2%2BNO3-N&from=2014-12-01", .ok, containing: "\"parameter\":\"NO3-N\"")
        }
    }
}
