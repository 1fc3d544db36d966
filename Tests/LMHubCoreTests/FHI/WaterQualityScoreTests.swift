import Foundation
import Testing
@testable import LMHubCore

/// The FHI water-quality sub-indicator, 100 − √(F1·F3) per station in percent, and its basin mean.
@Suite("FHI water quality")
struct FHIWaterQualityScoreTests {
    let doMinimum = WaterQualityObjective(parameter: "DO", unit: .milligramsPerLitre, objective: try! SharpObjective(minimum: 5), source: "test", verified: true)
    let tpMaximum = WaterQualityObjective(parameter: "TP", unit: .milligramsPerLitre, objective: try! SharpObjective(maximum: 0.1), source: "test", verified: true)

    func sample(_ station: String, _ date: String, _ values: [String: Double], unit: MeasurementUnit = .milligramsPerLitre) -> WaterSample {
        WaterSample(station: station, time: LocalDate.date(date)!, values: values.mapValues { MeasuredValue(value: $0, unit: unit) })
    }

    var fourSamples: [WaterSample] {
        [sample("A", "2014-01-01", ["DO": 6, "TP": 0.05]), sample("A", "2014-02-01", ["DO": 4, "TP": 0.2]),
         sample("A", "2014-03-01", ["DO": 8, "TP": 0.1]), sample("A", "2014-04-01", ["DO": 5, "TP": 0.05])]
    }

    /// DO 4 under 5: excursion 0.25; TP 0.2 over 0.1: excursion 1. F1 100, F2 25, nse 1.25/8, F3 13.51, score 63.24.
    @Test func aStationScoreIsHundredMinusRootOfF1TimesF3InPercent() throws {
        let result = try WaterQualityScore(objectives: [doMinimum, tpMaximum]).compute(fourSamples)
        let station = try #require(result.stations.first)
        #expect(station.tests == 8 && station.failedTests == 2 && station.failedParameters == ["DO", "TP"])
        #expect(station.f1 == 100 && station.f2 == 25)
        #expect(abs(station.nse! - 1.25 / 8) < 1e-15)
        #expect(abs(station.score! - (100 - (100 * 100 * 0.15625 / 1.15625).squareRoot())) < 1e-12)
        #expect(abs(station.score! - 63.2393) < 1e-4)
    }

    /// F1, F2 and F3 are the CCME WQI's own factors: LMHub's CCME engine (checked against the CCME manual's
    /// worked example) gives the same on the same tests, with two more parameters that always meet their
    /// objective (the CCME WQI needs four): F1 50, F2 12.5, nse 1.25/16.
    @Test func theFactorsAreTheCCMEWQIFactors() throws {
        let nh3 = WaterQualityObjective(parameter: "NH3-N", unit: .milligramsPerLitre, objective: try SharpObjective(maximum: 0.5), source: "test", verified: true)
        let pH = WaterQualityObjective(parameter: "pH", unit: .pH, objective: try SharpObjective(minimum: 6, maximum: 9), source: "test", verified: true)
        let samples = fourSamples.map { sample in
            var values = sample.values
            values["NH3-N"] = MeasuredValue(value: 0.1, unit: .milligramsPerLitre)
            values["pH"] = MeasuredValue(value: 7, unit: .pH)
            return WaterSample(station: sample.station, time: sample.time, values: values)
        }
        let station = try #require(try WaterQualityScore(objectives: [doMinimum, tpMaximum, nh3, pH]).compute(samples).stations.first)
        let ccmeTests = samples.flatMap { sample in
            [CCMETest(variable: "DO", value: sample.values["DO"]!.value, lower: 5), CCMETest(variable: "TP", value: sample.values["TP"]!.value, upper: 0.1),
             CCMETest(variable: "NH3-N", value: 0.1, upper: 0.5), CCMETest(variable: "pH", value: 7, lower: 6, upper: 9)]
        }
        let ccme = try CCMEWaterQualityIndex.bundled().compute(ccmeTests).get()
        #expect(station.f1 == 50 && ccme.f1 == 50)
        #expect(station.f2 == 12.5 && ccme.f2 == 12.5)
        #expect(abs(ccme.f3 - station.f3!) < 1e-12)
        #expect(abs(station.score! - (100 - (50 * station.f3!).squareRoot())) < 1e-12)
    }

