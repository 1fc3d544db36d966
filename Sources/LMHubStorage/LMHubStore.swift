import Foundation
import LMHubCore
import Logging
import PostgresKit
import SQLiteKit
import Synchronization

/// The store of stations and observations over one SQL connection (SQLKit), migrated on open: SQLite by
/// default, PostgreSQL for a `postgres://` location. Both run the same migrations and queries; what differs
/// between the engines is named where it differs (`pragmas`, `ObservationsTable`, `insertedRowCount`).
///
/// Open it with ``open(_:)``; close it with ``close()``.
public final class LMHubStore: Sendable {
    /// The SQLKit database of the one connection.
    public let db: any SQLDatabase
    private let closeConnection: @Sendable () async throws -> Void
    private let onLost: @Sendable (@escaping @Sendable () -> Void) -> Void
    private let closing = ClosingFlag()
    /// Keeps write transactions of concurrent requests apart on the one connection.
    let writes = WriteQueue()

    init(db: any SQLDatabase, close: @escaping @Sendable () async throws -> Void,
         onLost: @escaping @Sendable (@escaping @Sendable () -> Void) -> Void = { _ in }) {
        self.db = db
        self.closeConnection = close
        self.onLost = onLost
    }

    /// Calls `action` if the server closes the connection before ``close()`` does (PostgreSQL: the server
    /// stopped, or the backend was terminated; SQLite files cannot be lost this way). The driver may leave a
    /// query in flight waiting forever in that case, so a command should stop when this fires; the server
    /// rolls back the open transaction.
    public func whenConnectionLost(_ action: @escaping @Sendable () -> Void) {
        onLost { [closing] in if !closing.isSet { action() } }
    }

    /// Opens the database at `location`: a PostgreSQL URL (`postgres://user:password@host:port/database`,
    /// also `postgresql://`), or else the path of an SQLite file (`:memory:` for a throwaway database).
    /// - Throws: ``StorageError/cannotOpen`` naming the location (password hidden) and the reason.
    public static func open(_ location: String, logger: Logger = Logger(label: "lmhub.storage")) async throws -> LMHubStore {
        if PostgresLocation.isPostgres(location) { return try await openPostgres(url: location, logger: logger) }
        if PostgresLocation.isOtherURL(location) {
            throw StorageError.cannotOpen(path: location, reason: "LMHub stores data in SQLite (a file path) or PostgreSQL (postgres://…); this URL is neither")
        }
        return try await openSQLite(path: location, logger: logger)
    }

    /// An error in words fit for a user: PostgreSQL's own message where the driver has one (its errors
    /// otherwise print a generic text), the error's description else.
    public static func describe(error: any Error) -> String {
        error is PSQLError ? StorageError.reason(error) : String(describing: error)
    }

    /// A location fit for messages and logs: a PostgreSQL URL's password is replaced by `***`.
    public static func describe(_ location: String) -> String {
        PostgresLocation.redacted(location)
    }

    /// Opens (creating if needed) the SQLite file at `path`, or an in-memory database for `:memory:`,
    /// and applies any pending migrations.
    /// - Throws: ``StorageError/cannotOpen`` with the path and SQLite's message.
    public static func openSQLite(path: String, logger: Logger = Logger(label: "lmhub.storage")) async throws -> LMHubStore {
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(storage: path == ":memory:" ? .memory : .file(path: path), logger: logger)
        } catch {
            throw StorageError.cannotOpen(path: path, reason: StorageError.reason(error))
        }
        let store = LMHubStore(db: connection.sql(queryLogLevel: nil)) { try await connection.close() }
        return try await store.prepared(location: path, settings: pragmas)
    }

    /// Applies `settings` and the pending migrations; closes the connection and throws if either fails.
    func prepared(location: String, settings: [String]) async throws -> LMHubStore {
        do {
            for setting in settings { try await db.raw(SQLQueryString(setting)).run() }
            _ = try await Migrations.run(on: db)
        } catch {
            try? await close()
            throw StorageError.cannotOpen(path: location, reason: StorageError.reason(error))
        }
        return self
    }

    /// Connection settings: foreign keys enforced; write-ahead log (readers never block the writer), with
    /// `synchronous = NORMAL`, which the SQLite documentation gives as safe from corruption in WAL mode;
    /// statement journals and temporary tables in memory, a 64 MiB page cache (large imports); a writer waits up
    /// to 5 s for another process's write (a second server on the same file) instead of failing at once.
    static let pragmas = [
        "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
        "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536", "PRAGMA busy_timeout = 5000",
    ]

    public func close() async throws {
        closing.set()
        try await closeConnection()
    }

    /// Runs `SELECT 1`: whether the database answers (health checks).
    public func ping() async throws {
        try await db.raw("SELECT 1 AS one").run()
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
    /// An observation of the other medium for a station (PM2.5 for a river station).
    case kindMismatch(station: String, stored: Station.Kind)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason): "cannot open database \(PostgresLocation.redacted(path)): \(reason)"
        case let .unknownStation(id): "no station '\(id)'"
        case let .kindMismatch(id, stored): "'\(id)' is a\(stored == .air ? "n air" : " water") station; this file gives it \(stored == .air ? "water" : "air") observations"
        }
    }

    /// The words of a driver's error: PostgreSQL's server message where there is one.
    static func reason(_ error: any Error) -> String {
        if let psql = error as? PSQLError {
            if let message = psql.serverInfo?[.message] { return message }
            switch psql.code {
            case .connectionError, .serverClosedConnection:
                return "cannot reach the server (is it running, and are host and port right?)" + (psql.underlying.map { "; \($0)" } ?? "")
            case .sslUnsupported:
                return "the server does not offer TLS; add ?tlsmode=disable to the URL if that is intended"
            default:
                return String(reflecting: psql.code) + (psql.underlying.map { ": \($0)" } ?? "")
            }
        }
        return String(describing: error)
    }
}

/// Set once the store closes its connection on purpose, so that the close is not taken for a loss.
final class ClosingFlag: Sendable {
    private let value = Mutex(false)
    var isSet: Bool { value.withLock { $0 } }
    func set() { value.withLock { $0 = true } }
}
