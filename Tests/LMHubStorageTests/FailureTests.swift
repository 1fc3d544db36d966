import Foundation
import LMHubCore
import LMHubIngest
import Testing
@testable import LMHubStorage

/// Connection failures and a database lost in mid-import: a clear error, nothing half-written.
struct FailureTests {
    @Test func aFolderThatDoesNotExistGivesAClearError() async throws {
        let error = await #expect(throws: StorageError.self) { try await LMHubStore.open("/nonexistent/folder/hub.sqlite") }
        #expect(error?.description.contains("/nonexistent/folder/hub.sqlite") == true)
    }

    @Test func aRefusedConnectionNamesTheServerAndHidesThePassword() async throws {
        let error = await #expect(throws: StorageError.self) {
            try await LMHubStore.open("postgres://lmhub:secret@127.0.0.1:1/hub?tlsmode=disable")
        }
        #expect(error?.description.contains("postgres://lmhub:***@127.0.0.1:1/hub") == true)
        #expect(error?.description.contains("secret") == false)
        #expect(error?.description.contains("refused") == true)
    }

    @Test(.enabled(if: Engine.postgresURL != nil)) func anUnknownDatabaseIsNamed() async throws {
        let url = try #require(Engine.postgresURL).replacingOccurrences(of: "/postgres?", with: "/no_such_db?")
        let error = await #expect(throws: StorageError.self) { try await LMHubStore.open(url) }
        #expect(error?.description.contains("database \"no_such_db\" does not exist") == true)
    }

    @Test(.enabled(if: Engine.postgresURL != nil)) func aWrongPasswordSaysSoAndHidesIt() async throws {
        let url = try #require(Engine.postgresURL).replacingOccurrences(of: "lmhub:lmhub@", with: "lmhub:wrong-secret@")
        let error = await #expect(throws: StorageError.self) { try await LMHubStore.open(url) }
        #expect(error?.description.contains("password authentication failed") == true)
        #expect(error?.description.contains("wrong-secret") == false)
    }

    /// The server ends the import's connection half-way: the import throws, and the data stored before
    /// (the first import) is all there is.
    @Test(.enabled(if: Engine.postgresURL != nil)) func aConnectionLostMidImportLeavesNothingHalfWritten() async throws {
        let schema = Engine.postgres.newName()
        let store = try await Engine.postgres.open(schema)
        _ = try await importFile(try temporaryFile(longFile), into: store)
        let killer = try await Engine.postgres.open(schema)
        let pid = try #require(try await store.administer { try await $0.raw("SELECT pg_backend_pid() AS pid").first(decodingColumn: "pid", as: Int.self) })
        let records = (1...3000).map { day in
            ObservationRecord(station: "LMH-09", parameter: ParameterRegistry.water.parameter(named: "DO")!,
                              time: Date(timeIntervalSince1970: Double(day) * 86_400), dayAssumed: false,
                              reported: MeasuredValue(value: 7, unit: .milligramsPerLitre), canonicalValue: 7, line: day + 1)
        }
        await #expect(throws: (any Error).self) {
            _ = try await store.importing(sourceFile: "lost.csv") { sink in
                try await sink.write(Array(records.prefix(2500)))
                try await killer.read { try await $0.raw("SELECT pg_terminate_backend(\(bind: pid))").run() }
                try await sink.write(Array(records.suffix(500)))
            }
        }
        try? await store.close()
        #expect(try await killer.observationCount() == 6)
        #expect(try await killer.station(id: "LMH-09") == nil)
        try await Engine.postgres.remove(schema, killer)
    }
}
