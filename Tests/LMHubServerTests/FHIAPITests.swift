import Foundation
import Hummingbird
import HummingbirdTesting
import LMHubCore
import LMHubIngest
import LMHubStorage
import Testing
@testable import LMHubServer

/// The hub on the bundled data with `assessments` (assessment files) stored beside the demonstration, through the router.
func withFHIHub(storing assessments: [String] = [], _ body: @Sendable (any TestClientProtocol, LMHubStore) async throws -> Void) async throws {
    let store = try await LMHubStore.openSQLite(path: ":memory:")
    do {
        _ = try await Seed.fillIfEmpty(store)
        let constants = try FHIAssessmentConstants.bundled()
        for path in assessments {
            try await FHIAssessmentStorage.store(try await FHIAssessmentStorage.evaluate(path: path, store: store, constants: constants), in: store)
        }
        try await Application(router: try buildRouter(store: store)).test(.router) { client in try await body(client, store) }
    } catch {
        try await store.close()
        throw error
    }
    try await store.close()
}

/// An assessment file in a new temporary folder.
func fhiAssessmentFile(_ json: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lmhub-fhi-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("assessment.json").path
    try Data(json.utf8).write(to: URL(fileURLWithPath: path))
    return path
}

/// A 3S assessment of 2020 scoring Water Quality 0 (entered), so Ecosystem Vitality is 0 by the geometric mean.
let fhiZeroAssessment = """
    {"id": "3s-2020-test", "basin": {"name": "3S (Sekong, Sesan, Srepok)"}, "date": "2020-12-31", "inputs": {},
     "entered": {"water-quality": {"value": 0, "evidence": "test: every sample failed"},
                 "deviation-from-natural-flow": {"value": 50, "evidence": "test"}}}
    """

/// `/api/v1/fhi/assessments` and `/api/v1/fhi/assessments/{id}`: the demonstration stored on first use, its values
/// those of the Core evaluation (and of the published test figures), not assessed as `null`, the published baseline
/// beside, CSV, errors.
@Suite("FHI API")
struct FHIAPITests {
    let constants = try! FHIAssessmentConstants.bundled()

    struct ListBody: Decodable {
        struct Published: Decodable {
            struct Score: Decodable { let id: String; let value: Double }
            let source: String
            let date: String?
            let computed: Bool
            let scores: [Score]
        }
        struct Entry: Decodable {
            let id, basin, date: String
            let ecosystemVitality, ecosystemServices, governanceStakeholders: Double?
            let assessed, subIndicators: Int
            let published: [Published]
        }
        let assessments: [Entry]
    }

    struct DetailBody: Decodable {
        struct Node: Decodable {
            let index, id, level, status: String
            let parent: String?
            let value, weight: Double?
            let verified: Bool
        }
        struct SubIndicator: Decodable { let id, status: String; let value: Double? }
        struct Station: Decodable { let id, node, href: String }
        struct Hydrograph: Decodable { let station: String; let months: [Month] }
        struct Month: Decodable { let month: Int; let regulated, unregulated: Double?; let years: Int }
        let id: String
        let nodes: [Node]
        let components: [Node]
        let subIndicators: [SubIndicator]
        let stations: [Station]
        let hydrographs: [Hydrograph]
        let notes: [String]
        let published: [ListBody.Published]

        func node(_ id: String) -> Node? { nodes.first { $0.id == id } }
    }

    @Test func theDemonstrationIsStoredOnFirstUseWithTheCoreValuesAndThePublishedBaselineBeside() async throws {
        let core = try FHIAssessmentFile.demo3S(constants: constants)
        try await withFHIHub { client, store in
            try await client.execute(uri: "/api/v1/fhi/assessments", method: .get) { response in
                #expect(response.status == .ok)
                let body = try JSONDecoder().decode(ListBody.self, from: Data(buffer: response.body))
                let demo = try #require(body.assessments.first { $0.id == "demo-3s" })
                #expect(demo.basin == "3S (Sekong, Sesan, Srepok)" && demo.date == "2016-12-31")
                #expect(demo.ecosystemVitality == core.node("ecosystem-vitality")?.value)
                #expect(demo.governanceStakeholders == core.node("governance-stakeholders")?.value)
                #expect(demo.ecosystemServices == nil && core.node("ecosystem-services")?.value == nil)
                // The engine helper's figures: EV 73.51 over DvNF, WQ and connectivity; GS 41.07 (Python: 41.0712).
                #expect(abs(try #require(demo.ecosystemVitality) - 73.51) < 0.005)
                #expect(abs(try #require(demo.governanceStakeholders) - 41.0712) < 1e-4)
                #expect(demo.assessed == 15 && demo.subIndicators == core.subIndicators.count)
                let published = try #require(demo.published.first)
                #expect(published.computed == false && published.date == "2016-12" && published.source.contains("Souter et al. (2020)"))
                #expect(published.scores.map(\.id) == ["ecosystem-vitality", "ecosystem-services", "governance-stakeholders"])
                #expect(published.scores.map(\.value) == [66, 80, 43])
            }
            #expect(try await store.documents(.fhiAssessment).map(\.id) == ["demo-3s"])
            #expect(try await store.documentSummary(.fhiAssessment, id: "demo-3s")?.title == "3S (Sekong, Sesan, Srepok) 2016-12-31")
        }
    }

