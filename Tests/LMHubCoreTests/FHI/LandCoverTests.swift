import Testing
@testable import LMHubCore

/// Land-cover naturalness and bank modification from class-area tables (FHI Toolbox 1.1 weights for ESA CCI).
@Suite("FHI land cover")
struct FHILandCoverTests {
    let weights = try! LandCoverWeights.bundled()

    /// The Toolbox's `ESACCI LCCS` table (LandCoverTableService.cs): weight → ESA CCI codes.
    @Test func theTableIsTheToolboxTable() {
        let toolbox: [Double: [Int]] = [
            100: [50, 60, 61, 62, 70, 71, 72, 80, 81, 82, 90, 100, 110, 120, 121, 122, 130, 140, 150, 151, 152, 153, 160, 170, 180],
            70: [40], 60: [30], 40: [10, 11, 12], 30: [20], 10: [200, 201, 202], 0: [190],
        ]
        for (weight, codes) in toolbox {
            for code in codes { #expect(weights.class(code)?.weight == weight, "class \(code)") }
        }
        let weighted = weights.classes.filter { $0.weight != nil }.map(\.code).sorted()
        #expect(weighted == toolbox.values.joined().sorted())
        #expect(weights.classes.filter { $0.weight == nil }.map(\.code) == [0, 210, 220])
    }

    /// Forest 600, rainfed cropland 200, urban 100, water 100: (600·100 + 200·40 + 100·0) / 900 = 75.56; the water
    /// area is left out of both sums, as in the Toolbox.
    @Test func naturalnessIsTheAreaWeightedMeanOverWeightedClasses() throws {
        let areas = [LandCoverArea(code: 50, area: 600), LandCoverArea(code: 10, area: 200), LandCoverArea(code: 190, area: 100), LandCoverArea(code: 210, area: 100)]
        let result = try LandCoverNaturalness.compute(areas, weights: weights)
        #expect(abs(result.value! - 68_000.0 / 900) < 1e-12)
        #expect(result.weightedArea == 900 && result.excludedArea == 100)
        #expect(result.notes.first?.contains("210 Water bodies") == true)
        // Counting water as natural, as the fhiScripts legend does: (68 000 + 10 000) / 1000 = 78.
        let withWater = try LandCoverNaturalness.compute(areas, weights: weights.overriding([210: 100]))
        #expect(withWater.value == 78)
        #expect(!withWater.verified)
    }

    /// The FHI streamlit tool (`lcn.py`) counts a class missing from its lookup as weight 0 and keeps its area
    /// (here 68 000 / 1000 = 68); LMHub refuses the unknown code and names the row.
    @Test func aCodeNotInTheTableIsAnErrorNotAZero() {
        let areas = [LandCoverArea(code: 50, area: 600), LandCoverArea(code: 10, area: 200), LandCoverArea(code: 190, area: 100), LandCoverArea(code: 999, area: 100)]
        do {
            _ = try LandCoverNaturalness.compute(areas, weights: weights)
            Issue.record("expected an error")
        } catch {
            #expect(error.field == "classAreas[3]")
            #expect(error.message.contains("999"))
        }
    }

    @Test func badAreasAndRepeatedCodesAreRefused() {
        #expect(throws: FHIInputError.self) { try LandCoverNaturalness.compute([LandCoverArea(code: 50, area: -1)], weights: weights) }
        #expect(throws: FHIInputError.self) { try LandCoverNaturalness.compute([LandCoverArea(code: 50, area: 1), LandCoverArea(code: 50, area: 2)], weights: weights) }
        #expect(throws: FHIInputError.self) { try weights.overriding([210: 120]) }
    }

    @Test func onlyExcludedClassesIsNotAssessed() throws {
        let result = try LandCoverNaturalness.compute([LandCoverArea(code: 210, area: 5), LandCoverArea(code: 220, area: 5)], weights: weights)
        #expect(result.value == nil)
    }

    /// Bank modification weighs the land cover of the river buffer with the same table; the Toolbox's buffer is 300 m.
    @Test func bankModificationUsesTheSameWeightsAndRecordsTheBuffer() throws {
        let buffer = [LandCoverArea(code: 20, area: 30), LandCoverArea(code: 60, area: 70)]
        let result = try BankModification.compute(buffer, weights: weights)
        #expect(result.bufferMetres == 300)
        #expect(result.value == 79)  // (30·30 + 70·100) / 100
        #expect(try BankModification.compute(buffer, weights: weights, bufferMetres: 100).bufferMetres == 100)
        #expect(throws: FHIInputError.self) { try BankModification.compute(buffer, weights: weights, bufferMetres: 0) }
    }

    /// The Toolbox returns no value when the affected area is 0 (`AffectedArea <= 0.0`); no depletion scores 100.
    @Test func groundwaterDepletionByAffectedArea() throws {
        #expect(try GroundwaterDepletion(affectedArea: 250, basinArea: 1000).score() == 75)
        #expect(try GroundwaterDepletion(affectedArea: 0, basinArea: 1000).score() == 100)
        #expect(try GroundwaterDepletion(affectedArea: 1000, basinArea: 1000).score() == 0)
        #expect(throws: FHIInputError.self) { try GroundwaterDepletion(affectedArea: 1200, basinArea: 1000).score() }
        #expect(throws: FHIInputError.self) { try GroundwaterDepletion(affectedArea: 1, basinArea: 0).score() }
    }
}
