import Foundation
import LMHubCore
import Logging
import SQLiteKit

/// The store of stations and observations over one SQL connection (SQLKit), migrated on open.
///
/// Open it with ``openSQLite(path:)``; close it with ``close()``.
public final class LMHubStore: Sendable {
    /// The SQLKit database of the one connection.
    public let db: any SQLDatabase
    private let closeConnection: @Sendable () async throws -> Void

    init(db: any SQLDatabase, close: @escaping @Sendable () async throws -> Void) {
        self.db = db
        self.closeConnection = close
    }

    /// Opens (creating if needed) the SQLite file at `path`, or an in-memory database for `:memory:`,
    /// and applies any pending migrations.
    /// - Throws: ``StorageError/cannotOpen`` with the path and SQLite's message.
    public static func openSQLite(path: String, logger: Logger = Logger(label: "lmhub.storage")) async throws -> LMHubStore {
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(storage: path == ":memory:" ? .memory : .file(path: path), logger: logger)
        } catch {
            throw StorageError.cannotOpen(path: path, reason: String(describing: error))
        }
        let store = LMHubStore(db: connection.sql(queryLogLevel: nil)) { try await connection.close() }
        do {
            for pragma in pragmas { try await store.db.raw(SQLQueryString(pragma)).run() }
            _ = try await Migrations.run(on: store.db)
        } catch {
            try? await connection.close()
            throw StorageError.cannotOpen(path: path, reason: String(describing: error))
        }
        return store
    }

    /// Connection settings: foreign keys enforced; write-ahead log (readers never block the writer), with
    /// `synchronous = NORMAL`, which the SQLite documentation gives as safe from corruption in WAL mode;
    /// statement journals and temporary tables in memory, a 64 MiB page cache (large imports).
    static let pragmas = [
        "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
        "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536",
    ]

    public func close() async throws {
        try await closeConnection()
    }

    /// Number of observations stored.
    public func observationCount() async throws -> Int {
        try await db.raw("SELECT COUNT(*) AS n FROM observations").first(decodingColumn: "n", as: Int.self) ?? 0
    }
}

/// Failures of the store, with what was being done.
public enum StorageError: Error, CustomStringConvertible, Sendable {
    case cannotOpen(path: String, reason: String)
    case unknownStation(String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason): "cannot open database \(path): \(reason)"
        case let .unknownStation(id): "no station '\(id)'"
        }
    }
}
