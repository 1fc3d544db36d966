import Logging
import NIOCore
import SQLKit

/// An `SQLDatabase` whose every statement runs on a connection borrowed for that statement alone: the
/// store's readers. A statement sees only what was committed when it started (SQLite in WAL mode, PostgreSQL's
/// read committed); statements of one read may run on different connections, so a read that must see one
/// state across statements runs them in one query.
struct LeasedDatabase: SQLDatabase {
    /// Runs one statement's work on a borrowed connection.
    typealias Borrow = @Sendable (_ work: @Sendable (any SQLDatabase) async throws -> Void) async throws -> Void

    let logger: Logger
    let eventLoop: any EventLoop
    let dialect: any SQLDialect
    let version: (any SQLDatabaseReportedVersion)?
    var queryLogLevel: Logger.Level? { nil }
    let borrow: Borrow

    init(logger: Logger, eventLoop: any EventLoop, dialect: any SQLDialect, version: (any SQLDatabaseReportedVersion)? = nil,
         borrow: @escaping Borrow) {
        self.logger = logger
        self.eventLoop = eventLoop
        self.dialect = dialect
        self.version = version
        self.borrow = borrow
    }

    /// A database like `template` (its dialect and version) whose statements run where `borrow` puts them.
    init(like template: any SQLDatabase, borrow: @escaping Borrow) {
        self.init(logger: template.logger, eventLoop: template.eventLoop, dialect: template.dialect, version: template.version, borrow: borrow)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> ()) async throws {
        try await borrow { db in try await db.execute(sql: query, onRow) }
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> ()) -> EventLoopFuture<Void> {
        let promise = eventLoop.makePromise(of: Void.self)
        promise.completeWithTask { try await self.execute(sql: query, onRow) }
        return promise.futureResult
    }
}
