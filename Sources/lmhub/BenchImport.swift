import ArgumentParser
import Foundation
import LMHubIngest
import LMHubStorage

/// `lmhub bench import`: generates a long CSV of N observations, imports it into a new SQLite file the
/// way `lmhub import` does, imports it again (everything already stored), and loads the same file with two
/// baselines: `sqlite3 .import` (no parsing, units or checks: the floor for getting rows into SQLite) and the
/// ten-line pandas script `benchmarks/import_pandas.py`. With `--postgres URL`, also imports the file into
/// PostgreSQL (a throwaway schema, dropped afterwards) against `psql \copy` of the same file into a table
/// with the same key, so both engines are measured in one run.
struct BenchImport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import rate into SQLite against sqlite3 .import.")

    @Option(help: "Observations to generate.") var observations = 1_000_000
    @Option(help: "Folder for the generated file and databases (kept); a new temporary folder when not given.") var folder: String?
    @Option(help: "Also import into this PostgreSQL database (postgres://…), in a schema created and dropped for the run.")
    var postgres: String?
    @Option(help: "The pandas baseline script.") var pandasScript = "benchmarks/import_pandas.py"

    func run() async throws {
        let dir = folder ?? FileManager.default.temporaryDirectory.appendingPathComponent("lmhub-bench-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let csv = dir + "/observations.csv"
        try SyntheticObservations.write(count: observations, to: csv)
        let bytes = (try FileManager.default.attributesOfItem(atPath: csv)[.size] as? Int) ?? 0
        print("file: \(csv), \(observations) observations, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MiB")

        let parseSeconds = try await timed {
            var reader = try LongObservationReader(path: csv)
            while try reader.nextRow() != nil {}
        }
        print(String(format: "lmhub read only: %7.2f s  %10.0f observations/s", parseSeconds, Double(observations) / parseSeconds))
        let lmhubSeconds = try await timed { try await importWithLMHub(csv, into: try await LMHubStore.open(dir + "/lmhub.sqlite")) }
        let lmhubPeak = PeakMemory.ownMiB
        let lmhubRate = Double(observations) / lmhubSeconds
        print(String(format: "lmhub import:    %7.2f s  %10.0f observations/s  peak RSS %6.1f MiB", lmhubSeconds, lmhubRate, lmhubPeak))
        let againSeconds = try await timed { try await importWithLMHub(csv, into: try await LMHubStore.open(dir + "/lmhub.sqlite"), expectStored: 0) }
        print(String(format: "lmhub re-import: %7.2f s  %10.0f observations/s  (all already stored; the receipt of the first import)",
                     againSeconds, Double(observations) / againSeconds))
        let recheckSeconds = try await timed {
            try await importWithLMHub(csv, into: try await LMHubStore.open(dir + "/lmhub.sqlite"), expectStored: 0, recheck: true)
        }
        print(String(format: "lmhub re-import --recheck: %7.2f s  %10.0f observations/s  (every row read and compared)",
                     recheckSeconds, Double(observations) / recheckSeconds))
        if let postgres { try await benchPostgres(csv, url: postgres, sqliteSeconds: lmhubSeconds) }
        if let pandasSeconds = try runPandas(csv, dir: dir) {
            print(String(format: "ratio lmhub/pandas (rate): %.2f", pandasSeconds / lmhubSeconds))
        }

        guard let sqlite3 = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first(where: FileManager.default.isExecutableFile) else {
            print("sqlite3 .import: skipped (no sqlite3 command; apt-get install sqlite3)")
            return
        }
        let memoryReport = dir + "/sqlite3.maxrss"
        let baselineSeconds = try await timed {
            try runBaseline(sqlite3, [dir + "/sqlite3.sqlite", ".mode csv", ".import \(csv) observations_raw"], memoryReport: memoryReport)
        }
        let baselineRate = Double(observations) / baselineSeconds
        print(String(format: "sqlite3 .import: %7.2f s  %10.0f rows/s          peak RSS ", baselineSeconds, baselineRate) + peak(memoryReport))
        print(String(format: "ratio lmhub/sqlite3 (rate): %.2f", lmhubRate / baselineRate))
    }

    /// Imports `csv` as `lmhub import` does: a receipt of an earlier clean import of the same content answers
    /// at once (unless `recheck`), and a clean import leaves one.
    private func importWithLMHub(_ csv: String, into store: LMHubStore, closing: Bool = true, expectStored: Int? = nil, recheck: Bool = false) async throws {
        let key = try ImportReceiptKey(file: csv, reading: ImportReceipts.reading(["layout=long"]))
        let summary: ImportSummary
        if !recheck, let saved = try await ImportReceipts.saved(key, file: csv, in: store) {
            summary = saved.summary
        } else {
            let (read, outcome) = try await store.importing(sourceFile: "observations.csv") { sink in
                var reader = try LongObservationReader(path: csv)
                return try await ImportRun.run(&reader, into: sink)
            }
            summary = read.with(outcome)
            await ImportReceipts.save(summary, outcome: outcome, key: key, in: store)
        }
        if closing { try await store.close() }
        let expected = expectStored ?? observations
        guard summary.stored == expected, summary.conflicts.isEmpty, summary.observationsRead == observations else {
            throw ValidationError("stored \(summary.stored) of \(summary.observationsRead) observations (expected \(expected) of \(observations)), \(summary.conflicts.count) conflicts")
        }
    }

    /// The import into PostgreSQL, and `psql \copy` of the same file into a table keyed like the pandas one.
    private func benchPostgres(_ csv: String, url: String, sqliteSeconds: Double) async throws {
        let schema = "lmhub_bench_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let store = try await LMHubStore.openPostgres(url: url, searchPath: schema)
        let seconds = try await timed { try await importWithLMHub(csv, into: store, closing: false) }
        print(String(format: "lmhub import, PostgreSQL: %7.2f s  %10.0f observations/s  (%.2f × the SQLite rate)",
                     seconds, Double(observations) / seconds, sqliteSeconds / seconds))
        let copySeconds: Double?
        do {
            copySeconds = try await copyWithPsql(csv, url: url, schema: schema, store: store)
            try await store.administer { try await $0.raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run() }
            try await store.close()
        } catch {
            try? await store.close()
            throw error
        }
        guard let copySeconds else { return }
        print(String(format: "psql \\copy:      %7.2f s  %10.0f rows/s", copySeconds, Double(observations) / copySeconds))
        print(String(format: "ratio lmhub PostgreSQL/psql \\copy (rate): %.2f", copySeconds / seconds))
    }

    /// Seconds `psql \copy` takes to load `csv` into a new table of `schema`, or `nil` without `psql`.
    private func copyWithPsql(_ csv: String, url: String, schema: String, store: LMHubStore) async throws -> Double? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/psql") else {
            print("psql \\copy: skipped (no psql command; apt-get install postgresql-client)")
            return nil
        }
        try await store.administer { db in
            try await db.raw("""
                CREATE TABLE \(unsafeRaw: schema).copy_baseline (station TEXT, time TEXT, parameter TEXT, value DOUBLE PRECISION, unit TEXT,
                PRIMARY KEY (station, parameter, time))
                """).run()
        }
        return try await timed {
            try runBaseline("/usr/bin/psql", [Self.libpqURL(url), "-v", "ON_ERROR_STOP=1", "-q", "-c",
                                              "\\copy \(schema).copy_baseline FROM '\(csv)' WITH (FORMAT csv, HEADER true)"], memoryReport: nil)
        }
    }

    /// `url` without the driver's own query parameters (`tlsmode`), which libpq refuses.
    private static func libpqURL(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        components.queryItems = components.queryItems?.filter { $0.name != "tlsmode" }
        if components.queryItems?.isEmpty == true { components.queryItems = nil }
        return components.string ?? url
    }

    /// The pandas script on the same file into a new SQLite file, or `nil` (and why, printed) when it cannot run.
    private func runPandas(_ csv: String, dir: String) throws -> Double? {
        guard FileManager.default.fileExists(atPath: pandasScript), let python = which("python3") else {
            print("pandas: skipped (no \(pandasScript) here, or no python3; run from the repository, pip install pandas)")
            return nil
        }
        let memoryReport = dir + "/pandas.maxrss"
        let start = ContinuousClock.now
        do {
            try runBaseline(python, [pandasScript, csv, dir + "/pandas.sqlite"], memoryReport: memoryReport)
        } catch {
            print("pandas: skipped (\(error); pip install pandas)")
            return nil
        }
        let seconds = Self.seconds(ContinuousClock.now - start)
        print(String(format: "pandas script:   %7.2f s  %10.0f rows/s          peak RSS ", seconds, Double(observations) / seconds) + peak(memoryReport))
        return seconds
    }

    private func which(_ command: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(command)" }
            .first(where: FileManager.default.isExecutableFile)
    }

    private func peak(_ memoryReport: String) -> String {
        (try? String(contentsOfFile: memoryReport, encoding: .utf8)).flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            .map { String(format: "%6.1f MiB", $0 / 1024) } ?? "not measured (apt-get install time)"
    }

    /// Runs the baseline under `/usr/bin/time -f %M` where present: a child spawned straight from this
    /// process would report this process's peak RSS as its own (Linux keeps the larger at exec).
    private func runBaseline(_ executable: String, _ arguments: [String], memoryReport: String?) throws {
        let process = Process()
        if let memoryReport, FileManager.default.isExecutableFile(atPath: "/usr/bin/time") {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
            process.arguments = ["-f", "%M", "-o", memoryReport, executable] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        }
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("\(executable) exited with \(process.terminationStatus)") }
    }

    private func timed(_ work: () async throws -> Void) async throws -> Double {
        let start = ContinuousClock.now
        try await work()
        return Self.seconds(ContinuousClock.now - start)
    }

    private static func seconds(_ elapsed: Duration) -> Double {
        Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
