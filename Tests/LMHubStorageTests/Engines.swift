import Foundation
import LMHubStorage
import Testing

/// The database engines the storage conformance suite runs on: SQLite always, PostgreSQL when
/// `LMHUB_TEST_POSTGRES_URL` names a server (`scripts/with-postgres.sh` starts one and sets it; CI does).
/// Each PostgreSQL test works in a schema of its own, dropped at the end.
enum Engine: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    static var postgresURL: String? { ProcessInfo.processInfo.environment["LMHUB_TEST_POSTGRES_URL"] }
    static var available: [Engine] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    var testDescription: String { rawValue }

    /// A name for a database that `open(_:)` can open again: an SQLite file path, or a PostgreSQL schema.
    func newName() -> String {
        switch self {
        case .sqlite: FileManager.default.temporaryDirectory.appendingPathComponent("lmhub-\(UUID().uuidString).sqlite").path
        case .postgres: "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        }
    }

    func open(_ name: String) async throws -> LMHubStore {
        switch self {
        case .sqlite: try await LMHubStore.open(name)
        case .postgres: try await LMHubStore.openPostgres(url: Self.postgresURL ?? "", searchPath: name)
        }
    }

    /// Runs `body` with a new, empty store and removes it afterwards, whether `body` passed or threw.
    func withStore<R>(_ body: (LMHubStore) async throws -> R) async throws -> R {
        let name = newName()
        let store = try await open(name)
        do {
            let result = try await body(store)
            try await remove(name, store)
            return result
        } catch {
            try? await remove(name, store)
            throw error
        }
    }

    func remove(_ name: String, _ store: LMHubStore) async throws {
        switch self {
        case .sqlite:
            try await store.close()
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: name + suffix) }
        case .postgres:
            try await store.administer { try await $0.raw("DROP SCHEMA \(unsafeRaw: "\"\(name)\"") CASCADE").run() }
            try await store.close()
        }
    }
}
