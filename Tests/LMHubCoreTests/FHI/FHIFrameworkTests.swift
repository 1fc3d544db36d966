import Testing
@testable import LMHubCore

/// The bundled FHI framework: its structure, names and the checks on scores and weights.
@Suite("FHI framework")
struct FHIFrameworkTests {
    let framework = try! FHIFramework.bundled()

    @Test func threeComponentsElevenIndicatorsEveryNodeNamedInEnglishAndChinese() {
        #expect(framework.components.map(\.id) == ["ecosystem-vitality", "ecosystem-services", "governance-stakeholders"])
        #expect(framework.components.map { $0.children?.count ?? 0 } == [4, 3, 4])
        #expect(framework.leaves.count == 28)
        #expect(Set(framework.allNodes.map(\.id)).count == framework.allNodes.count)
        for node in framework.allNodes {
            #expect(node.name.values["en"]?.isEmpty == false && node.name.values["zh"]?.isEmpty == false, "\(node.id)")
        }
        #expect(framework.translations?["zh"]?.verified == false)
        #expect(framework.parent(of: "deviation-from-natural-flow") == "water-quantity")
        #expect(framework.parent(of: "water-quality") == "ecosystem-vitality")
        #expect(framework.node("flow-connectivity")?.name.text("zh") == "水流连通性")
    }

    @Test func definitionIsFHI2020OnZeroToHundredWithoutBands() throws {
        let definition = framework.definition
        #expect(definition.id == "fhi-2020")
        #expect(definition.scale == 0...100)
        #expect(definition.bands.isEmpty)
        #expect(definition.band(of: 50) == nil)
        var registry = try IndexRegistry()
        try registry.register(definition)
        #expect(registry["fhi-2020"]?.title.text("en") == "Freshwater Health Index")
    }

    @Test func equalDefaultWeightsAndEveryLeafAtFiftyGiveFiftyEverywhere() throws {
        let scores = Dictionary(uniqueKeysWithValues: framework.leaves.map { ($0.id, FHIScore(value: 50)) })
        let components = try framework.assess(scores: scores)
        for node in components.flatMap(\.allNodes) {
            #expect(abs((node.value ?? 0) - 50) < 1e-12, "\(node.id)")
        }
        #expect(components[0].children.map(\.weight) == [0.25, 0.25, 0.25, 0.25])
    }

    @Test func aSubIndicatorWithoutDataStaysNotAssessedNeverZeroNeverHundred() throws {
        let components = try framework.assess(scores: ["deviation-from-natural-flow": FHIScore(value: 64, basis: .computed, evidence: "AAPFD 0.8")])
        let ev = try #require(components.first)
        #expect(ev.node("groundwater-storage-depletion")?.value == nil)
        #expect(ev.node("water-quantity")?.value == 64)
        #expect(ev.value == 64)
        #expect(ev.coverage == IndexResult.Coverage(used: 1, expected: 4))
        #expect(components[1].value == nil && components[2].value == nil)
        #expect(components[1].notes.contains { $0.hasPrefix("not assessed") })
    }

    @Test func anEnteredScoreCarriesItsEvidenceAndNoteIntoTheIndexResult() throws {
        let entered = FHIScore(value: 70, basis: .entered, evidence: "expert panel, 2024 workshop", note: "no gauge downstream of the dam")
        let ev = try #require(try framework.assess(scores: ["bank-modification": entered]).first)
        let leaf = try #require(ev.node("bank-modification"))
        let result = leaf.indexResult(index: framework.id, subject: "3S: bank-modification", source: framework.source, verified: framework.verified)
        #expect(result.value == 70)
        #expect(result.notes.contains("score entered: expert panel, 2024 workshop"))
        #expect(result.notes.contains("no gauge downstream of the dam"))
        let parent = ev.indexResult(index: framework.id, subject: "3S: ecosystem-vitality", source: framework.source, verified: true)
        #expect(parent.components.map(\.id) == ["water-quantity", "water-quality", "drainage-basin-condition", "biodiversity"])
        #expect(parent.components.map(\.weight) == [0.25, 0.25, 0.25, 0.25])
    }

    @Test func stakeholderWeightsReplaceTheDefaults() throws {
        let scores = ["water-supply-reliability": FHIScore(value: 16), "biomass-for-consumption": FHIScore(value: 81)]
        let es = try framework.assess(scores: scores, weights: ["water-supply-reliability": 0.25, "biomass-for-consumption": 0.75])[1]
        #expect(abs((es.node("provisioning")?.value ?? 0) - 54) < 1e-12)
    }

    @Test func badScoresWeightsAndIdsAreRefusedNamingTheNode() {
        #expect(throws: FHITreeError(node: "no-such-node", field: "score", message: "'no-such-node' is not a node of the FHI framework")) {
            try framework.tree(scores: ["no-such-node": FHIScore(value: 1)])
        }
        #expect { try framework.tree(scores: ["recreation": FHIScore(value: 101)]) } throws: { error in
            (error as? FHITreeError)?.node == "recreation" && (error as? FHITreeError)?.field == "score"
        }
        #expect { try framework.tree(weights: ["water-supply-reliability": 0.6, "biomass-for-consumption": 0.6]) } throws: { error in
            (error as? FHITreeError)?.node == "provisioning" && (error as? FHITreeError)?.message.contains("sum to 1.2") == true
        }
        #expect { try framework.tree(weights: ["water-supply-reliability": 0.6]) } throws: { error in
            (error as? FHITreeError)?.node == "provisioning" && (error as? FHITreeError)?.message.contains("give all weights or none") == true
        }
    }
}
