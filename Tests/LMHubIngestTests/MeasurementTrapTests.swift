import Foundation
import LMHubCore
import Testing
@testable import LMHubIngest

/// Measurement details users trip on: ammonia forms, duplicate samples, censored values kept as censored.
struct MeasurementTrapTests {
    /// The MRC 3S file carries its own un-ionised ammonia (`NH3_mgL`, computed from NH4N, pH and TEMP);
    /// Emerson et al. (1975) as LMHub applies it reproduces that column within 0.3 % on every row.
    @Test func unionisedAmmoniaReproducesTheMonitorsOwnColumn() throws {
        var reader = try WideSampleReader(path: bundledMRCFile)
        let samples = try reader.readSamples().samples
        let ammonia = try UnionisedAmmonia.bundled()
        var compared = 0
        for sample in samples {
            guard let stored = sample.values["NH3"] else { continue }
            var derivable = sample.values
            derivable["NH3"] = nil
            let derived = try #require(ammonia.adding(to: derivable)["NH3"], "NH3-N, pH and TEMP are in every row that has NH3")
            #expect(abs(derived.value / stored.value - 1) < 0.003, "\(sample.station) \(sample.time): \(derived.value) vs \(stored.value)")
            compared += 1
        }
        #expect(compared == 391)
    }

    @Test func ammoniaFormsAreNeverSwapped() throws {
        let ammonia = try UnionisedAmmonia.bundled()
        let sample: [String: MeasuredValue] = ["NH3-N": .init(value: 1, unit: .milligramsPerLitre), "pH": .init(value: 9.25, unit: .pH),
                                               "TEMP": .init(value: 25, unit: .degreesCelsius)]
        let derived = try #require(ammonia.adding(to: sample)["NH3"])
        #expect(abs(derived.value - 0.5) < 0.01, "at pH ≈ pKa (9.24 at 25 °C) about half is un-ionised")
        #expect(ammonia.adding(to: ["NH3-N": .init(value: 1, unit: .milligramsPerLitre)])["NH3"] == nil, "no pH, no NH3")
        let censored = ammonia.adding(to: sample.merging(["NH3-N": .init(value: 0.01, unit: .milligramsPerLitre, censoring: .below)]) { $1 })
        #expect(censored["NH3"]?.censoring == .below)
        let mrc = try #require(StandardCatalog.bundled().standards["mrc-tgwq"])
        #expect(ClassAssessor(standard: mrc).classify(.init(value: 0.2, unit: .milligramsPerLitre), parameter: "NH3")?.label == "exceeds")
        #expect(ClassAssessor(standard: mrc).classify(.init(value: 0.2, unit: .milligramsPerLitre), parameter: "NH3-N")?.label == "meets")
    }

    @Test func aRepeatedRowIsReadOnceAndAContradictingOneIsAnError() throws {
        let header = "station,time,parameter,value,unit\n"
        var same = try LongObservationReader(path: try temporaryFile(header + "S1,2020-01-01,DO,6.1,mg/L\nS1,2020-01-01,DO,6.1,mg/L\n"))
        #expect(try same.readSamples().samples.map(\.values.count) == [1])
        var clash = try LongObservationReader(path: try temporaryFile(header + "S1,2020-01-01,DO,6.1,mg/L\nS1,2020-01-01,DO,5.9,mg/L\n"))
        let error = try #require(throws: IngestError.self) { try clash.readSamples() }
        #expect(error.line == 3 && error.field == "DO")
        #expect(error.message.contains("already has DO = 6.1 mg/L at this time (line 2)"))
    }

    @Test func censoredValuesStayCensoredThroughAnAssessment() throws {
        var reader = try LongObservationReader(path: try temporaryFile("station,time,parameter,value,unit\nS1,2020-01-01,NH3-N,<0.01,mg/L\nS1,2020-01-01,TP,>0.5,mg/L\n"))
        let sample = try #require(try reader.readSamples().samples.first)
        #expect(sample.values["NH3-N"] == MeasuredValue(value: 0.01, unit: .milligramsPerLitre, censoring: .below))
        let gb = try #require(StandardCatalog.bundled().standards["cn-gb3838-2002"])
        let assessment = ClassAssessor(standard: gb).assess(sample.values)
        #expect(assessment.parameters.first { $0.parameter == "NH3-N" }?.label == "I")
        #expect(assessment.label == "劣V" && assessment.drivers == ["TP"])
    }

