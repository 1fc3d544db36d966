import SQLKit
import Synchronization

/// A number every write transaction of the store advances (imports, station saves inside them, hub edits),
/// kept in the database (`store_revision`, migration 4), so that results computed from the store can be kept
/// until it changes, whichever process wrote. Advanced inside the writing transaction: a reader never sees a
/// new revision with old rows, and a rolled-back write leaves the revision as it was.
extension LMHubStore {
    /// The store's revision as read at most `maxAge` ago, or at once after a write of this process: what a
    /// cache asks on every request without a query each time. Another process's write shows within `maxAge`.
    public func currentRevision(maxAge: Duration = .milliseconds(250)) async throws -> Int64 {
        let (known, generation) = revisions.known(maxAge: maxAge)
        if let known { return known }
        let value = try await revision()
        revisions.read(value, generation: generation)
        return value
    }

    /// The store's current revision, read from the database.
    public func revision() async throws -> Int64 {
        try await db.select().column("revision").from("store_revision").where("id", .equal, 1)
            .first(decodingColumn: "revision", as: Int64.self) ?? 0
    }

    /// Advances the revision; run inside a write transaction on `db`.
    static func advanceRevision(on db: any SQLDatabase) async throws {
        try await db.update("store_revision").set(SQLIdentifier("revision"), to: SQLRaw("revision + 1")).where("id", .equal, 1).run()
    }

    /// Migration 4's table: one row, id 1.
    static func createRevisionTable(on db: any SQLDatabase) async throws {
        try await db.create(table: "store_revision")
            .column("id", type: .int, .primaryKey(autoIncrement: false))
            .column("revision", type: .bigint, .notNull)
            .run()
        try await db.insert(into: "store_revision").columns("id", "revision").values(SQLBind(1), SQLBind(Int64(0))).run()
    }
}

/// The last revision read and when, forgotten by every write of this process (``LMHubStore/write(_:)``).
final class RevisionClock: Sendable {
    private struct State {
        var value: Int64?
        var readAt = ContinuousClock.now
        /// Advanced by every write, so that a read that started before a write does not keep its older value.
        var generation = 0
    }

    private let state = Mutex(State())

    /// The revision if read less than `maxAge` ago and no write came since, and the generation to read under.
    func known(maxAge: Duration) -> (value: Int64?, generation: Int) {
        state.withLock { state in
            guard let value = state.value, ContinuousClock.now - state.readAt < maxAge else { return (nil, state.generation) }
            return (value, state.generation)
        }
    }

    func read(_ value: Int64, generation: Int) {
        state.withLock { state in
            guard state.generation == generation else { return }
            state.value = value
            state.readAt = .now
        }
    }

    func wrote() {
        state.withLock { state in
            state.value = nil
            state.generation += 1
        }
    }
}