    /// FHI Toolbox 1.1 `Gauge.Value`: 100 − √(F1·F3) with F1 and F3 as fractions gives 100 − √(1 × 0.1351) = 99.63
    /// for the same station. LMHub's score differs by exactly the scale: 100 − LMHub = 100 × (100 − Toolbox).
    @Test func theToolboxFractionsPutEveryScoreAt99OrMoreLMHubDoesNot() throws {
        let station = try #require(try WaterQualityScore(objectives: [doMinimum, tpMaximum]).compute(fourSamples).stations.first)
        let toolbox = 100 - ((station.f1! / 100) * (station.f3! / 100)).squareRoot()
        #expect(toolbox >= 99)
        #expect(station.score! < 64)
        #expect(abs((100 - station.score!) - 100 * (100 - toolbox)) < 1e-9)
        // The worst case the Toolbox can give: every parameter failing with an infinite excursion, F1 = F3 = 1 → 99.
        #expect(100 - (1.0 * 1.0).squareRoot() == 99)
    }

    /// A sample outside the period, or in a month its objective does not apply in, is no test. The FHI Toolbox
    /// counts a sample outside every objective window as a test with excursion 0, diluting F2 and F3.
    @Test func samplesOutsideThePeriodOrTheObjectiveMonthsAreNoTests() throws {
        let dryMonthsOnly = WaterQualityObjective(parameter: "TP", unit: .milligramsPerLitre, objective: try SharpObjective(maximum: 0.1),
                                                  months: [1, 2], source: "test", verified: true)
        let samples = fourSamples + [sample("A", "2015-06-01", ["DO": 1, "TP": 5])]
        let period = try FHIPeriod(start: "2014-01-01", end: "2014-12-31")
        let station = try #require(try WaterQualityScore(objectives: [doMinimum, dryMonthsOnly]).compute(samples, period: period).stations.first)
        #expect(station.samplesOutsidePeriod == 1)
        #expect(station.tests == 6)  // 4 DO + TP in January and February only
        #expect(abs(station.nse! - 1.25 / 6) < 1e-15)
        // Toolbox-style dilution: the two TP samples outside the window as tests with excursion 0.
        let diluted = 1.25 / 8
        #expect(abs(station.f3! - 100 * diluted / (diluted + 1)) > 3)
    }

    /// The FHI streamlit tool (`wql.py`) loops over all samples but the last and resets its failure flag on every
    /// sample, so a parameter counts as failed only if its last evaluated sample failed. Here DO fails in January
    /// only and TP in the last sample only: LMHub counts both (F1 100); that loop would count neither.
    @Test func aParameterFailingInAnySampleCountsForF1() throws {
        let samples = [sample("A", "2014-01-01", ["DO": 4, "TP": 0.05]), sample("A", "2014-02-01", ["DO": 8, "TP": 0.05]),
                       sample("A", "2014-03-01", ["DO": 8, "TP": 0.2])]
        let station = try #require(try WaterQualityScore(objectives: [doMinimum, tpMaximum]).compute(samples).stations.first)
        #expect(station.failedParameters == ["DO", "TP"])
        #expect(station.f1 == 100)
        #expect(station.tests == 6 && station.failedTests == 2)
    }

    @Test func theBasinValueIsTheMeanOfTheStationsWithTests() throws {
        let samples = fourSamples + [sample("B", "2014-01-01", ["DO": 9, "TP": 0.01]), sample("C", "2014-01-01", ["TN": 1])]
        let result = try WaterQualityScore(objectives: [doMinimum, tpMaximum]).compute(samples)
        let a = try #require(result.stations.first { $0.station == "A" }?.score)
        #expect(result.stations.first { $0.station == "B" }?.score == 100)
        #expect(result.stations.first { $0.station == "C" }?.score == nil)
        #expect(result.value == (a + 100) / 2)
        #expect(result.notes.contains { $0.contains("C") })
        #expect(try WaterQualityScore(objectives: [doMinimum, tpMaximum]).compute(samples, rounding: .toolbox).value == ((a + 100) / 2).rounded())
    }