    @Test func aDetectionLimitColumnCensorsValuesBelowIt() throws {
        let file = "station,time,parameter,value,unit,detection_limit\nS1,2020-01-01,TP,0.001,mg/L,0.3\nS1,2020-01-02,TP,0.5,mg/L,0.3\n"
        var reader = try LongObservationReader(path: try temporaryFile(file))
        let samples = try reader.readSamples().samples
        #expect(samples.map { $0.values["TP"] } == [MeasuredValue(value: 0.3, unit: .milligramsPerLitre, censoring: .below),
                                                     MeasuredValue(value: 0.5, unit: .milligramsPerLitre)])
        let gb = try #require(StandardCatalog.bundled().standards["cn-gb3838-2002"])
        let first = try #require(ClassAssessor(standard: gb).classify(samples[0].values["TP"]!, parameter: "TP"))
        #expect(first.label == "IV" && first.isConservative, "<0.3 spans I–IV: the worse, flagged")
    }

    @Test func aNonDetectOrAnEmptyValueCensoredBelowIsTheDetectionLimit() throws {
        let file = """
            station,time,parameter,value,unit,censoring,detection_limit
            S1,2020-01-01,TP,ND,mg/L,,0.02
            S1,2020-01-02,TP,n.d.,mg/L,<,0.02
            S1,2020-01-03,TP,,mg/L,<,0.02
            S1,2020-01-04,TP,,mg/L,,0.02
            """
        var reader = try LongObservationReader(path: try temporaryFile(file))
        let samples = try reader.readSamples().samples
        #expect(samples.map { $0.values["TP"] } == Array(repeating: MeasuredValue(value: 0.02, unit: .milligramsPerLitre, censoring: .below), count: 3),
                "the row without value or censoring is not measured")
    }

    /// Impossible values, and non-detects without their limit.
    @Test(arguments: [
        ("S1,2020-01-01,DO,-0.5,mg/L,,", "value", "possible range of DO, 0–50 mg/L"), ("S1,2020-01-01,pH,15,pH,,", "value", "possible range of pH, 0–14"),
        ("S1,2020-01-01,TP,<-1,mg/L,,", "value", "possible range of TP"), ("S1,2020-01-01,TP,<0.5,mg/L,>,", "censoring", "contradicts"),
        ("S1,2020-01-01,TP,ND,mg/L,,-1", "detection_limit", "positive number"), ("S1,2020-01-01,TP,ND,mg/L,,", "value", "non-detect without a detection limit"),
        ("S1,2020-01-01,TP,,mg/L,<,", "value", "censored '<'"), ("S1,2020-01-01,TP,ND,mg/L,>,0.02", "censoring", "contradicts"),
    ])
    func impossibleValuesAreErrors(row: String, field: String, words: String) throws {
        var reader = try LongObservationReader(path: try temporaryFile("station,time,parameter,value,unit,censoring,detection_limit\n" + row + "\n"))
        let error = try #require(throws: IngestError.self) { try reader.readSamples() }
        #expect(error.line == 2 && error.field == field && error.message.contains(words), "\(error)")
    }

    @Test(arguments: [
        ("station,date,TP (µg/L)\n", ["TP (µg/L)": MeasurementUnit.milligramsPerLitre], "the header already gives the unit 'µg/L'"),
        ("station,date,FC (CFU per 100 mL)\n", [:], "unknown unit 'CFU per 100 mL' in the header"),
        ("station,date,FC\n", [:], "map it (--unit FC=count/L)"),
        ("station,date,TP_mgL\n", ["Bogus": .milligramsPerLitre], "--unit Bogus=… names no parameter column"),
    ])
    func headerUnitsAreNeverOverriddenOrGuessed(header: String, units: [String: MeasurementUnit], words: String) throws {
        let error = try #require(throws: IngestError.self) { try WideSampleReader(path: try temporaryFile(header), units: units) }
        #expect(error.line == 1 && error.message.contains(words), "\(error)")
    }

    @Test func spacedCountUnitsInAHeaderAreRead() throws {
        var reader = try WideSampleReader(path: try temporaryFile("station,date,FC (CFU/100 mL)\nS1,2020-01-01,120\n"))
        #expect(try reader.readSamples().samples.first?.values["FC"] == MeasuredValue(value: 1200, unit: .countPerLitre))
    }
}
