import ArgumentParser
import Foundation
import LMHubCore
import LMHubIngest
import LMHubStorage

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import a CSV file of observations into the database, in one transaction.",
        discussion: """
        wide: one row per sample, one column per parameter (unit in the header: DO_mgL, DO (mg/L)).
        long: station,time,parameter,value,unit[,censoring].
        Importing the same file twice adds nothing. Without --skip-invalid, one bad row stores nothing.
        """
    )

    @Argument(help: "The CSV file.") var file: String
    @Option(help: DatabaseLocation.help) var database = DatabaseLocation.default
    @Option(help: "Table layout: wide, long or air (detected from the header when not given).") var format: ObservationFile.Layout?
    @Option(help: "IANA time zone of local times (no offset) at stations the database does not know yet, and of those new stations; a known station keeps its own zone, and a --timezone that contradicts it is an error (default UTC; AirNow exports of known sites: the site's zone).")
    var timezone: String?
    @Option(help: "Unit of a column whose header has none, as COLUMN=UNIT (repeatable).") var unit: [String] = []
    @Option(parsing: .unconditionalSingleValue,
            help: "A value that means 'not measured' in this file, beside -999, -9999 and the like where no real value can be (repeatable; negative values as --missing -88).")
    var missing: [Double] = []
    @Option(help: "A value already stored with another value for the same station, parameter and time (or given twice in the file): fail (store nothing, exit 3), keep (the stored value) or replace (the file's; the old one is audited).")
    var onConflict: ConflictPolicy = .fail
    @Option(help: "Water body of stations the database does not know yet: river or lake (which limits apply, e.g. GB 3838 TP).")
    var waterbody: WaterQualityStandard.WaterBody = .river
    @Flag(help: "Store the valid rows and report the invalid ones, instead of storing nothing.") var skipInvalid = false
    @Option(help: "With --skip-invalid: where to write the list of rejected rows, as line,field,message (default: FILE's name + .rejects.csv, in this folder).")
    var rejects: String?
    @Flag(help: "Read and compare every row even when the same content was imported before, read the same way, and nothing stored has changed since (then every row is known to be stored).")
    var recheck = false

    /// Exit code of an import stopped by conflicts under `--on-conflict fail`, apart from other failures (1).
    static let conflictExitCode: Int32 = 3

    /// Where the list of rejected rows goes: `--rejects`, else FILE's name + `.rejects.csv` in this folder.
    private var rejectsPath: String { rejects ?? (file as NSString).lastPathComponent + ".rejects.csv" }

    func validate() throws {
        if rejects != nil && !skipInvalid { throw ValidationError("--rejects goes with --skip-invalid") }
        let report = URL(fileURLWithPath: rejectsPath).standardizedFileURL.resolvingSymlinksInPath()
        if report == URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath() {
            throw ValidationError("--rejects names the file being imported; the list of rejected rows would overwrite it")
        }
    }

    func run() async throws {
        let zone = try timezone.map { name in
            guard let zone = TimeZone(identifier: name) else { throw ValidationError("unknown time zone '\(name)'") }
            return zone
        }
        let units = try UnitMapping.parse(unit)
        let layout = try format ?? ObservationFile.detectLayout(path: file)
        let store = try await LMHubStore.open(database)
        store.whenConnectionLost {
            FileHandle.standardError.write(Data("Error: the database server closed the connection during the import (\(LMHubStore.describe(database))).\nNothing was stored.\n".utf8))
            Foundation.exit(1)
        }
        let key: ImportReceiptKey
        do {
            key = try ImportReceiptKey(file: file, reading: ImportReceipts.reading(
                ["layout=\(layout.rawValue)", "timezone=\(timezone ?? "")", "units=\(unit.sorted())", "missing=\(missing.sorted())", "waterbody=\(waterbody.rawValue)"]))
            if !recheck, let saved = try await ImportReceipts.saved(key, file: file, in: store) {
                try await store.close()
                FileHandle.standardError.write(Data("""
                    \(file): this content was imported on \(saved.importedAt.formatted(.iso8601)) (as \(saved.name)), read the same way, and nothing \
                    stored has changed since: every observation is stored with the same value (--recheck reads and compares each row)

                    """.utf8))
                Progress.summary(saved.summary, seconds: 0)
                return
            }
        } catch {
            try? await store.close()
            throw CommandFailed(message: "\(file): \(LMHubStore.describe(error: error))")
        }
        let zones = StationTimeZones(fallback: zone ?? .gmt, byStation: try await store.timeZonesByStation(), explicit: zone)
        var reader: any ObservationReader
        do { reader = try ObservationFile.open(path: file, layout: layout, units: units, timeZones: zones, screen: ValueScreen(missing: missing)) } catch {
            try? await store.close()
            throw error
        }
        let started = Date()
        let result: ImportSummary
        do {
            let (summary, outcome) = try await store.importing(
                timeZone: timezone ?? "UTC", stationZones: reader.stationZones.mapValues(StationTimeZones.name), waterBody: waterbody,
                sourceFile: (file as NSString).lastPathComponent, file: file, onConflict: onConflict
            ) { sink in
                try await ImportRun.run(&reader, into: sink, skipInvalid: skipInvalid, progress: Progress.report)
            }
            result = summary.with(outcome)
            await ImportReceipts.save(result, outcome: outcome, key: key, in: store)
            try await store.close()
        } catch let conflicts as ImportConflictsError {
            try? await store.close()
            Progress.conflicts(conflicts.conflicts, file: file)
            FileHandle.standardError.write(Data("Error: \(conflicts)\n".utf8))
            throw ExitCode(Self.conflictExitCode)
        } catch {
            try? await store.close()
            throw CommandFailed(message: "\(LMHubStore.describe(error: error))\nNothing was stored.")
        }
        Progress.summary(result, seconds: Date().timeIntervalSince(started))
        if timezone == nil, result.newStations.values.contains("UTC") {
            FileHandle.standardError.write(Data("note: no --timezone: times without an offset at the new stations marked UTC were read as UTC\n".utf8))
        }
        guard !result.rejected.isEmpty else { return }
        let report = rejectsPath
        do { try RejectReport.write(result.rejected, to: report) } catch {
            throw CommandFailed(message: "The valid rows were stored, but the list of rejected rows could not be written to \(report): \(error.localizedDescription)")
        }
    }
}

extension ConflictPolicy: ExpressibleByArgument {}
extension ObservationFile.Layout: ExpressibleByArgument {}

/// A command that could not do its work, with the reason in words (printed as `Error: …`, without the usage).
struct CommandFailed: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// `--unit COLUMN=UNIT` options.
enum UnitMapping {
    static func parse(_ options: [String]) throws -> [String: MeasurementUnit] {
        var units: [String: MeasurementUnit] = [:]
        for option in options {
            let parts = option.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let unit = MeasurementUnit(parsing: parts[1]) else {
                throw ValidationError("--unit takes COLUMN=UNIT with a unit such as mg/L, µg/L, mS/m, µS/cm, °C; got '\(option)'")
            }
            guard units[parts[0]] == nil else { throw ValidationError("--unit \(parts[0]) is given twice") }
            units[parts[0]] = unit
        }
        return units
    }
}

/// The rows `--skip-invalid` left out, as CSV `line,field,message`, for fixing and importing again.
enum RejectReport {
    static func write(_ rejected: [IngestError], to path: String) throws {
        let text = CSVWriter.line(["line", "field", "message"])
            + rejected.map { CSVWriter.line([String($0.line), $0.field ?? "", $0.message]) }.joined()
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        FileHandle.standardError.write(Data("rejected rows written to \(path)\n".utf8))
    }
}
