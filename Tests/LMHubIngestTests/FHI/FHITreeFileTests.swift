import Testing
import LMHubCore
@testable import LMHubIngest

@Suite("FHI tree file")
struct FHITreeFileTests {
    /// LMHub's circle-plot fixture (values chosen to be exact): water quantity 16^0.25 · 81^0.75 = 54,
    /// EV √(54 · 24) = 36, regulating √(98 · 24.5) = 49, provisioning 64 (biomass not assessed, weights
    /// renormalised), ES √(64 · 49) = 56, GS 16^0.25 · 81^0.75 = 54. The file writes 0 on water quantity and 99
    /// on EV: only leaf scores are read.
    @Test func everyNodeOfLMHubsCirclePlotFixture() throws {
        let contents = try FHITreeFile.read(path: FHITestFiles.fixture("tree-circle-plot-lmhub.csv"))
        #expect(contents.order.first == "Ecosystem Vitality")
        #expect(contents.order.count == 15)
        #expect(contents.parents["Deviation from natural flow"] == "Water quantity")
        #expect(contents.statedScores["Water quantity"] == 0 && contents.statedScores["Ecosystem Vitality"] == 99)
        let nodes = Dictionary(uniqueKeysWithValues: contents.tree.evaluate().flatMap(\.allNodes).map { ($0.id, $0) })
        let expected: [String: Double] = ["Water quantity": 54, "Ecosystem Vitality": 36, "Regulating": 49, "Provisioning": 64,
                                          "Ecosystem Services": 56, "Governance & Stakeholders": 54]
        for (id, value) in expected { #expect(abs((nodes[id]?.value ?? -1) - value) < 1e-12, "\(id)") }
        #expect(nodes["Biomass"]?.value == nil)
        let toolbox = Dictionary(uniqueKeysWithValues: contents.tree.evaluate(rounding: .toolbox).flatMap(\.allNodes).map { ($0.id, $0.value) })
        #expect(toolbox["Ecosystem Services"] == 55 && toolbox["Regulating"] == 48 && toolbox["Flood regulation"] == 24)
    }

    @Test func badTreesAreRefusedNamingFileLineAndField() throws {
        let header = "indicator,weight,score,parent\n"
        func refusal(_ body: String) throws -> IngestError? {
            let path = try temporaryFile(header + body)
            return FHITestFiles.error { () throws(IngestError) in try FHITreeFile.read(path: path) }
        }
        let unknown = try refusal("EV,1,,\nWater,0.5,40,EV\nLand,0.5,60,Ecosystem vitality\n")
        #expect(unknown?.line == 4 && unknown?.field == "parent" && unknown?.message == "unknown parent 'Ecosystem vitality': no row of the file is named so")
        let sum = try refusal("EV,1,,\nWater,0.5,40,EV\nLand,0.6,60,EV\n")
        #expect(sum?.line == 3 && sum?.field == "weight" && sum?.message.contains("sum to 1.1") == true)
        let score = try refusal("EV,1,,\nWater,1,forty,EV\n")
        #expect(score?.line == 3 && score?.field == "score")
        let range = try refusal("EV,1,,\nWater,1,120,EV\n")
        #expect(range?.line == 3 && range?.field == "score")
        let cycle = try refusal("EV,1,,\nA,1,40,B\nB,1,,A\n")
        #expect(cycle?.field == "parent" && cycle?.message.contains("cycle") == true)
        #expect(try refusal("EV,1,,\nEV,1,,\n")?.line == 3)
        let path = try temporaryFile("name,weight,score,parent\n")
        #expect(FHITestFiles.error { () throws(IngestError) in try FHITreeFile.read(path: path) }?.message.contains("missing column indicator") == true)
    }
}
