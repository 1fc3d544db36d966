import Testing
@testable import LMHubCore

/// GB 3838-2002 Table 1 limits and the grading rules, checked at, just below and just above the limits.
struct GB3838Tests {
    let standard = try! WaterQualityStandard.bundled()["cn-gb3838-2002"]!
    var river: ClassAssessor { ClassAssessor(standard: standard, waterBody: .river) }

    func label(_ code: String, _ value: Double, _ unit: MeasurementUnit = .milligramsPerLitre,
               censoring: Censoring = .none, in assessor: ClassAssessor? = nil) -> String? {
        (assessor ?? river).classify(MeasuredValue(value: value, unit: unit, censoring: censoring), parameter: code)?.label
    }

    @Test func tableHasAll24BasicItemsWithSources() {
        #expect(Set(standard.items.map(\.item)) == Set(1...24))
        #expect(standard.classes == ["I", "II", "III", "IV", "V"])
        #expect(standard.worseThanLastClass == "劣V")
        for item in standard.items {
            #expect(item.source.contains("GB 3838-2002 Table 1 item \(item.item)"))
            if item.kind == .maximum || item.kind == .minimum { #expect(item.limits?.count == 5) }
        }
    }

    @Test(arguments: [
        ("CODMn", 2.0, "I"), ("CODMn", 2.001, "II"), ("CODMn", 15, "V"), ("CODMn", 15.01, "劣V"),
        ("NH3-N", 0.15, "I"), ("NH3-N", 0.1501, "II"), ("NH3-N", 0.5, "II"), ("NH3-N", 1.0, "III"),
        ("NH3-N", 1.5, "IV"), ("NH3-N", 2.0, "V"), ("NH3-N", 2.0001, "劣V"),
        ("TP", 0.02, "I"), ("TP", 0.021, "II"), ("TP", 0.4, "V"), ("TP", 0.41, "劣V"),
        ("BOD5", 6, "IV"), ("BOD5", 10, "V"), ("BOD5", 10.5, "劣V"),
    ])
    func maximumLimitsMetAtTheLimit(code: String, value: Double, expected: String) {
        #expect(label(code, value) == expected)
    }

    @Test(arguments: [
        ("COD", 15.0, "I"), ("COD", 15.1, "III"), ("BOD5", 3, "I"), ("BOD5", 3.01, "III"),
        ("Cu", 0.01, "I"), ("Cu", 1.0, "II"), ("Cu", 1.01, "劣V"), ("Se", 0.01, "I"), ("Se", 0.02, "IV"),
        ("Hg", 0.00005, "I"), ("Hg", 0.0001, "III"), ("Cd", 0.005, "II"), ("CN", 0.2, "III"), ("F", 1.0, "I"),
        ("Zn", 1.0, "II"), ("Zn", 2.0, "IV"), ("LAS", 0.3, "IV"), ("Petroleum", 0.05, "I"),
    ])
    func sharedLimitsGoToTheBetterClass(code: String, value: Double, expected: String) {
        #expect(label(code, value) == expected)
    }

    @Test(arguments: [(5.99, "劣V"), (6.0, "I"), (7.0, "I"), (9.0, "I"), (9.01, "劣V"), (0, "劣V"), (14, "劣V")])
    func pHIsPassFailOnSixToNine(value: Double, expected: String) {
        #expect(label("pH", value, .pH) == expected)
    }

    @Test(arguments: [
        (7.5, "I"), (7.49, "II"), (6.0, "II"), (5.99, "III"), (5.0, "III"), (3.0, "IV"), (2.0, "V"), (1.99, "劣V"), (0, "劣V"),
    ])
    func dissolvedOxygenIsAMinimum(value: Double, expected: String) {
        #expect(label("DO", value) == expected)
    }

    @Test func zeroAndNegativeValuesAreClassed() {
        #expect(label("NH3-N", 0) == "I")
        #expect(label("TP", 0) == "I")
        #expect(label("CODMn", -0.1) == "I")
    }

    @Test func totalPhosphorusDiffersForLakes() {
        let lake = ClassAssessor(standard: standard, waterBody: .lake)
        #expect(label("TP", 0.05) == "II")
        #expect(label("TP", 0.05, in: lake) == "III")
        #expect(label("TP", 0.01, in: lake) == "I")
        #expect(label("TP", 0.2, in: lake) == "V")
    }

    @Test func totalNitrogenOnlyForLakesAndTemperatureNever() {
        #expect(label("TN", 5) == nil)
        #expect(label("TN", 0.5, in: ClassAssessor(standard: standard, waterBody: .lake)) == "II")
        #expect(label("TEMP", 25, .degreesCelsius) == nil)
        #expect(label("TSS", 100) == nil)
    }

    @Test func valuesConvertedToTheLimitsUnitStayAtTheLimit() {
        #expect(label("Hg", 0.05, .microgramsPerLitre) == "I")
        #expect(label("Hg", 0.1, .microgramsPerLitre) == "III")
        #expect(label("NH3-N", 150, .microgramsPerLitre) == "I")
        #expect(label("pH", 7, .milligramsPerLitre) == nil)
    }

    @Test func censoredValuesAreNeverTakenAsZero() {
        let clear = river.classify(MeasuredValue(value: 0.01, unit: .milligramsPerLitre, censoring: .below), parameter: "NH3-N")
        #expect(clear?.label == "I")
        #expect(clear?.isConservative == false)
        let spanning = river.classify(MeasuredValue(value: 0.5, unit: .milligramsPerLitre, censoring: .below), parameter: "NH3-N")
        #expect(spanning?.label == "II")
        #expect(spanning?.isConservative == true)
        #expect(label("DO", 5, censoring: .below) == "劣V")
        #expect(label("NH3-N", 2, censoring: .above) == "劣V")
        #expect(label("DO", 7.5, censoring: .above) == "I")
        let beyondV = river.classify(MeasuredValue(value: 2, unit: .milligramsPerLitre, censoring: .above), parameter: "NH3-N")
        #expect(beyondV?.label == "劣V")
        #expect(beyondV?.isConservative == false)
        let maybeV = river.classify(MeasuredValue(value: 1.9, unit: .milligramsPerLitre, censoring: .above), parameter: "NH3-N")
        #expect(maybeV?.label == "劣V")
        #expect(maybeV?.isConservative == true)
        let belowV = river.classify(MeasuredValue(value: 2, unit: .milligramsPerLitre, censoring: .below), parameter: "DO")
        #expect(belowV?.label == "劣V")
        #expect(belowV?.isConservative == false)
        #expect(river.classify(MeasuredValue(value: 0.15, unit: .milligramsPerLitre, censoring: .below), parameter: "NH3-N")?.isConservative == false)
    }

    @Test func sampleClassIsTheWorstAssessedItem() {
        let result = river.assess([
            "pH": MeasuredValue(value: 7.1, unit: .pH),
            "DO": MeasuredValue(value: 6.5, unit: .milligramsPerLitre),
            "CODMn": MeasuredValue(value: 5.6, unit: .milligramsPerLitre),
            "TP": MeasuredValue(value: 0.25, unit: .milligramsPerLitre),
            "TN": MeasuredValue(value: 9, unit: .milligramsPerLitre),
            "TEMP": MeasuredValue(value: 30, unit: .degreesCelsius),
        ])
        #expect(result.label == "IV")
        #expect(result.drivers == ["TP"])
        #expect(result.parameters.map(\.parameter) == ["pH", "DO", "CODMn", "TP"])
    }

    @Test func driversListEveryItemAtTheWorstClass() {
        let result = river.assess([
            "CODMn": MeasuredValue(value: 5, unit: .milligramsPerLitre),
            "NH3-N": MeasuredValue(value: 0.9, unit: .milligramsPerLitre),
        ])
        #expect(result.label == "III")
        #expect(result.drivers == ["CODMn", "NH3-N"])
    }

    @Test func aSampleWithNoAssessableItemHasNoClass() {
        #expect(river.assess([:]).rank == nil)
        let onlyUnassessed = river.assess([
            "TEMP": MeasuredValue(value: 25, unit: .degreesCelsius), "TN": MeasuredValue(value: 1, unit: .milligramsPerLitre),
        ])
        #expect(onlyUnassessed.rank == nil)
        #expect(onlyUnassessed.label == nil)
    }

    @Test func fecalColiformIsClassedButLeftOutOfTheSampleClass() {
        let result = river.assess([
            "FC": MeasuredValue(value: 50_000, unit: .countPerLitre), "DO": MeasuredValue(value: 8, unit: .milligramsPerLitre),
        ])
        #expect(result.parameters.first { $0.parameter == "FC" }?.label == "劣V")
        #expect(result.label == "I")
    }
}
