import ArgumentParser
import Foundation
import LMHubIngest
import LMHubStorage

/// `lmhub bench import`: generates a long CSV of N observations, imports it into a new SQLite file the
/// way `lmhub import` does, and loads the same file with `sqlite3 .import` (no parsing, units or checks:
/// the floor for getting rows into SQLite) as the baseline. With `--postgres URL`, also imports the file
/// into PostgreSQL (a throwaway schema, dropped afterwards), so both engines are measured in one run.
struct BenchImport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import rate into SQLite against sqlite3 .import.")

    @Option(help: "Observations to generate.") var observations = 1_000_000
    @Option(help: "Folder for the generated file and databases (kept); a new temporary folder when not given.") var folder: String?
    @Option(help: "Also import into this PostgreSQL database (postgres://…), in a schema created and dropped for the run.")
    var postgres: String?

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
        if let postgres {
            let schema = "lmhub_bench_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            let store = try await LMHubStore.openPostgres(url: postgres, searchPath: schema)
            let seconds = try await timed { try await importWithLMHub(csv, into: store, closing: false) }
            try await store.administer { try await $0.raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run() }
            try await store.close()
            print(String(format: "lmhub import, PostgreSQL: %7.2f s  %10.0f observations/s  (%.2f × the SQLite rate)",
                         seconds, Double(observations) / seconds, lmhubSeconds / seconds))
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
        let baselinePeak = (try? String(contentsOfFile: memoryReport, encoding: .utf8)).flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        print(String(format: "sqlite3 .import: %7.2f s  %10.0f rows/s          peak RSS ", baselineSeconds, baselineRate)
            + (baselinePeak.map { String(format: "%6.1f MiB", $0 / 1024) } ?? "not measured (apt-get install time)"))
        print(String(format: "ratio lmhub/sqlite3 (rate): %.2f", lmhubRate / baselineRate))
    }

    private func importWithLMHub(_ csv: String, into store: LMHubStore, closing: Bool = true) async throws {
        let (_, outcome) = try await store.importing(sourceFile: "observations.csv") { sink in
            var reader = try LongObservationReader(path: csv)
            return try await ImportRun.run(&reader, into: sink)
        }
        if closing { try await store.close() }
        guard outcome.stored == observations else { throw ValidationError("stored \(outcome.stored) of \(observations) observations") }
    }

    /// Runs the baseline under `/usr/bin/time -f %M` where present: a child spawned straight from this
    /// process would report this process's peak RSS as its own (Linux keeps the larger at exec).
    private func runBaseline(_ executable: String, _ arguments: [String], memoryReport: String) throws {
        let process = Process()
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/time") {
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
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
