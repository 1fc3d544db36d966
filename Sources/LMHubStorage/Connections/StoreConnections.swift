import PostgresKit
import SQLiteKit
import SQLKit
import Synchronization

/// The connections of a store: one writer, through which every write transaction passes (in the store's
/// ``WriteQueue``), and readers beside it, so that reads neither queue behind a write nor see it before it
/// commits. SQLite: the writer and four read-only connections on the same file in WAL mode (an in-memory
/// database has only the writer: another connection would see another database). PostgreSQL: a pool of one
/// writer connection and a pool of up to eight read-only ones (postgres-nio's `PostgresClient`); a connection
/// the server closes is replaced on the next use.
struct StoreConnections: Sendable {
    /// Reads: each statement on a free reader connection.
    let reader: any SQLDatabase
    let writer: Writer
    /// Reader connections lent now, and reads waiting for one.
    let readerUsage: @Sendable () -> (lent: Int, waiting: Int)
    let close: @Sendable () async throws -> Void

    /// The one connection of writes.
    enum Writer: Sendable {
        /// SQLite's writer connection.
        case connection(SQLiteConnection)
        /// A pool of at most one PostgreSQL connection: replaced when lost; `watch` hears of a loss during a write.
        case client(PostgresClient, watch: LostConnectionWatch)

        /// Runs `body` on the writer connection, given as SQL and as the driver's connection (bulk loads).
        func with<R>(
            isolation: isolated (any Actor)? = #isolation, _ body: (any SQLDatabase, BulkConnection) async throws -> R
        ) async throws -> R {
            switch self {
            case let .connection(connection):
                return try await body(connection.sql(queryLogLevel: nil), .sqlite(connection))
            case let .client(client, watch):
                return try await client.withConnection { connection in
                    let lease = watch.watch(connection)
                    defer { lease.end() }
                    return try await body(connection.sql(queryLogLevel: nil), .postgres(connection))
                }
            }
        }
    }
}

/// The writer connection as its driver gives it, for what SQL text cannot do fast: binds without encoders
/// (SQLite), `COPY` (PostgreSQL).
enum BulkConnection: Sendable {
    case sqlite(SQLiteConnection)
    case postgres(PostgresConnection)
}

/// Tells those who asked (``LMHubStore/whenConnectionLost(_:)``) when the server closes the writer connection
/// while a write runs on it: the driver may leave the statement in flight waiting, and a command should stop.
final class LostConnectionWatch: Sendable {
    private let actions = Mutex<[@Sendable () -> Void]>([])

    func add(_ action: @escaping @Sendable () -> Void) {
        actions.withLock { $0.append(action) }
    }

    /// Starts watching `connection` until the returned lease ends.
    func watch(_ connection: PostgresConnection) -> Lease {
        let lease = Lease()
        connection.closeFuture.whenComplete { [self] _ in
            guard lease.isActive else { return }
            for action in actions.withLock({ $0 }) { action() }
        }
        return lease
    }

    final class Lease: Sendable {
        private let active = Mutex(true)
        var isActive: Bool { active.withLock { $0 } }
        func end() { active.withLock { $0 = false } }
    }
}
