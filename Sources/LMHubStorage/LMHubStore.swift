import Foundation
import LMHubCore
import Logging
import PostgresKit
import SQLiteKit
import Synchronization

/// The store of stations and observations (SQLKit), migrated on open: SQLite by default, PostgreSQL for a
/// `postgres://` location. Both run the same migrations and queries; what differs between the engines is named
/// where it differs (`pragmas`, `ObservationsTable`, `insertedRowCount`, ``StoreConnections``).
///
/// Reads run on reader connections beside one writer: ``read(_:)`` (and the store's query functions) never see
/// a write before it commits, and never wait for one; ``write(_:)`` runs one transaction at a time on the
/// writer. Open it with ``open(_:)``; close it with ``close()``.
public final class LMHubStore: Sendable {
    /// Reads: each statement on a free reader connection. Writes go through ``write(_:)``.
    let db: any SQLDatabase
    let connections: StoreConnections
    private let closing = ClosingFlag()
    /// Keeps write transactions apart on the one writer.
    let writes = WriteQueue()
    let revisions = RevisionClock()

    init(connections: StoreConnections) {
        self.connections = connections
        self.db = connections.reader
    }

    /// Calls `action` if the server closes the writer connection during a write, before ``close()`` (PostgreSQL:
    /// the server stopped, or the backend was terminated; SQLite files cannot be lost this way). The driver may
    /// leave the statement in flight waiting forever in that case, so a command should stop when this fires; the
    /// server rolls back the open transaction. Reads need no such care: a lost reader is replaced.
    public func whenConnectionLost(_ action: @escaping @Sendable () -> Void) {
        guard case let .client(_, watch) = connections.writer else { return }
        watch.add { [closing] in if !closing.isSet { action() } }
    }

    /// Runs `body` with the readers: every statement it runs sees only committed rows.
    public func read<R>(isolation: isolated (any Actor)? = #isolation, _ body: (any SQLDatabase) async throws -> R) async throws -> R {
        try await body(db)
    }

    /// Runs `body` in one transaction on the writer, after the writes before it, and advances the store's
    /// revision in it: committed when `body` returns, rolled back (nothing stored) when it throws.
    public func write<R>(isolation: isolated (any Actor)? = #isolation, _ body: (any SQLDatabase) async throws -> R) async throws -> R {
        try await bulkWrite { db, _ in try await body(db) }
    }

    /// ``write(isolation:_:)`` with the writer also as its driver's connection, for bulk loads.
    func bulkWrite<R>(isolation: isolated (any Actor)? = #isolation, _ body: (any SQLDatabase, BulkConnection) async throws -> R) async throws -> R {
        defer { revisions.wrote() }
        return try await writes.run {
            try await connections.writer.with { db, bulk in
                try await Transaction.run(on: db) {
                    let result = try await body(db, bulk)
                    try await Self.advanceRevision(on: db)
                    return result
                }
            }
        }
    }

    /// Runs `body` on the writer outside a transaction, after the writes before it: administration that may
    /// not run inside one (`CREATE DATABASE`, `DROP SCHEMA`, `VACUUM`).
    public func administer<R>(isolation: isolated (any Actor)? = #isolation, _ body: (any SQLDatabase) async throws -> R) async throws -> R {
        defer { revisions.wrote() }
        return try await writes.run { try await connections.writer.with { db, _ in try await body(db) } }
    }

    /// Reader connections lent now, and reads waiting for one (`/metrics`).
    public var readerUsage: (inUse: Int, waiting: Int) {
        let usage = connections.readerUsage()
        return (usage.lent, usage.waiting)
    }

    /// Writes waiting for the writer (`/metrics`).
    public var writesWaiting: Int { writes.waiting }

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
        error is PSQLError || error is SQLiteError ? StorageError.reason(error) : String(describing: error)
    }

    /// A location fit for messages and logs: a PostgreSQL URL's password is replaced by `***`.
    public static func describe(_ location: String) -> String {
        PostgresLocation.redacted(location)
    }

    /// Opens (creating if needed) the SQLite file at `path`, or an in-memory database for `:memory:`,
    /// applies any pending migrations on the writer, then opens the readers.
    /// - Throws: ``StorageError/cannotOpen`` with the path and SQLite's message.
    public static func openSQLite(path: String, logger: Logger = Logger(label: "lmhub.storage")) async throws -> LMHubStore {
        do {
            let writer = try await StoreConnections.openSQLiteWriter(path: path, logger: logger)
            try await prepare(writer.sql(queryLogLevel: nil), settings: pragmas) { try await writer.close() }
            do {
                return LMHubStore(connections: try await .sqlite(path: path, writer: writer, logger: logger))
            } catch {
                try? await writer.close()
                throw error
            }
        } catch {
            throw StorageError.cannotOpen(path: path, reason: StorageError.reason(error))
        }
    }

    /// Applies `settings` and the pending migrations on `db`; runs `close` and throws if either fails.
    static func prepare(_ db: any SQLDatabase, settings: [String], close: () async throws -> Void) async throws {
        do {
            for setting in settings { try await db.raw(SQLQueryString(setting)).run() }
            _ = try await Migrations.run(on: db)
        } catch {
            try? await close()
            throw error
        }
    }

    /// Connection settings: foreign keys enforced; write-ahead log (readers never block the writer), with
    /// `synchronous = NORMAL`, which the SQLite documentation gives as safe from corruption in WAL mode;
    /// statement journals and temporary tables in memory, a 64 MiB page cache (large imports); a writer waits up
    /// to 60 s for another process's write (an import of a million observations takes about 10 s; a server's
    /// hub edit during one waits for it) instead of failing at once.
    static let pragmas = [
        "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
        "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536", "PRAGMA busy_timeout = 60000",
    ]

    /// Closes every connection, also when the calling task is cancelled (a server shutting down): the close
    /// runs in a task of its own, since the drivers' blocking-pool work of a cancelled task is dropped, which
    /// would leave an SQLite connection open.
    public func close() async throws {
        closing.set()
        let connections = self.connections
        try await Task { try await connections.close() }.value
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
        if let sqlite = error as? SQLiteError, sqlite.reason == .busy {
            return "another process kept this database locked for writing (an import?) for over 60 s; try again when it has finished"
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
