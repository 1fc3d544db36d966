import Foundation
import Testing
@testable import LMHubCore

/// Species of concern and invasive species (FHI Toolbox 1.1 formulas), with N = 0 guarded.
@Suite("FHI species")
struct FHISpeciesTests {
    let weights = try! SpeciesWeights.bundled()

    /// CR 3, EN 2, VU 1, NT 0.5, LC 0.5, DD 0 (SpeciesOfConcernIndicator.cs).
    @Test func redListWeightsAreTheToolboxs() {
        #expect(["CR", "EN", "VU", "NT", "LC", "DD"].map { weights.weight(of: $0) } == [3, 2, 1, 0.5, 0.5, 0])
        #expect(weights.concern == ["CR", "EN", "VU"])
    }

    /// One CR, one VU, two LC, one DD: concern weight 4 of 5 → 100 × (1 − 4/5) = 20 on a first assessment.
    @Test func aFirstAssessmentIsHundredTimesTheUnthreatenedShare() throws {
        let species = [SpeciesRecord(name: "a", category: "CR"), SpeciesRecord(name: "b", category: "VU"), SpeciesRecord(name: "c", category: "LC"),
                       SpeciesRecord(name: "d", category: "LC"), SpeciesRecord(name: "e", category: "DD")]
        let result = try SpeciesOfConcern(species: species).compute(weights: weights)
        #expect(result.count == 2)
        #expect(abs(result.value! - 20) < 1e-12)
    }

    /// Prior 80 with 4 species of concern, now 2 (CR, EN of 3 + 2 + 0.5 + 0.5 = 6 → 1 − 5/6), CR halving and
    /// EN doubling: 80 × 1/6 × 4/2 × exp((ln 0.5 + ln 2)/2) = 26.67.
    @Test func aRepeatAssessmentScalesByPriorCountAndTrend() throws {
        let species = [SpeciesRecord(name: "a", category: "CR", populationPrevious: 100, populationCurrent: 50),
                       SpeciesRecord(name: "b", category: "EN", populationPrevious: 10, populationCurrent: 20),
                       SpeciesRecord(name: "c", category: "LC"), SpeciesRecord(name: "d", category: "NT")]
        let result = try SpeciesOfConcern(species: species, priorScore: 80, priorCount: 4).compute(weights: weights)
        #expect(abs(result.trendTerm! - 1) < 1e-15)
        #expect(abs(result.value! - 80.0 / 6 * 2) < 1e-12)
        #expect(try SpeciesOfConcern(species: species, priorScore: 80, priorCount: 4).compute(weights: weights, rounding: .toolbox).value == 27)
    }

    /// No species of concern now (N = 0): the Toolbox computes N_prior / 0 (∞, capped to 100; or 0/0 = NaN cast to
    /// an integer when N_prior is 0). LMHub leaves the count term out and says so.
    @Test func noSpeciesOfConcernNowLeavesTheCountTermOut() throws {
        let species = [SpeciesRecord(name: "c", category: "LC"), SpeciesRecord(name: "d", category: "NT")]
        for prior in [0, 3] {
            let result = try SpeciesOfConcern(species: species, priorScore: 60, priorCount: prior).compute(weights: weights)
            #expect(result.value == 60)
            #expect(result.countTerm == 1)
            #expect(result.notes.contains { $0.contains("undefined") })
        }
        #expect((Double(0) / Double(0)).isNaN)  // what the Toolbox divides when both counts are 0
    }

    @Test func noSpeciesOrOnlyDataDeficientIsNotAssessed() throws {
        #expect(try SpeciesOfConcern(species: []).compute(weights: weights).value == nil)
        #expect(try SpeciesOfConcern(species: [SpeciesRecord(name: "x", category: "DD")]).compute(weights: weights).value == nil)
    }

    @Test func badCategoriesAndCountsAreRefusedNamingTheSpecies() {
        do {
            _ = try SpeciesOfConcern(species: [SpeciesRecord(name: "a", category: "LC"), SpeciesRecord(name: "b", category: "XX")]).compute(weights: weights)
            Issue.record("expected an error")
        } catch {
            #expect(error.field == "species[1].category")
        }
        let zeroPrevious = [SpeciesRecord(name: "a", category: "EN", populationPrevious: 0, populationCurrent: 5)]
        #expect(throws: FHIInputError.self) { try SpeciesOfConcern(species: zeroPrevious).compute(weights: weights) }
        #expect(throws: FHIInputError.self) { try SpeciesOfConcern(species: [], priorScore: 120).compute(weights: weights) }
    }

    /// f(n) = 1 − n/10 below 9 species, 0.1 from 9: 3 species → 70, 9 → 10, 12 → 10.
    @Test func invasiveSpeciesScoreFallsATenthPerSpecies() throws {
        func list(_ n: Int) -> [SpeciesRecord] { (0..<n).map { SpeciesRecord(name: "s\($0)") } }
        #expect(abs(try InvasiveSpecies(species: list(3)).compute(weights: weights).value! - 70) < 1e-12)
        #expect(abs(try InvasiveSpecies(species: list(9)).compute(weights: weights).value! - 10) < 1e-12)
        #expect(abs(try InvasiveSpecies(species: list(12)).compute(weights: weights).value! - 10) < 1e-12)
        // Prior 70 with 3, now 4: 70 × 0.6 × 3/4 = 31.5.
        #expect(abs(try InvasiveSpecies(species: list(4), priorScore: 70, priorCount: 3).compute(weights: weights).value! - 31.5) < 1e-12)
    }

    /// An empty list is no data unless the survey says none were found; with none found the Toolbox's count term
    /// N_prior / 0 is left out.
    @Test func noInvasiveSpeciesNeedsToBeSaid() throws {
        #expect(try InvasiveSpecies(species: []).compute(weights: weights).value == nil)
        let none = try InvasiveSpecies(species: [], noneRecorded: true, priorScore: 80, priorCount: 2).compute(weights: weights)
        #expect(none.value == 80)
        #expect(none.notes.contains { $0.contains("undefined") })
        #expect(throws: FHIInputError.self) { try InvasiveSpecies(species: [SpeciesRecord(name: "x")], noneRecorded: true).compute(weights: weights) }
    }

    /// 6 % of the basin protected against the 20 % target: 30; 25 % caps at 100; 8.5 % of river length against 17 %: 50.
    @Test func conservationAreasAgainstTheirTarget() throws {
        let targets = try ConservationTargets.bundled()
        #expect(targets.areaTargetPercent == 20 && targets.lengthTargetPercent == 17)
        #expect(abs(try ConservationArea(measure: .area, protected: 60, total: 1000).compute(targets: targets).value - 30) < 1e-12)
        #expect(try ConservationArea(measure: .area, protected: 250, total: 1000).compute(targets: targets).value == 100)
        #expect(abs(try ConservationArea(measure: .riverLength, protected: 85, total: 1000).compute(targets: targets).value - 50) < 1e-12)
        #expect(throws: FHIInputError.self) { try ConservationArea(measure: .area, protected: 2, total: 1).compute(targets: targets) }
    }
}
