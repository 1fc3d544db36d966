import ArgumentParser
import Foundation
import LMHubCore
import LMHubIngest

struct CCME: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ccme",
        abstract: "Compute the CCME Water Quality Index 1.0 of a file of tests against their objectives.",
        discussion: """
        The file has the columns Date,Variable,Value,DetectionLimit,LowerLimit,UpperLimit,Units (the CCME calculator's \
        data sheet, as bcgov/wqbc reads it). Units are never guessed: a unit LMHub does not know stops the run with the \
        line, unless --correct-unit says what was meant. Example (the CCME manual's worked example writes µg/L as g/L):
          lmhub ccme devon_1997.csv --correct-unit 'g/L=µg/L'
        """
    )

    @Argument(help: "The CSV file of tests.") var file: String
    @Option(help: "Read a unit as another, as [VARIABLE:]FROM=TO (repeatable), e.g. g/L=µg/L.") var correctUnit: [String] = []
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() throws {
        let corrections = try correctUnit.map(Self.correction)
        let contents = try CCMEInputFile.read(path: file, corrections: corrections)
        let note = { (text: String) in FileHandle.standardError.write(Data((text + "\n").utf8)) }
        contents.corrected.forEach { note("corrected unit, line \($0)") }
        if !contents.repeatedLines.isEmpty { note("rows repeating an earlier one, read once: lines \(contents.repeatedLines.map(String.init).joined(separator: ", "))") }
        if let years = contents.years, years.lowerBound != years.upperBound {
            note("the tests span \(years.lowerBound)–\(years.upperBound): one index over all of them (CCME indices are usually per year)")
        }
        let index = try CCMEWaterQualityIndex.bundled()
        let result: CCMEResult
        switch index.compute(contents.tests) {
        case let .success(computed): result = computed
        case let .failure(reason): throw CommandFailed(message: "no CCME WQI: \(reason.reason)")
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(CCMEDocument(result)), as: UTF8.self))
            return
        }
        print(String(format: "CCME WQI %.2f (%@)", result.wqi, result.category?.name.text("en") ?? ""))
        print(String(format: "F1 scope %.2f, F2 frequency %.2f, F3 amplitude %.2f (nse %.6f)", result.f1, result.f2, result.f3, result.nse))
        print("\(result.variables) variables, \(result.tests) tests; failed: "
              + (result.failedTests == 0 ? "none" : "\(result.failedTests) tests of \(result.failedVariables.joined(separator: ", "))"))
        if !result.excludedVariables.isEmpty { print("left out (fewer than 4 tests): \(result.excludedVariables.joined(separator: ", "))") }
    }

    static func correction(_ text: String) throws -> UnitCorrection {
        do throws(IngestError) { return try UnitCorrection(parsing: text) } catch { throw ValidationError(error.message) }
    }
}

/// `lmhub ccme --json`: `{"wqi", "category", "f1", "f2", "f3", "nse", "variables", "tests", "failedTests",
/// "failedVariables", "excludedVariables"}`.
struct CCMEDocument: Encodable {
    let wqi, f1, f2, f3, nse: Double
    let category: String?
    let variables, tests, failedTests: Int
    let failedVariables, excludedVariables: [String]

    init(_ result: CCMEResult) {
        (wqi, f1, f2, f3, nse) = (result.wqi, result.f1, result.f2, result.f3, result.nse)
        category = result.category?.name.text("en")
        (variables, tests, failedTests) = (result.variables, result.tests, result.failedTests)
        (failedVariables, excludedVariables) = (result.failedVariables, result.excludedVariables)
    }
}
