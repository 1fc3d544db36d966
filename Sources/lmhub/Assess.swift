import ArgumentParser
import Foundation
import LMHubCore
import LMHubIngest

struct Assess: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Judge every sample of a file against a water-quality standard (no database needed).",
        discussion: """
        Prints, per sample, each assessed parameter's class and the sample class (the worst of them).
        csv columns: station,date,parameter,value,unit,class; one row per parameter, then one row per sample
        whose parameter is 'sample'. Values are in the unit of the standard's limits.
        """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @Argument(help: "The CSV file (wide or long layout, detected from the header).") var file: String
    @Option(help: "Standard id.") var standard = "cn-gb3838-2002"
    @Option(help: "Water body whose limits apply: river or lake.") var waterbody: WaterQualityStandard.WaterBody = .river
    @Option(help: "Output: table, csv or json.") var format: OutputFormat = .table
    @Option(help: "Table layout of the input: wide or long.") var input: ObservationFile.Layout?
    @Option(help: "IANA time zone of times without an offset; dates are printed in it.") var timezone = "UTC"
    @Option(help: "Unit of a column whose header has none, as COLUMN=UNIT (repeatable).") var unit: [String] = []

    func run() async throws {
        let standards = try WaterQualityStandard.bundled()
        guard let chosen = standards[standard] else {
            throw ValidationError("unknown standard '\(standard)'; known: \(standards.keys.sorted().joined(separator: ", "))")
        }
        guard let zone = TimeZone(identifier: timezone) else { throw ValidationError("unknown time zone '\(timezone)'") }
        var reader = try ObservationFile.open(path: file, layout: input, units: try UnitMapping.parse(unit), timeZones: StationTimeZones(fallback: zone))
        let (samples, emptyRows) = try reader.readSamples()
        if !emptyRows.isEmpty {
            FileHandle.standardError.write(Data("\(emptyRows.count) rows hold no value and make no sample (lines \(emptyRows.map(String.init).joined(separator: ", ")))\n".utf8))
        }
        let assessor = ClassAssessor(standard: chosen, waterBody: waterbody)
        let results = samples.map { (sample: $0, assessment: assessor.assess($0.values)) }
        let report = AssessmentReport(standard: chosen, timeZone: timezone, results: results)
        switch format {
        case .csv: print(report.csv(), terminator: "")
        case .json: print(try report.json())
        case .table: print(report.table(), terminator: "")
        }
    }
}

extension WaterQualityStandard.WaterBody: ExpressibleByArgument {}
