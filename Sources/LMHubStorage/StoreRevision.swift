import SQLKit

/// A number every write transaction of the store advances (imports, station saves inside them, hub edits),
/// kept in the database (`store_revision`, migration 4), so that results computed from the store can be kept
/// until it changes, whichever process wrote. Advanced inside the writing transaction: a reader never sees a
/// new revision with old rows, and a rolled-back write leaves the revision as it was.
extension LMHubStore {
    /// The store's current revision.
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
