import Foundation
import LMHubCore
import LMHubIngest
import Testing
@testable import LMHubStorage

/// Receipts of clean imports (migration 7): valid while nothing stored is changed or deleted, on both engines,
/// and `lmhub import` answering a re-import of the same content from one.
struct ImportReceiptTests {
    private let file = twoHoursOfDO
    private let key = ImportReceiptKey(contentSHA256: "abc", reading: "layout=long")

    /// Imports `text` with `policy` and leaves a receipt under `key` for it when it was clean, as `lmhub import` does.
    private func importAndKeep(_ text: String, into store: LMHubStore, policy: ConflictPolicy = .keep) async throws -> ImportOutcome {
        let (_, outcome) = try await store.importing(sourceFile: "a.csv", onConflict: policy) { sink in
            var reader = try ObservationFile.open(path: try temporaryFile(text))
            return try await ImportRun.run(&reader, into: sink)
        }
        if outcome.isClean { try await store.saveReceipt(key, file: "a.csv", summary: "{}", epoch: outcome.observationEpoch) }
        return outcome
    }

    @Test(arguments: Engine.available) func aReceiptHoldsUntilSomethingStoredChanges(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            #expect(try await store.receipt(for: key) == nil)
            _ = try await importAndKeep(file, into: store)
            #expect(try await store.receipt(for: key)?.file == "a.csv")
            #expect(try await store.receipt(for: ImportReceiptKey(contentSHA256: "abc", reading: "layout=wide")) == nil)
            let other = try await store.importing(sourceFile: "b.csv") { sink in
                var reader = try ObservationFile.open(path: try temporaryFile(file.replacingOccurrences(of: "VT-1", with: "VT-2")))
                return try await ImportRun.run(&reader, into: sink)
            }
            #expect(other.outcome.stored == 2)
            #expect(try await store.receipt(for: key) != nil, "an import that only adds observations leaves the receipt valid")
            let replaced = try await store.importing(sourceFile: "c.csv", onConflict: .replace) { sink in
                var reader = try ObservationFile.open(path: try temporaryFile(file.replacingOccurrences(of: "7.1", with: "7.4")))
                return try await ImportRun.run(&reader, into: sink)
            }
            #expect(replaced.outcome.replaced == 1)
            #expect(try await store.receipt(for: key) == nil, "a replaced observation makes the receipt stale")
        }
    }

    @Test(arguments: Engine.available) func deletingAnObservationOrEditingAStationMakesTheReceiptStale(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            _ = try await importAndKeep(file, into: store)
            try await store.write { db in try await db.raw("DELETE FROM observations WHERE source_line = 3").run() }
            #expect(try await store.receipt(for: key) == nil)
            let again = try await importAndKeep(file, into: store)
            #expect(again.stored == 1)
            #expect(try await store.receipt(for: key) != nil)
            var station = try #require(try await store.station(id: "VT-1"))
            station.timeZone = "Asia/Vientiane"
            try await store.save(station)
            #expect(try await store.receipt(for: key) == nil)
        }
    }

    @Test func lmhubImportAnswersARepeatedFileFromItsReceiptAndReadsAChangedOneAgain() async throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("lmhub-receipt-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) } }
        let path = try temporaryFile(file + "\nVT-1,2024-01-01T02:00:00Z,DO,-999,mg/L\n")
        let first = try await ImportExitCodeTests().run(["import", path, "--database", database])
        #expect(first.code == 0 && first.output.contains("2 stored"), "\(first.output)")
        let again = try await ImportExitCodeTests().run(["import", path, "--database", database])
        #expect(again.code == 0)
        #expect(again.output.contains("this content was imported on") && again.output.contains("3 rows read, 2 observations: 0 stored, 2 skipped"), "\(again.output)")
        #expect(again.output.contains("read as not measured"), "the reading's notes are kept with the receipt: \(again.output)")
        let rechecked = try await ImportExitCodeTests().run(["import", path, "--database", database, "--recheck"])
        #expect(rechecked.code == 0 && !rechecked.output.contains("this content was imported") && rechecked.output.contains("0 stored, 2 skipped"), "\(rechecked.output)")
        let changed = try temporaryFile(file.replacingOccurrences(of: "7.2", with: "7.3"))
        let conflict = try await ImportExitCodeTests().run(["import", changed, "--database", database])
        #expect(conflict.code == 3, "\(conflict.output)")
    }
}
