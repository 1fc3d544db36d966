import Foundation
import LMHubCore
import Testing
@testable import LMHubIngest

/// The CCME WQI 1.0 User's Manual worked example (North Saskatchewan River at Devon, 1997) read through the
/// CCME file importer must give F1 = 20, F2 = 3.88, F3 = 2.78, WQI = 88.1, "Good"; the two reduced cases
/// are bcgov/wqbc's test vectors. The file writes µg/L as g/L for Hg, lindane and 2,4-D: the importer stops
/// there unless the correction is explicit.
struct CCMEExampleTests {
    let index = try! CCMEWaterQualityIndex.bundled()
    let devon = repositoryRoot.appendingPathComponent("Tests/LMHubIngestTests/Fixtures/ccme_manual_example_north_saskatchewan_devon_1997.csv").path
    let microgramsFix = try! UnitCorrection(parsing: "g/L=µg/L")

    @Test func theManualsUnitErrorIsCaughtNotGuessed() throws {
        let error = try #require(throws: IngestError.self) { try CCMEInputFile.read(path: devon) }
        #expect(error.line == 86 && error.field == "Units")
        #expect(error.message.contains("unknown unit 'g/L' for Hg") && error.message.contains("--correct-unit 'g/L=µg/L'"))
        let onlyMercury = try #require(throws: IngestError.self) {
            try CCMEInputFile.read(path: devon, corrections: [UnitCorrection(parsing: "Hg:g/L=µg/L")])
        }
        #expect(onlyMercury.message.contains("for Lindane") || onlyMercury.message.contains("for 2,4-D"))
    }

    @Test func manualExampleGivesTheManualsFigures() throws {
        let contents = try CCMEInputFile.read(path: devon, corrections: [microgramsFix])
        let (tests, corrected) = (contents.tests, contents.corrected)
        #expect(corrected.count == 19, "the Hg, lindane and 2,4-D rows that hold a value (36 rows, 17 empty)")
        let result = try index.compute(tests).get()
        #expect(result.variables == 10)
        #expect(result.tests == 103)
        #expect(result.failedVariables == ["Pb", "TP"])
        #expect(result.failedTests == 4)
        #expect((result.f1 * 100).rounded() / 100 == 20)
        #expect((result.f2 * 100).rounded() / 100 == 3.88)
        #expect((result.f3 * 100).rounded() / 100 == 2.78)
        #expect((result.wqi * 10).rounded() / 10 == 88.1)
        #expect(result.category?.name.text("en") == "Good")
    }

    @Test func wqbcReducedCases() throws {
        let file = try String(contentsOfFile: devon, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let noMarchDO = file.filter { !$0.hasPrefix("1997-03-04,DO,") }.joined(separator: "\n")
        let first = try index.compute(try CCMEInputFile.read(path: try temporaryFile(noMarchDO), corrections: [microgramsFix]).tests).get()
        #expect(first.tests == 102)
        #expect((first.wqi * 1000).rounded() / 1000 == 88.122)
        let noArsenic = file.filter { !$0.hasPrefix("1997-03-04,DO,") && !$0.contains(",As,") }.joined(separator: "\n")
        let second = try index.compute(try CCMEInputFile.read(path: try temporaryFile(noArsenic), corrections: [microgramsFix]).tests).get()
        #expect(second.variables == 9)
        #expect((second.wqi * 1000).rounded() / 1000 == 86.788)
    }

    @Test func aValueBelowItsDetectionLimitIsCensoredAtTheLimit() throws {
        let file = "Date,Variable,Value,DetectionLimit,LowerLimit,UpperLimit,Units\n2020-01-01,TP,0.001,0.005,,0.004,mg/L\n2020-01-02,TP,,,,0.004,mg/L\n"
        let tests = try CCMEInputFile.read(path: try temporaryFile(file)).tests
        #expect(tests == [CCMETest(variable: "TP", value: 0.005, upper: 0.004)], "at the limit, not 0.001 or 0; the empty row is no test")
    }

    @Test(arguments: [
        ("Date,Variable,Value\n", 1, nil as String?, "not a CCME input file"),
        ("Date,Variable,Value,DetectionLimit,LowerLimit,UpperLimit,Units\n2020-01-01,TP,0.1,,,,mg/L\n", 2, "LowerLimit", "needs an objective"),
        ("Date,Variable,Value,DetectionLimit,LowerLimit,UpperLimit,Units\n2020-01-01,TP,\"0,1\",,,1,mg/L\n", 2, "Value", "expected a number"),
        ("Date,Variable,Value,DetectionLimit,LowerLimit,UpperLimit,Units\n2020-13-01,TP,0.1,,,1,mg/L\n", 2, "Date", "expected a date"),
    ])
    func badFilesNameLineAndField(text: String, line: Int, field: String?, message: String) throws {
        let error = try #require(throws: IngestError.self) { try CCMEInputFile.read(path: try temporaryFile(text)) }
        #expect(error.line == line && error.field == field && error.message.contains(message))
    }
}

/// What careless CCME input files get.
struct CCMEInputErrorTests {
    let header = "Date,Variable,Value,DetectionLimit,LowerLimit,UpperLimit,Units\n"

    @Test func aRepeatedRowIsReadOnceAndAContradictingOneIsAnError() throws {
        let repeated = try CCMEInputFile.read(path: try temporaryFile(header + "2020-01-01,TP,0.03,,,0.05,mg/L\n2020-01-01,TP,0.03,,,0.05,mg/L\n"))
        #expect(repeated.tests.count == 1 && repeated.repeatedLines == [3])
        let error = try #require(throws: IngestError.self) {
            try CCMEInputFile.read(path: try temporaryFile(header + "2020-01-01,TP,0.03,,,0.05,mg/L\n2020-01-01,TP,0.9,,,0.05,mg/L\n"))
        }
        #expect(error.line == 3 && error.message.contains("already 0.03 (line 2)"))
    }

    @Test func shortRowsNegativeValuesAndClashingCorrectionsAreErrors() throws {
        let short = try #require(throws: IngestError.self) { try CCMEInputFile.read(path: try temporaryFile(header + "2020-01-01,TP,0.03,,,0.05\n")) }
        #expect(short.line == 2 && short.message.contains("expected 7 fields"))
        let negative = try #require(throws: IngestError.self) { try CCMEInputFile.read(path: try temporaryFile(header + "2020-01-01,TP,-0.03,,,0.05,mg/L\n")) }
        #expect(negative.message.contains("negative"))
        #expect(throws: IngestError.self) {
            try CCMEInputFile.read(path: try temporaryFile(header), corrections: [UnitCorrection(parsing: "g/L=µg/L"), UnitCorrection(parsing: "g/L=mg/L")])
        }
    }

    @Test func theYearsTheTestsSpanAreReported() throws {
        let contents = try CCMEInputFile.read(path: try temporaryFile(header + "1997-01-01,TP,0.03,,,0.05,mg/L\n1998-01-01,TP,0.03,,,0.05,mg/L\n"))
        #expect(contents.years == "1997"..."1998")
    }
}
