import Foundation
import LMHubCore
import Testing
@testable import LMHubStorage

/// An observation always names a stored datastream: SQLite by its foreign key, PostgreSQL by the
/// statement-level triggers that replace it there (migration 6, ``PostgresDatastreamCheck``).
struct DatastreamIntegrityTests {
    private let file = twoHoursOfDO

    @Test(arguments: Engine.available) func anObservationOfAMissingDatastreamIsRefused(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            _ = try await importFile(try temporaryFile(file), into: store)
            await #expect(throws: (any Error).self) {
                try await store.write { db in
                    try await db.raw("""
                        INSERT INTO observations (datastream_id, phenomenon_time, value_reported, value, censoring, day_assumed, source_file, source_line)
                        VALUES (987654, 0, 1, 1, '', 0, 'x.csv', 2)
                        """).run()
                }
            }
            await #expect(throws: (any Error).self) {
                try await store.write { db in try await db.raw("UPDATE observations SET datastream_id = 987654").run() }
            }
            #expect(try await store.observationCount() == 2)
        }
    }

    @Test(arguments: Engine.available) func aDatastreamWithObservationsCannotBeDeleted(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            _ = try await importFile(try temporaryFile(file), into: store)
            await #expect(throws: (any Error).self) {
                try await store.write { db in try await db.raw("DELETE FROM datastreams").run() }
            }
            try await store.write { db in
                try await db.raw("DELETE FROM observations").run()
                try await db.raw("DELETE FROM datastreams").run()
            }
            #expect(try await store.observationCount() == 0)
        }
    }

    /// Two stores on one database (two processes of a deployment) importing files that share keys at the same
    /// time: PostgreSQL's imports copy only rows whose keys were not stored, which holds because imports take
    /// turns (an advisory lock); each file's rows are stored once, and the other's differing value is a conflict.
    /// (SQLite's writers take turns by the file lock, tested across processes in `ConcurrentReadTests`; two
    /// stores of one file in one process would wait for each other on the driver's shared blocking threads.)
    @Test(.enabled(if: Engine.postgresURL != nil)) func importsFromTwoProcessesAtOnceStoreEachKeyOnce() async throws {
        let engine = Engine.postgres
        let name = engine.newName()
        let first = try await engine.open(name), second = try await engine.open(name)
        do {
            try await importBothAtOnce(into: first, second)
        } catch {
            try? await second.close()
            try? await engine.remove(name, first)
            throw error
        }
        try await second.close()
        try await engine.remove(name, first)
    }

    private func importBothAtOnce(into first: LMHubStore, _ second: LMHubStore) async throws {
        func rows(value: Double) -> String {
            (["station,time,parameter,value,unit"] + (0..<12_000).map { hour in
                "VT-\(hour % 4),\(ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(hour / 4) * 3600))),DO,\(value),mg/L"
            }).joined(separator: "\n")
        }
        let (one, other) = (try temporaryFile(rows(value: 7)), try temporaryFile(rows(value: 8)))
        async let a = importFile(one, into: first)
        async let b = importFile(other, into: second)
        let summaries = try await [a, b]
        #expect(summaries.map(\.stored).sorted() == [0, 12_000])
        #expect(summaries.map(\.conflicts.count).sorted() == [0, 12_000])
        #expect(try await first.observationCount() == 12_000)
    }
}