    /// The server reads the four MRC stations' water quality from its store; the values equal the Core
    /// evaluation of the bundled sample file, node by node.
    @Test func everyNodeEqualsTheCoreEvaluationWithTheStoredSamples() async throws {
        let core = try FHIAssessmentFile.demo3S(constants: constants)
        try await withFHIHub { client, _ in
            try await client.execute(uri: "/api/v1/fhi/assessments/demo-3s", method: .get) { response in
                #expect(response.status == .ok)
                let body = try JSONDecoder().decode(DetailBody.self, from: Data(buffer: response.body))
                let coreNodes = core.components.flatMap(\.allNodes)
                #expect(body.nodes.map(\.id) == coreNodes.map(\.id))
                for node in coreNodes {
                    let served = try #require(body.node(node.id))
                    #expect(served.value == node.value, "\(node.id)")
                    #expect(served.index == "fhi-2020")
                }
                #expect(body.components.map(\.id) == ["ecosystem-vitality", "ecosystem-services", "governance-stakeholders"])
                #expect(body.components.allSatisfy { $0.level == "component" && $0.parent == nil && $0.weight == nil })
                // Published test figures: DvNF 70.08 (FHI Toolbox test: 70), cDCI 60.09 (DCI_D 0.6558908, DCI_P
                // 0.5458785), water quality 94.33 (the four stations recomputed in Python).
                #expect(abs(try #require(body.node("deviation-from-natural-flow")?.value) - 70.08) < 0.005)
                #expect(abs(try #require(body.node("flow-connectivity")?.value) - 60.088465) < 0.2)
                #expect(abs(try #require(body.node("water-quality")?.value) - 94.32917815301609) < 1e-9)
                #expect(body.node("water-quality")?.status == "computed" && body.node("water-quality")?.level == "indicator")
                #expect(body.node("recreation")?.status == "not-assessed" && body.node("ecosystem-vitality")?.status == "aggregated")
                #expect(body.notes.contains { $0.contains("stored samples of Andaung Meas, Lumphat, Phum Pi, Siempang") })
                #expect(body.stations.map(\.id) == ["Andaung Meas", "Lumphat", "Phum Pi", "Siempang"])
                #expect(body.stations.first?.href == "/api/v1/stations/Andaung%20Meas" && body.stations.allSatisfy { $0.node == "water-quality" })
                #expect(body.hydrographs.map(\.station) == ["P1", "P2"])
                #expect(body.hydrographs.allSatisfy { $0.months.map(\.month) == Array(1...12) && $0.months.allSatisfy { $0.years == 23 } })
                #expect(body.published.first?.scores.map(\.value) == [66, 80, 43])
            }
        }
    }

