import ArgumentParser
import Foundation
import LMHubCore
import LMHubIngest

struct Assess: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Judge every sample of a file against water-quality standards (no database needed).",
        discussion: """
        --standard takes a version id (vn-qcvn08-2015: that version, whatever the sample date), a series \
        (vn-qcvn08: the version in force on each sample's date) or 'all' (one version of every series, side by side). \
        `lmhub standards` lists them.
        --period year judges each station-year: percentile items (Thailand's DO P20, BOD5 P80) on their percentile, \
        other items on the year's worst value; the CCME and MRC indices are added.
        csv columns: station,date,standard,parameter,value,unit,class,basis,verified; one row per parameter, then one \
        row per sample whose parameter is 'sample' (and, with --period year, rows whose parameter is 'index').
        Marks in the table: * rests on limits not verified against the cited source; † standard not in force on that \
        date (applied for comparison); ¹ judged on one value where the standard asks for a percentile over a period; \
        ~ a censored value spans classes and the worse was taken.
        """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @Argument(help: "The CSV file (wide or long layout, detected from the header).") var file: String
    @Option(help: "Standard id, series, or 'all'.") var standard = "all"
    @Option(help: "Judge each sample, or each station-year.") var period: AssessmentPeriod = .sample
    @Option(help: "Water body whose limits apply: river or lake.") var waterbody: WaterQualityStandard.WaterBody = .river
    @Option(help: "Output: table, csv or json.") var format: OutputFormat = .table
    @Option(help: "Table layout of the input: wide or long.") var input: ObservationFile.Layout?
    @Option(help: "IANA time zone of times without an offset; dates are printed in it.") var timezone = "UTC"
    @Option(help: "Unit of a column whose header has none, as COLUMN=UNIT (repeatable).") var unit: [String] = []

    func run() async throws {
        let catalog = try StandardCatalog.bundled()
        let ids = standard.lowercased() == "all" ? catalog.series : [standard.lowercased()]
        for id in ids {
            do { _ = try catalog.resolve(id, on: "") } catch { throw ValidationError(error.description + ", all") }
        }
        guard TimeZone(identifier: timezone) != nil else { throw ValidationError("unknown time zone '\(timezone)'") }
        let zone = TimeZone(identifier: timezone) ?? .gmt
        var reader = try ObservationFile.open(path: file, layout: input, units: try UnitMapping.parse(unit), timeZones: StationTimeZones(fallback: zone))
        let (samples, emptyRows) = try reader.readSamples()
        if !reader.ignoredColumns.isEmpty {
            FileHandle.standardError.write(Data("columns not read (no known parameter): \(reader.ignoredColumns.joined(separator: ", "))\n".utf8))
        }
        if !emptyRows.isEmpty {
            FileHandle.standardError.write(Data("\(emptyRows.count) rows hold no value and make no sample (lines \(emptyRows.map(String.init).joined(separator: ", ")))\n".utf8))
        }
        guard !samples.isEmpty else { throw CommandFailed(message: "\(file) holds no sample: no row has a value") }
        let units = try catalog.assess(samples, standards: ids, period: period, waterBody: waterbody, timeZone: timezone)
        let indices = period == .year ? try Self.indices(units, catalog: catalog, timeZone: timezone) : []
        let report = AssessmentReport(series: ids, units: units, indices: indices)
        switch format {
        case .csv: print(report.csv(), terminator: "")
        case .json: print(try report.json())
        case .table: print(report.table(), terminator: "")
        }
    }

    static func indices(_ units: [AssessedUnit], catalog: StandardCatalog, timeZone: String) throws -> [AssessmentReport.IndexRow] {
        let calculator = try IndexCalculator.bundled(catalog: catalog)
        return units.flatMap { unit in
            calculator.annual(unit.samples, timeZone: timeZone).map { AssessmentReport.IndexRow(station: unit.station, indices: $0) }
        }
    }
}

extension WaterQualityStandard.WaterBody: ExpressibleByArgument {}
extension AssessmentPeriod: ExpressibleByArgument {}
