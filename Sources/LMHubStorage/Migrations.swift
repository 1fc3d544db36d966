import Foundation
import SQLKit

/// One numbered schema change. Migrations run in order, each once, each in its own transaction, and are
/// recorded in `schema_migrations`.
struct Migration: Sendable {
    let version: Int
    let name: String
    let apply: @Sendable (any SQLDatabase) async throws -> Void
}

/// The schema, as numbered migrations. Types are portable between SQLite and PostgreSQL: times are
/// `BIGINT` epoch milliseconds (UTC), flags are `INTEGER` 0/1, reals `DOUBLE PRECISION`.
enum Migrations {
    static let double = SQLDataType.custom(SQLRaw("DOUBLE PRECISION"))

    static let all: [Migration] = [
        Migration(version: 1, name: "monitoring core: stations, parameters, datastreams, observations") { db in
            try await db.create(table: "stations")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("name", type: .text, .notNull)
                .column("country", type: .text)
                .column("water_body", type: .text)
                .column("water_body_kind", type: .text, .notNull)
                .column("kind", type: .text, .notNull)
                .column("latitude", type: double)
                .column("longitude", type: double)
                .column("location_approximate", type: .int, .notNull)
                .column("location_note", type: .text)
                .column("time_zone", type: .text, .notNull)
                .column("operator", type: .text)
                .column("licence", type: .text)
                .run()
            try await db.create(table: "parameters")
                .column("code", type: .text, .primaryKey(autoIncrement: false))
                .column("name", type: .text, .notNull)
                .column("canonical_unit", type: .text, .notNull)
                .run()
            try await db.create(table: "datastreams")
                .column("id", type: .bigint, .primaryKey(autoIncrement: true))
                .column("station_id", type: .text, .notNull, .references("stations", "id"))
                .column("parameter_code", type: .text, .notNull, .references("parameters", "code"))
                .column("unit", type: .text, .notNull)
                .unique("station_id", "parameter_code", "unit")
                .run()
            try await db.execute(sql: ObservationsTable.create(for: db)) { _ in }
        },
        Migration(version: 2, name: "knowledge hub: items, API tokens, audit log") { db in
            try await db.create(table: "hub_items")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("kind", type: .text, .notNull)
                .column("document", type: .text, .notNull)
                .column("updated_at", type: .bigint, .notNull)
                .run()
            try await db.create(table: "api_tokens")
                .column("name", type: .text, .primaryKey(autoIncrement: false))
                .column("role", type: .text, .notNull)
                .column("token_hash", type: .text, .notNull, .unique)
                .column("created_at", type: .bigint, .notNull)
                .column("revoked_at", type: .bigint)
                .run()
            try await db.create(table: "audit_log")
                .column("id", type: .bigint, .primaryKey(autoIncrement: true))
                .column("at", type: .bigint, .notNull)
                .column("actor", type: .text, .notNull)
                .column("action", type: .text, .notNull)
                .column("item_id", type: .text, .notNull)
                .column("before", type: .text)
                .column("after", type: .text)
                .run()
            try await db.create(index: "audit_log_item").on("audit_log").column("item_id").run()
        },
        Migration(version: 3, name: "observation QC flags and unusual marks, audit of observation changes, normalised station ids") { db in
            try await db.alter(table: "observations").column("qc", type: .text).run()
            try await db.alter(table: "observations").column("unusual", type: .text).run()
            try await db.create(table: "observation_changes")
                .column("id", type: .bigint, .primaryKey(autoIncrement: true))
                .column("at", type: .bigint, .notNull)
                .column("reason", type: .text, .notNull)
                .column("station_id", type: .text, .notNull)
                .column("parameter_code", type: .text, .notNull)
                .column("phenomenon_time", type: .bigint, .notNull)
                .column("old_value_reported", type: double, .notNull)
                .column("old_unit", type: .text, .notNull)
                .column("old_censoring", type: .text, .notNull)
                .column("old_source_file", type: .text, .notNull)
                .column("old_source_line", type: .int, .notNull)
                .column("new_value_reported", type: double)
                .column("new_unit", type: .text)
                .column("new_censoring", type: .text)
                .column("new_source_file", type: .text)
                .column("new_source_line", type: .int)
                .run()
            try await StationIDMigration.run(on: db)
        },
        Migration(version: 4, name: "store revision advanced by every write, for cached results") { db in
            try await LMHubStore.createRevisionTable(on: db)
        },
        Migration(version: 5, name: "assessment documents: SDG editions, FHI assessments, carbon projects") { db in
            try await LMHubStore.createDocumentTable(on: db)
        },
        Migration(version: 6, name: "PostgreSQL: an observation's datastream checked once a statement, not once a row") { db in
            try await PostgresDatastreamCheck.install(on: db)
        },
        Migration(version: 7, name: "receipts of clean imports, valid while no stored observation, station or datastream changes") { db in
            try await LMHubStore.createReceiptTables(on: db)
        },
    ]

    /// Applies the migrations `db` has not had yet and returns how many ran.
    static func run(on db: any SQLDatabase) async throws -> Int {
        try await db.create(table: "schema_migrations").ifNotExists()
            .column("version", type: .int, .primaryKey(autoIncrement: false))
            .column("name", type: .text, .notNull)
            .column("applied_at", type: .bigint, .notNull)
            .run()
        let applied = Set(try await db.select().column("version").from("schema_migrations")
            .all(decodingColumn: "version", as: Int.self))
        var count = 0
        for migration in all where !applied.contains(migration.version) {
            try await Transaction.run(on: db) {
                try await migration.apply(db)
                try await db.insert(into: "schema_migrations")
                    .columns("version", "name", "applied_at")
                    .values(migration.version, migration.name, Int64(Date().timeIntervalSince1970 * 1000))
                    .run()
            }
            count += 1
        }
        return count
    }
}