    @Test func notAssessedIsNullNeverZero() async throws {
        try await withFHIHub { client, _ in
            try await client.execute(uri: "/api/v1/fhi/assessments/demo-3s", method: .get) { response in
                let object = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                let nodes = try #require(object["nodes"] as? [[String: Any]])
                let notAssessed = nodes.filter { $0["status"] as? String == "not-assessed" }
                #expect(notAssessed.count == 18)
                for node in notAssessed { #expect(node["value"] is NSNull, "\(node["id"] ?? "")") }
                let subIndicators = try #require(object["subIndicators"] as? [[String: Any]])
                #expect(subIndicators.filter { $0["value"] is NSNull }.count == 13)
                #expect(subIndicators.allSatisfy { ($0["value"] as? Double) != 0 })
            }
            try await client.execute(uri: "/api/v1/fhi/assessments", method: .get) { response in
                let object = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                let first = try #require((object["assessments"] as? [[String: Any]])?.first)
                #expect(first["ecosystemServices"] is NSNull)
            }
        }
    }

    @Test func unknownIdsAndFormatsAreRefused() async throws {
        try await withFHIHub { client, _ in
            try await expectAnswer(client, "/api/v1/fhi/assessments/nope", .notFound, containing: "no FHI assessment 'nope'; stored: demo-3s")
            try await expectAnswer(client, "/api/v1/fhi/assessments?format=xml", .badRequest, containing: "'format' here must be json or csv")
            try await expectAnswer(client, "/api/v1/fhi/assessments/%FF", .badRequest, containing: "not percent-encoded UTF-8")
        }
    }

    @Test func listsAndAssessmentsAreServedAsCSV() async throws {
        try await withFHIHub { client, _ in
            try await client.execute(uri: "/api/v1/fhi/assessments?format=csv", method: .get) { response in
                let lines = String(buffer: response.body).split(separator: "\r\n").map(String.init)
                #expect(response.headers[.contentType]?.hasPrefix("text/csv") == true)
                #expect(lines.first == "kind,id,basin,date,ecosystem_vitality,ecosystem_services,governance_stakeholders,source")
                #expect(lines.count == 3)
                #expect(lines[1].hasPrefix("computed,demo-3s,\"3S (Sekong, Sesan, Srepok)\",2016-12-31,73.51") && lines[1].contains(",,41.07"))
                #expect(lines[2].hasPrefix("published,demo-3s,\"3S (Sekong, Sesan, Srepok)\",2016-12,66,80,43,"))
            }
            try await client.execute(uri: "/api/v1/fhi/assessments/demo-3s", method: .get, headers: [.accept: "text/csv"]) { response in
                let lines = String(buffer: response.body).split(separator: "\r\n").map(String.init)
                #expect(lines.first == "node,parent,level,name,status,value,weight,notes")
                #expect(lines.count == 1 + 41 + 3)
                #expect(lines.contains { $0.hasPrefix("recreation,cultural-aesthetic,sub-indicator,Recreation,not-assessed,,0.5,") })
                #expect(lines.last?.hasPrefix("governance-stakeholders,,component,Governance & Stakeholders,published,43,,") == true)
            }
        }
    }

    /// A basin's assessments over time: another stored assessment appears beside the demonstration (the cache
    /// follows the store's revision), ordered by date, and a zero score makes its parent 0.
    @Test func anotherStoredAssessmentIsListedByBasinAndDate() async throws {
        let path = try fhiAssessmentFile(fhiZeroAssessment)
        try await withFHIHub { client, store in
            try await expectAnswer(client, "/api/v1/fhi/assessments", .ok, containing: "demo-3s")
            let constants = try FHIAssessmentConstants.bundled()
            try await FHIAssessmentStorage.store(try await FHIAssessmentStorage.evaluate(path: path, store: store, constants: constants), in: store)
            try await client.execute(uri: "/api/v1/fhi/assessments", method: .get) { response in
                let body = try JSONDecoder().decode(ListBody.self, from: Data(buffer: response.body))
                #expect(body.assessments.map(\.id) == ["demo-3s", "3s-2020-test"])
                #expect(body.assessments.last?.ecosystemVitality == 0)
                #expect(body.assessments.last?.published.isEmpty == true)
            }
            try await client.execute(uri: "/api/v1/fhi/assessments/3s-2020-test", method: .get) { response in
                let body = try JSONDecoder().decode(DetailBody.self, from: Data(buffer: response.body))
                #expect(body.node("water-quality")?.status == "entered" && body.node("water-quality")?.value == 0)
                #expect(body.subIndicators.first { $0.id == "water-quality" }?.status == "entered")
                #expect(body.hydrographs.isEmpty && body.stations.isEmpty)
            }
        }
    }

    /// An assessment stored before the first start (`lmhub fhi assess a1.json --store`) does not hide the
    /// demonstration: it is seeded whenever `demo-3s` is not stored.
    @Test func theDemonstrationIsSeededWhenItsIdIsNotStoredEvenBesideOtherAssessments() async throws {
        try await withFHIHub(storing: [try fhiAssessmentFile(fhiZeroAssessment)]) { client, store in
            #expect(try await store.documents(.fhiAssessment).map(\.id) == ["3s-2020-test"])
            try await client.execute(uri: "/api/v1/fhi/assessments", method: .get) { response in
                let body = try JSONDecoder().decode(ListBody.self, from: Data(buffer: response.body))
                #expect(body.assessments.map(\.id) == ["demo-3s", "3s-2020-test"])
            }
            try await expectAnswer(client, "/api/v1/fhi/assessments/demo-3s", .ok, containing: "2016-12-31")
            #expect(try await store.documents(.fhiAssessment).map(\.id).sorted() == ["3s-2020-test", "demo-3s"])
        }
    }

    /// What `lmhub fhi assess --store` calls: the same content twice is stored once; other content under the id is
    /// refused unless replaced.
    @Test func storingTheSameAssessmentTwiceStoresItOnce() async throws {
        let store = try await LMHubStore.openSQLite(path: ":memory:")
        let first = try await FHIAssessmentStorage.evaluate(path: try fhiAssessmentFile(fhiZeroAssessment), store: store, constants: constants)
        #expect(try await FHIAssessmentStorage.store(first, in: store) == .stored)
        let revision = try await store.revision()
        let again = try await FHIAssessmentStorage.evaluate(path: try fhiAssessmentFile(fhiZeroAssessment), store: store, constants: constants)
        #expect(try await FHIAssessmentStorage.store(again, in: store) == .unchanged)
        #expect(try await store.revision() == revision)
        let changed = try await FHIAssessmentStorage.evaluate(path: try fhiAssessmentFile(fhiZeroAssessment.replacingOccurrences(of: "\"value\": 50", with: "\"value\": 55")),
                                                              store: store, constants: constants)
        await #expect(throws: DocumentStoreError.conflict(kind: .fhiAssessment, id: "3s-2020-test")) {
            try await FHIAssessmentStorage.store(changed, in: store)
        }
        #expect(try await FHIAssessmentStorage.store(changed, in: store, replace: true) == .replaced)
        #expect(try await store.documents(.fhiAssessment).map(\.title) == ["3S (Sekong, Sesan, Srepok) 2020-12-31"])
        try await store.close()
    }
}
