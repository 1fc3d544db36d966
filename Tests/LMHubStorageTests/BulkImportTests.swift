import Foundation
import LMHubCore
import LMHubIngest
import Testing
@testable import LMHubStorage

/// Imports larger than one batch (SQLite 16,000 rows, PostgreSQL 10,000): each batch is inserted while the next
/// is read, so duplicates, conflicts and failures must come out as they do within one batch.
struct BulkImportTests {
    /// `rows` hourly rows of three stations and two parameters (DO in mg/L, NH3-N in µg/L), plus `extra` lines.
    private func bigFile(rows: Int, extra: [String] = []) -> String {
        var lines = ["station,time,parameter,value,unit"]
        let start = Date(timeIntervalSince1970: 1_577_836_800)
        let formatter = ISO8601DateFormatter()
        for index in 0..<rows {
            let time = formatter.string(from: start.addingTimeInterval(Double(index / 6) * 3600))
            let station = "BK-\(index % 3)"
            lines.append(index % 2 == 0 ? "\(station),\(time),DO,\(7 + Double(index % 10) / 10),mg/L" : "\(station),\(time),NH3-N,\(100 + index % 50),µg/L")
        }
        return (lines + extra).joined(separator: "\n") + "\n"
    }

    @Test(arguments: Engine.available) func aFileOfManyBatchesIsStoredWholeAndOnceOnly(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            let path = try temporaryFile(bigFile(rows: 24_000))
            let first = try await importFile(path, into: store)
            #expect(first.stored == 24_000)
            #expect(first.conflicts.isEmpty)
            let again = try await importFile(path, into: store)
            #expect(again.stored == 0)
            #expect(again.skipped == 24_000)
            #expect(again.conflicts.isEmpty)
            #expect(try await store.observationCount() == 24_000)
            let ammonia = try await store.observations(station: "BK-1", parameter: "NH3-N", limit: 1)
            #expect(ammonia.first?.value == 0.101)
            #expect(ammonia.first?.reportedValue == 101)
            #expect(ammonia.first?.sourceLine == 3)
        }
    }

    @Test(arguments: Engine.available) func aRowRepeatingOneOfAnEarlierBatchWithAnotherValueIsAConflict(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            let repeated = ["BK-0,2020-01-01T00:00:00Z,DO,9.9,mg/L", "BK-0,2020-01-01T00:00:00Z,DO,7.0,mg/L"]
            let path = try temporaryFile(bigFile(rows: 21_000, extra: repeated))
            let summary = try await importFile(path, into: store)
            #expect(summary.stored == 21_000)
            #expect(summary.conflicts.map(\.line) == [21_002])
            #expect(summary.conflicts.first?.stored == "7.0")
            #expect(summary.conflicts.first?.incoming == "9.9")
            #expect(summary.skipped == 1)
            await #expect(throws: ImportConflictsError.self) { try await importFile(path, into: store, onConflict: .fail) }
            let replaced = try await importFile(try temporaryFile(bigFile(rows: 0, extra: [repeated[0]])), into: store, onConflict: .replace)
            #expect(replaced.replaced == 1)
            #expect(try await store.observations(station: "BK-0", parameter: "DO", limit: 1).first?.value == 9.9)
        }
    }

    /// Under `replace` the file's last value of a key is the one stored: each row is compared with the value
    /// the row before left, within a batch and across batches.
    @Test(arguments: Engine.available) func underReplaceTheLastValueOfAKeyInTheFileWins(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            let moment = "BK-0,2020-01-01T00:00:00Z,DO,"
            let within = try await importFile(try temporaryFile(bigFile(rows: 0, extra: [moment + "7.0,mg/L", moment + "8.0,mg/L", moment + "7.0,mg/L"])),
                                              into: store, onConflict: .replace)
            #expect(within.stored == 1 && within.replaced == 2 && within.skipped == 0)
            #expect(try await store.observations(station: "BK-0", parameter: "DO", limit: 1).first?.value == 7.0)
            let across = try await importFile(try temporaryFile(bigFile(rows: 21_000, extra: [moment + "9.5,mg/L", moment + "7.0,mg/L"])),
                                              into: store, onConflict: .replace)
            #expect(across.replaced == 2)
            #expect(try await store.observations(station: "BK-0", parameter: "DO", limit: 1).first?.value == 7.0)
        }
    }

    @Test(arguments: Engine.available) func aBadRowAfterSeveralBatchesStoresNothing(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            let path = try temporaryFile(bigFile(rows: 23_000, extra: ["BK-0,2021-01-01T00:00:00Z,DO,-3,mg/L"]))
            await #expect(throws: IngestError.self) { try await importFile(path, into: store) }
            #expect(try await store.observationCount() == 0)
            let summary = try await importFile(try temporaryFile(bigFile(rows: 100)), into: store)
            #expect(summary.stored == 100)
        }
    }

    @Test(arguments: Engine.available) func aFileNameWithTabsAndBackslashesIsStoredAsNamed(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            let name = "field\\run\t2 \"May\"\n.csv"
            let path = try temporaryFile(bigFile(rows: 10))
            _ = try await store.importing(sourceFile: name) { sink in
                var reader = try ObservationFile.open(path: path)
                return try await ImportRun.run(&reader, into: sink)
            }
            #expect(try await store.observations(station: "BK-0").map(\.sourceFile) == Array(repeating: name, count: 4))
        }
    }

    @Test func theSQLiteDriverStillShowsItsConnectionHandle() async throws {
        try await Engine.sqlite.withStore { (store: LMHubStore) async throws -> Void in
            try await store.bulkWrite { _, connection in
                guard case let .sqlite(sqlite) = connection else { Issue.record("not SQLite"); return }
                _ = try SQLiteHandle.of(sqlite)
            }
        }
    }
}
