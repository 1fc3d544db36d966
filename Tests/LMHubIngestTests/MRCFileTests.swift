import Foundation
import LMHubCore
import Testing
@testable import LMHubIngest

/// The bundled MRC file (406 monthly rows of 4 stations in Cambodia's 3S basin) read and judged against
/// GB 3838-2002, compared row by row with an independent reference (`scripts/gb3838_reference.py`, a
/// separate Python implementation written from the standard's table, whose output is
/// `Fixtures/mrc_3S_gb3838_expected.csv`).
struct MRCFileTests {
    func samples() throws -> (samples: [WaterSample], emptyRowLines: [Int]) {
        var reader = try WideSampleReader(path: bundledMRCFile)
        return try reader.readSamples()
    }

    @Test func headerMapsTheMRCColumns() throws {
        let reader = try WideSampleReader(path: bundledMRCFile)
        #expect(!reader.ignoredColumns.contains("NH3_mgL"), "read as un-ionised NH3, never as NH3-N")
        #expect(reader.ignoredColumns.contains("Ca_meqL"))
        #expect(!reader.ignoredColumns.contains("NH4N_mgL"))
        #expect(!reader.ignoredColumns.contains("Month"))
    }

    @Test func everyRowIsReadAndEmptyRowsMakeNoSample() throws {
        let (samples, empty) = try samples()
        #expect(samples.count == 395)
        #expect(empty.count == 11)
        let perStation = Dictionary(grouping: samples, by: \.station).mapValues(\.count)
        #expect(perStation == ["Andaung Meas": 105, "Lumphat": 105, "Siempang": 104, "Phum Pi": 81])
    }

    @Test func valuesAreConvertedAndDatedTheFirst() throws {
        let first = try #require(try samples().samples.first)
        #expect(first.station == "Andaung Meas")
        #expect(LocalDate.string(first.time, timeZone: "UTC") == "2004-10-01")
        #expect(first.dayAssumed)
        #expect(first.values["EC"]?.value == 25)
        #expect(first.values["EC"]?.unit == .microsiemensPerCentimetre)
        #expect(first.values["NH3-N"]?.value == 0.01)
        #expect(first.values["TP"]?.value == 0.0437)
        #expect(first.values["TN"] == nil)
    }

    @Test func sampleClassesMatchTheIndependentReference() throws {
        let standard = try #require(try WaterQualityStandard.bundled()["cn-gb3838-2002"])
        let assessor = ClassAssessor(standard: standard, waterBody: .river)
        let expectedFile = repositoryRoot.appendingPathComponent("Tests/LMHubIngestTests/Fixtures/mrc_3S_gb3838_expected.csv").path
        var expectedReader = try CSVReader(path: expectedFile)
        let header = try #require(try expectedReader.next()).fields
        #expect(header == ["station", "date", "pH", "DO", "CODMn", "NH3-N", "TP", "class"])
        let samples = try samples().samples
        var index = 0
        while let row = try expectedReader.next() {
            let sample = samples[index]
            let result = assessor.assess(sample.values)
            #expect(sample.station == row.fields[0], "line \(row.line)")
            #expect(LocalDate.string(sample.time, timeZone: "UTC") == row.fields[1], "line \(row.line)")
            for (offset, code) in ["pH", "DO", "CODMn", "NH3-N", "TP"].enumerated() {
                let label = result.parameters.first { $0.parameter == code }?.label ?? ""
                #expect(label == row.fields[2 + offset], "line \(row.line) \(code)")
            }
            #expect((result.label ?? "") == row.fields[7], "line \(row.line)")
            index += 1
        }
        #expect(index == samples.count)
    }

    @Test func handCheckedSamples() throws {
        let standard = try #require(try WaterQualityStandard.bundled()["cn-gb3838-2002"])
        let assessor = ClassAssessor(standard: standard, waterBody: .river)
        let samples = try samples().samples
        func sample(_ station: String, _ date: String) throws -> SampleAssessment {
            let found = try #require(samples.first { $0.station == station && LocalDate.string($0.time, timeZone: "UTC") == date })
            return assessor.assess(found.values)
        }
        // TP 0.359 mg/L: class V (0.3 < TP ≤ 0.4); the rest better.
        #expect(try sample("Andaung Meas", "2004-11-01").label == "V")
        // DO exactly 6.0 mg/L reaches class II's minimum; TP 0.071: II.
        #expect(try sample("Siempang", "2014-01-01").label == "II")
        // pH exactly 6.0 passes; CODMn 2.495: II.
        #expect(try sample("Andaung Meas", "2012-03-01").label == "II")
        // TP 0.5389 mg/L is worse than class V.
        let worst = try sample("Andaung Meas", "2009-10-01")
        #expect(worst.label == "劣V")
        #expect(worst.drivers == ["TP"])
    }
}
