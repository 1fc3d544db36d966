import Foundation
import Testing
@testable import LMHubCore

/// The weighted geometric mean over an FHI tree, on trees whose values are derived by hand.
@Suite("FHI aggregation")
struct FHIAggregationTests {
    func leaf(_ id: String, _ weight: Double?, _ score: Double?) -> FHITreeNode {
        FHITreeNode(id: id, name: LocalizedText(en: id), weight: weight, score: score.map { FHIScore(value: $0) })
    }

    func parent(_ id: String, _ weight: Double?, _ children: [FHITreeNode]) -> FHITreeNode {
        FHITreeNode(id: id, name: LocalizedText(en: id), weight: weight, children: children)
    }

    /// 16^0.25 · 81^0.75 = 2 · 27 = 54; √(54 · 24) = √1296 = 36; √(98 · 24.5) = √2401 = 49; √(64 · 49) = 56.
    var handTree: FHITree {
        try! FHITree(roots: [
            parent("EV", 1, [parent("quantity", 0.5, [leaf("dvnf", 0.25, 16), leaf("gsd", 0.75, 81)]), leaf("quality", 0.5, 24)]),
            parent("ES", 1, [parent("provisioning", 0.5, [leaf("supply", 0.823, 64), leaf("biomass", 0.177, nil)]),
                             parent("regulating", 0.5, [leaf("sediment", 0.5, 98), leaf("flood", 0.5, 24.5)])]),
        ])
    }

    @Test func everyNodeIsTheWeightedGeometricMeanOfItsChildren() throws {
        let nodes = Dictionary(uniqueKeysWithValues: handTree.evaluate().flatMap(\.allNodes).map { ($0.id, $0) })
        for (id, expected) in ["quantity": 54.0, "EV": 36, "regulating": 49, "provisioning": 64, "ES": 56] {
            #expect(abs((nodes[id]?.value ?? -1) - expected) < 1e-12, "\(id)")
        }
        // The arithmetic mean would give EV (0.25·16 + 0.75·81 + 24) / 2 = 42.375, not 36.
        #expect(nodes["biomass"]?.value == nil)
        #expect(nodes["provisioning"]?.coverage == IndexResult.Coverage(used: 1, expected: 2))
        #expect(nodes["provisioning"]?.notes.first?.contains("left out, not assessed") == true)
    }

    @Test func toolboxRoundingRoundsEveryLevelHalvesToEven() throws {
        let unrounded = handTree.evaluate(rounding: .unrounded)
        let toolbox = handTree.evaluate(rounding: .toolbox)
        // Flood 24.5 → 24 (to even); regulating √(98 · 24) = 48.497 → 48; ES √(64 · 48) = 55.43 → 55, where the
        // unrounded tree gives 56.
        #expect(toolbox[1].node("flood")?.value == 24)
        #expect(toolbox[1].node("regulating")?.value == 48)
        #expect(toolbox[1].value == 55)
        #expect(abs((unrounded[1].value ?? 0) - 56) < 1e-12)
        let halves = try FHITree(roots: [parent("P", 1, [leaf("a", 0.5, 62.5), leaf("b", 0.5, 63.5)])]).evaluate(rounding: .toolbox)
        #expect(halves[0].children.map(\.value) == [62, 64])
    }

    /// FHI Toolbox 1.1 `Indicator.ComputeIndicator` starts its product with `if (terms == 0.0) terms = value`,
    /// so a zero child is overwritten by the next one: children (0, 64) give 64 there, (64, 0) give 0.
    /// LMHub keeps the geometric mean's 0 whatever the order and says why.
    @Test func aZeroChildMakesItsParentZeroInAnyOrderWithANote() throws {
        for children in [[leaf("a", 0.5, 0), leaf("b", 0.5, 64)], [leaf("b", 0.5, 64), leaf("a", 0.5, 0)]] {
            let result = try FHITree(roots: [parent("P", nil, children)]).evaluate()[0]
            #expect(result.value == 0)
            #expect(result.notes.contains { $0.contains("a scores 0") && $0.contains("loses a zero child") })
        }
        #expect(FHIAggregation.geometricMean([(0, 0.5), (64, 0.5)]) == 0)
        #expect(FHIAggregation.geometricMean([(0, 0), (64, 1)]) == 64)
    }

    @Test func aParentWithoutAssessedChildrenIsNotAssessed() throws {
        let result = try FHITree(roots: [parent("P", nil, [leaf("a", nil, nil), leaf("b", nil, nil)])]).evaluate()[0]
        #expect(result.value == nil)
        #expect(result.coverage == IndexResult.Coverage(used: 0, expected: 2))
        #expect(result.notes == ["not assessed: none of its children has a score"])
        #expect(result.children.map(\.weight) == [0.5, 0.5])
    }

    @Test func aScoreOnAParentOverridesItsChildrenAndSaysWhatTheyGave() throws {
        var node = parent("P", nil, [leaf("a", nil, 25), leaf("b", nil, 100)])
        node.score = FHIScore(value: 70, evidence: "basin report")
        let result = try FHITree(roots: [node]).evaluate()[0]
        #expect(result.value == 70)
        #expect(result.computedValue == 50)
        #expect(result.notes.contains { $0.contains("replaces the value its children give (50.0)") })
    }

    @Test func weightsNotSummingToOneOrGivenPartlyAreRefused() {
        #expect { try FHITree(roots: [parent("P", nil, [leaf("a", 0.5, 1), leaf("b", 0.6, 1)])]) } throws: { error in
            (error as? FHITreeError)?.node == "P" && (error as? FHITreeError)?.field == "weight"
        }
        #expect { try FHITree(roots: [parent("P", nil, [leaf("a", 0.5, 1), leaf("b", nil, 1)])]) } throws: { error in
            (error as? FHITreeError)?.message.contains("except b") == true
        }
        #expect { try FHITree(roots: [parent("P", nil, [leaf("a", nil, 1), leaf("a", nil, 1)])]) } throws: { error in
            (error as? FHITreeError)?.field == "id"
        }
        // Three children at 0.33 sum to 0.99: within the tolerance of weights written with two decimals.
        #expect((try? FHITree(roots: [parent("P", nil, [leaf("a", 0.33, 1), leaf("b", 0.33, 1), leaf("c", 0.33, 1)])])) != nil)
    }
}
