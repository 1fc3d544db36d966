import Foundation
import Hummingbird
import HummingbirdTesting
import LMHubCore
import LMHubStorage
import Testing
@testable import LMHubServer

/// Many requests at once (issue 12): pages and API answered while imports and hub edits write, on an SQLite
/// file and on PostgreSQL; on PostgreSQL, the hub answers again after the server ends its connections.
struct ServingUnderLoadTests {
    enum Database: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case sqlite, postgres
        var testDescription: String { rawValue }
        static var postgresURL: String? { ProcessInfo.processInfo.environment["LMHUB_TEST_POSTGRES_URL"] }
        static var available: [Database] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }
    }

    /// Runs `body` with the router over a new store of `database` filled with the bundled data, the store and
    /// an admin token (deletes need one); removes the store afterwards.
    static func withLoadedHub(_ database: Database, _ body: @Sendable (any TestClientProtocol, LMHubStore, String) async throws -> Void) async throws {
        let name = "t_load_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(name + ".sqlite").path
        let store = database == .sqlite ? try await LMHubStore.open(file)
            : try await LMHubStore.openPostgres(url: Database.postgresURL ?? "", searchPath: name)
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) } }
        do {
            _ = try await Seed.fillIfEmpty(store)
            let admin = try await store.createToken(name: "admin", role: .admin)
            try await Application(router: try buildRouter(store: store)).test(.router) { client in try await body(client, store, admin) }
        } catch {
            try? await close(store, database, name)
            throw error
        }
        try await close(store, database, name)
    }

    private static func close(_ store: LMHubStore, _ database: Database, _ schema: String) async throws {
        if database == .postgres { try await store.administer { try await $0.raw("DROP SCHEMA \(unsafeRaw: "\"\(schema)\"") CASCADE").run() } }
        try await store.close()
    }

    static let readPaths = [
        "/", "/stations/Lumphat", "/stations/Hanoi", "/hub", "/hub?q=water", "/api/v1/stations", "/api/v1/latest?parameter=DO",
        "/api/v1/stations/Hanoi/aqi?limit=50", "/api/v1/stations/Siempang/observations?limit=100", "/api/v1/assessments?station=Lumphat",
        "/api/v1/hub/items?q=water", "/ogc/collections/stations/items?limit=5", "/sta/v1.1/Things",
    ]

    @Test(arguments: Database.available) func parallelReadsDuringImportsAndHubEditsNeverAnswer5xx(database: Database) async throws {
        try await Self.withLoadedHub(database) { client, store, admin in
            let statuses = try await withThrowingTaskGroup(of: [UInt16].self) { group in
                group.addTask {
                    var written: [UInt16] = []
                    for round in 0..<3 {
                        let rows = (0..<400).map { "LOAD-\(round),2021-01-01T00:00:00Z,DO,\(6 + Double($0 % 9) / 10),mg/L" }
                        let text = "station,time,parameter,value,unit\n" + rows.enumerated().map { index, row in
                            row.replacingOccurrences(of: "2021-01-01T00", with: String(format: "2021-01-%02dT%02d", 1 + index / 24, index % 24))
                        }.joined(separator: "\n")
                        _ = try await CachedResultsTests.importLong(text, into: store)
                        let id = "load-test-\(round)"
                        let item = #"{"id": "\#(id)", "kind": "event", "title": {"en": "Load test \#(round)"}, "date": "2024-01"}"#
                        written.append(try await send(client, .post, "/api/v1/hub/items", token: admin, json: item).0.code.clamped)
                        written.append(try await send(client, .delete, "/api/v1/hub/items/\(id)", token: admin).0.code.clamped)
                    }
                    return written
                }
                for reader in 0..<4 {
                    group.addTask {
                        var codes: [UInt16] = []
                        for index in 0..<40 {
                            let path = Self.readPaths[(index + reader * 3) % Self.readPaths.count]
                            codes.append(try await client.execute(uri: path, method: .get) { $0.status.code.clamped })
                        }
                        return codes
                    }
                }
                return try await group.reduce(into: [UInt16]()) { $0 += $1 }
            }
            #expect(statuses.count == 4 * 40 + 6)
            #expect(statuses.allSatisfy { $0 < 500 }, "server errors: \(statuses.filter { $0 >= 500 })")
            #expect(statuses.filter { $0 == 200 || $0 == 201 || $0 == 204 }.count == statuses.count, "\(Dictionary(grouping: statuses, by: { $0 }).mapValues(\.count))")
            #expect(try await store.stations().contains { $0.id == "LOAD-2" })
        }
    }

    /// The server ends every connection of the hub (a restart, an administrator's `pg_terminate_backend`); the
    /// next reads and writes are answered on new connections.
    @Test(.enabled(if: Database.postgresURL != nil)) func afterThePostgreSQLServerEndsItsConnectionsTheNextRequestsAreAnswered() async throws {
        try await Self.withLoadedHub(.postgres) { client, store, admin in
            let schema = try await store.read { try await $0.raw("SELECT current_schema() AS s").first(decodingColumn: "s", as: String.self) ?? "" }
            try await expectAnswer(client, "/api/v1/stations", .ok, containing: "Lumphat")
            let other = try await LMHubStore.openPostgres(url: Database.postgresURL ?? "")
            let ended = try await other.read { db in
                try await db.raw("""
                    SELECT COUNT(pg_terminate_backend(pid)) AS n FROM pg_stat_activity
                    WHERE application_name = \(bind: "lmhub " + schema)
                    """).first(decodingColumn: "n", as: Int.self) ?? 0
            }
            try await other.close()
            #expect(ended >= 2, "the hub's writer and at least one reader")
            try await expectAnswer(client, "/api/v1/stations?country=KH", .ok, containing: "Lumphat")
            try await expectAnswer(client, "/stations/Lumphat", .ok, containing: "Lumphat")
            let item = #"{"id": "after-restart", "kind": "event", "title": {"en": "After the restart"}, "date": "2024-01"}"#
            #expect(try await send(client, .post, "/api/v1/hub/items", token: admin, json: item).0 == .created)
            try await expectAnswer(client, "/api/v1/hub/items/after-restart", .ok, containing: "After the restart")
        }
    }
}

private extension Int {
    var clamped: UInt16 { UInt16(clamping: self) }
}
