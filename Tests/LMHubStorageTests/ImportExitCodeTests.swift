import Foundation
import Testing

/// Issue 11 kind 8 at the command line: a conflict ends `lmhub import` with exit code 3 under the default
/// `--on-conflict fail`, and with 0 under `keep` or `replace`.
struct ImportExitCodeTests {
    func run(_ arguments: [String]) async throws -> (code: Int32, output: String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("lmhub-exit-\(UUID().uuidString).log").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        let child = try LMHubChild(arguments, log: log)
        let code = try await child.waitForExit()
        return (code, child.errorOutput)
    }

    @Test func aConflictEndsTheImportWithExitCodeThree() async throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("lmhub-exit-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) } }
        let first = try temporaryFile("station,time,parameter,value,unit\nS1,2020-01-01,DO,7,mg/L\n")
        let second = try temporaryFile("station,time,parameter,value,unit\nS1,2020-01-01,DO,6.5,mg/L\n")
        #expect(try await run(["import", first, "--database", database]).code == 0)
        let failed = try await run(["import", second, "--database", database])
        #expect(failed.code == 3)
        #expect(failed.output.contains("\(second): conflict: line 2: S1 DO") && failed.output.contains("nothing was stored"), "\(failed.output)")
        #expect(try await run(["import", second, "--database", database, "--on-conflict", "keep"]).code == 0)
        let replaced = try await run(["import", second, "--database", database, "--on-conflict", "replace"])
        #expect(replaced.code == 0 && replaced.output.contains("1 replaced"), "\(replaced.output)")
    }

    @Test func aNegativeMissingMarkNeedsNoEqualsSignAndTheRejectsListNeverOverwritesTheFile() async throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("lmhub-exit-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) } }
        let file = try temporaryFile("station,time,parameter,value,unit\nS1,2020-01-01,DO,-88,mg/L\nS1,2020-01-02,DO,bad,mg/L\n")
        let refused = try await run(["import", file, "--database", database, "--skip-invalid", "--rejects", file])
        #expect(refused.code != 0 && refused.output.contains("would overwrite it"), "\(refused.output)")
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("station,time"))
        let marked = try await run(["import", file, "--database", database, "--skip-invalid", "--missing", "-88", "--rejects", file + ".rejects"])
        #expect(marked.code == 0 && marked.output.contains("0 stored") && marked.output.contains("1 DO"), "\(marked.output)")
    }
}