    @Test func objectivesFromTheMRCTargetsAndFromAGB3838Class() throws {
        let standards = try WaterQualityStandard.bundled()
        let mrc = try WaterQualityObjective.from(try #require(standards["mrc-tgwq"]), class: "meets")
        let pH = try #require(mrc.objectives.first { $0.parameter == "pH" })
        #expect(pH.objective.minimum == 6 && pH.objective.maximum == 9)
        #expect(mrc.objectives.first { $0.parameter == "DO" }?.objective.minimum == 5)
        let ec = try #require(mrc.objectives.first { $0.parameter == "EC" })
        #expect(ec.objective.maximum == 150 && ec.unit == .millisiemensPerMetre)
        #expect(mrc.objectives.allSatisfy { !$0.verified })

        let gb = try WaterQualityObjective.from(try #require(standards["cn-gb3838-2002"]), class: "III", parameters: ["DO", "TP", "NH3-N"])
        #expect(gb.objectives.first { $0.parameter == "DO" }?.objective.minimum == 5)
        #expect(gb.objectives.first { $0.parameter == "NH3-N" }?.objective.maximum == 1)
        #expect(gb.objectives.first { $0.parameter == "TP" }?.objective.maximum == 0.2)
        #expect(throws: FHIInputError.self) { try WaterQualityObjective.from(standards["cn-gb3838-2002"]!, class: "VII") }
    }

    /// EC in µS/cm tested against the MRC target in mS/m: 1600 µS/cm = 160 mS/m, over 150.
    @Test func valuesAreConvertedToTheObjectivesUnit() throws {
        let mrc = try WaterQualityObjective.from(try #require(try WaterQualityStandard.bundled()["mrc-tgwq"]), class: "meets", parameters: ["EC"])
        let samples = [sample("A", "2014-01-01", ["EC": 1600], unit: .microsiemensPerCentimetre)]
        let station = try #require(try WaterQualityScore(objectives: mrc.objectives).compute(samples).stations.first)
        #expect(abs(station.nse! - (160.0 / 150 - 1)) < 1e-12)
    }

    @Test func aValueWithoutAnExcursionIsRefusedNamingStationDateAndParameter() throws {
        let samples = [sample("A", "2014-03-01", ["DO": 0])]
        do {
            _ = try WaterQualityScore(objectives: [doMinimum]).compute(samples)
            Issue.record("expected an error")
        } catch {
            #expect(error.field == "A 2014-03-01 DO")
        }
        let pH = [WaterSample(station: "A", time: LocalDate.date("2014-03-01")!, values: ["DO": MeasuredValue(value: 7, unit: .pH)])]
        #expect(throws: FHIInputError.self) { try WaterQualityScore(objectives: [doMinimum]).compute(pH) }
    }

    /// Dates are read in the station's zone: 2014-01-01 00:00 in Phnom Penh is 2013-12-31 17:00 UTC.
    @Test func thePeriodIsJudgedInTheGivenTimeZone() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Phnom_Penh")!
        let local = calendar.date(from: DateComponents(year: 2014, month: 1, day: 1))!
        let samples = [WaterSample(station: "A", time: local, values: ["DO": MeasuredValue(value: 4, unit: .milligramsPerLitre)])]
        let period = try FHIPeriod(start: "2014-01-01", end: "2014-12-31")
        let scorer = try WaterQualityScore(objectives: [doMinimum])
        #expect(try scorer.compute(samples, period: period, timeZone: "Asia/Phnom_Penh").stations.first?.tests == 1)
        #expect(try scorer.compute(samples, period: period).stations.first?.tests == 0)
    }
}
