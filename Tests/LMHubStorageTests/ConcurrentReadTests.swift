import Foundation
import LMHubCore
import LMHubStorage
import Testing

/// Readers beside the one writer (issue 12): a read never sees what a write has not committed, and never
/// waits for the write to end. SQLite files and PostgreSQL (an in-memory SQLite database has no readers apart).
struct ConcurrentReadTests {
    struct Halfway: Error {}

    /// DO at `LMH-09`, one a day from day `first`.
    static func records(_ count: Int, from first: Int = 1) -> [ObservationRecord] {
        (first..<(first + count)).map { day in
            ObservationRecord(station: "LMH-09", parameter: ParameterRegistry.water.parameter(named: "DO")!,
                              time: Date(timeIntervalSince1970: Double(day) * 86_400), dayAssumed: false,
                              reported: MeasuredValue(value: 7, unit: .milligramsPerLitre), canonicalValue: 7, line: day + 1)
        }
    }

    @Test(arguments: Engine.available) func anImportRolledBackHalfwayIsNeverSeenByAReader(engine: Engine) async throws {
        try await engine.withStore { store in
            _ = try await importFile(try temporaryFile(longFile), into: store)
            let before = try await store.observationCount()
            await #expect(throws: Halfway.self) {
                _ = try await store.importing(sourceFile: "halfway.csv") { sink in
                    try await sink.write(Self.records(4500))
                    // 4,000 rows and a new station are written in the open transaction; readers do not see them.
                    #expect(try await store.observationCount() == before)
                    #expect(try await store.station(id: "LMH-09") == nil)
                    #expect(try await store.observations(station: "LMH-09").isEmpty)
                    throw Halfway()
                }
            }
            #expect(try await store.observationCount() == before)
            #expect(try await store.station(id: "LMH-09") == nil)
        }
    }

    /// Reads in a loop while an import of 6,000 observations commits: each sees all of it or none.
    @Test(arguments: Engine.available) func concurrentReadersSeeAWholeImportOrNone(engine: Engine) async throws {
        try await engine.withStore { store in
            _ = try await importFile(try temporaryFile(longFile), into: store)
            let before = try await store.observationCount()
            let seen = try await withThrowingTaskGroup(of: Set<Int>.self) { group in
                let importing = Task {
                    try await store.importing(sourceFile: "whole.csv") { sink in
                        for part in 0..<6 { try await sink.write(Self.records(1000, from: 1 + part * 1000)) }
                    }
                }
                for _ in 0..<3 {
                    group.addTask {
                        var counts = Set<Int>()
                        var reads = 0
                        repeat {
                            counts.insert(try await store.observationCount())
                            reads += 1
                        } while !counts.contains(before + 6000) && reads < 100_000
                        return counts
                    }
                }
                _ = try await importing.value
                return try await group.reduce(into: Set<Int>()) { $0.formUnion($1) }
            }
            #expect(seen.isSubset(of: [before, before + 6000]), "counts read: \(seen.sorted())")
            #expect(try await store.observationCount() == before + 6000)
        }
    }

    /// Two stores on one SQLite file, as `lmhub serve` and `lmhub import` in two processes: a write of the one
    /// waits for the other's long import (6 s, more than SQLite's 5 s default wait) instead of failing busy.
    @Test func aWriteWaitsForAnotherProcesssLongImport() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lmhub-busy-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let importer = try await LMHubStore.open(path)
        let server = try await LMHubStore.open(path)
        let started = AsyncStream<Void>.makeStream()
        let importing = Task {
            try await importer.importing(sourceFile: "long.csv") { sink in
                try await sink.write(Self.records(10))
                started.continuation.yield()
                try await Task.sleep(for: .seconds(6))
            }
        }
        for await _ in started.stream { break }
        let token = try await server.createToken(name: "during-import", role: .editor)
        #expect(token.hasPrefix("lmh_"))
        #expect(try await importing.value.outcome.stored == 10)
        #expect(try await server.tokens().map(\.name) == ["during-import"])
        try await importer.close()
        try await server.close()
    }
}
