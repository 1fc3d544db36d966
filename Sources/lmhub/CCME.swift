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
        let (tests, corrected) = try CCMEInputFile.read(path: file, corrections: corrections)
        for line in corrected { FileHandle.standardError.write(Data("corrected unit, line \(line)\n".utf8)) }
        let index = try CCMEWaterQualityIndex.bundled()
        switch index.compute(tests) {
        case let .success(result):
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(AnnualIndices(year: "", samples: 0, ccme: .success(result), mrc: nil)), as: UTF8.self))
                return
            }
            print(String(format: "CCME WQI %.1f (%@)", result.wqi, result.category?.name.text("en") ?? ""))
            print(String(format: "F1 scope %.2f, F2 frequency %.2f, F3 amplitude %.2f (nse %.6f)", result.f1, result.f2, result.f3, result.nse))
            print("\(result.variables) variables, \(result.tests) tests; failed: \(result.failedTests) tests of \(result.failedVariables.joined(separator: ", "))")
            if !result.excludedVariables.isEmpty { print("left out (fewer than 4 tests): \(result.excludedVariables.joined(separator: ", "))") }
        case let .failure(reason):
            throw ValidationError("no CCME WQI: \(reason.reason)")
        }
    }

    static func correction(_ text: String) throws -> UnitCorrection {
        do throws(IngestError) { return try UnitCorrection(parsing: text) } catch { throw ValidationError(error.message) }
    }
}
