import ArgumentParser
import Foundation
import LMHubCore
import LMHubIngest

/// `lmhub sdg`: the SDSN SDG Index and Dashboards.
struct SDGCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sdg",
        abstract: "The SDSN SDG Index and Dashboards (Sustainable Development Report 2023).",
        subcommands: [SDGIndexCommand.self, SDGImportCommand.self]
    )
}

/// `lmhub sdg index [FILE] [--country ISO3,…] [--format table|csv|json] [--explain ISO3] [--panel FILE]`.
struct SDGIndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Compute the SDG Index, goal scores and dashboards from an SDR database's raw values (no database needed).",
        discussion: """
        FILE is an SDR database in the layout of its "Data" sheet saved as CSV (UTF-8), such as the SDR 2023 \
        database LMHub bundles (used when FILE is left out). Each indicator's raw value is read from the column \
        before its 'Year: CODE' column; the file's own scores, colours and ranks are never read (one exception: \
        sdg16_safe, whose raw value the database does not publish, enters with its published normalised score). \
        Constants and method: SDR 2023 as LMHub derived them from the published database (every step and how \
        sure it is: lmhub sdg index --format json, "flags").
        csv columns: iso3,country,index,rank,goal1,…,goal17 — scores to two decimals, one row for every country \
        with an index in rank order (or those named with --country); a goal without own score is empty (the index \
        takes the regional mean for it: see --explain).
        --panel adds trend arrows, reconstructed from the panel's 2015 values (the SDR 'Raw Data – Panel' layout: \
        id, year, one column per indicator code).
        """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @Argument(help: "An SDR database (Data sheet layout, CSV); the bundled SDR 2023 database when left out.") var file: String?
    @Option(help: "Only these countries: ISO3 codes separated by commas (e.g. THA,VNM).") var country: String?
    @Option(help: "Output: table, csv or json.") var format: OutputFormat = .table
    @Option(help: "List one country's indicators goal by goal: raw value, year, bounds, normalised score, colour.") var explain: String?
    @Option(help: "A raw-data panel (CSV, UTF-8) for trend arrows.") var panel: String?

    func run() throws {
        let edition = try SDREdition.bundled()
        guard let path = file ?? edition.bundledDatabase?.path else { throw CommandFailed(message: "the bundled SDR database is missing") }
        let contents = try SDRDatabaseFile.read(path: path, edition: edition)
        let trends = try panel.map { try SDRPanelFile.read(path: $0) }
        let report = SDGIndexCalculator(edition: edition).compute(contents.countries, panel: trends)
        if !contents.unknownIndicators.isEmpty {
            note("\(path): not read, unknown to SDR \(edition.edition): \(contents.unknownIndicators.joined(separator: ", "))")
        }
        if let explain {
            guard !explain.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--explain needs an ISO3 code, e.g. --explain THA") }
            let result = try lookUp([explain], in: report, path: path)
            if format == .json {
                print(try SDGIndexOutput.json(SDGIndexDocument(edition: edition, countries: result, report: report)))
            } else {
                result.forEach { print(SDGExplain.render($0, edition: edition, report: report), terminator: "") }
            }
            return
        }
        let selected = try country.map { list in try lookUp(list.split(separator: ",").map(String.init), in: report, path: path) } ?? report.ranked
        switch format {
        case .csv:
            print(SDGIndexOutput.csv(selected), terminator: "")
            note(edition.attribution)
        case .json:
            print(try SDGIndexOutput.json(SDGIndexDocument(edition: edition, countries: selected, report: report)))
        case .table:
            print(SDGIndexOutput.table(selected, report: report, edition: edition), terminator: "")
        }
    }

    /// The results of `codes` in the order given.
    /// - Throws: ``IngestError`` naming the file and its ISO3 column for a code the file does not have.
    func lookUp(_ codes: [String], in report: SDGReport, path: String) throws -> [SDGCountryResult] {
        let named = codes.map { $0.trimmingCharacters(in: .whitespaces).uppercased() }.filter { !$0.isEmpty }
        return try named.enumerated().filter { !named[..<$0.offset].contains($0.element) }.map { _, code in
            guard let result = report.country(code) else {
                throw ValidationError("no country '\(code)' in \(file == nil ? "the bundled SDR database" : path) (ISO 3166-1 alpha-3 codes, e.g. THA,VNM)")
            }
            return result
        }
    }

    func note(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }
}
