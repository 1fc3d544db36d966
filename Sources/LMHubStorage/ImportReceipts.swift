import Crypto
import Foundation
import SQLKit

/// What identifies one reading of a file: its content (SHA-256 of its bytes) and how it was read (layout,
/// zones, units, missing-value marks, and the build of LMHub that read it), as the caller describes it.
public struct ImportReceiptKey: Sendable, Hashable {
    public let contentSHA256: String
    public let reading: String

    public init(contentSHA256: String, reading: String) {
        self.contentSHA256 = contentSHA256
        self.reading = reading
    }

    /// The key of the file at `path`, read in 1 MiB chunks.
    /// - Throws: the file system's error when the file cannot be read.
    public init(file path: String, reading: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        var digest = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { digest.update(data: chunk) }
        self.init(contentSHA256: digest.finalize().map { String(format: "%02x", $0) }.joined(), reading: reading)
    }
}

/// Receipts of clean imports: an import that stored or found stored every observation it read, with no
/// conflict, replacement or rejected row, leaves the file's key (``ImportReceiptKey``) and the summary of its
/// reading. Importing the same content read the same way again can only find every observation stored with
/// the same value — as long as nothing stored was changed or deleted since: no observation, station (its
/// zone), datastream or parameter. The store keeps that as a number, the observation epoch, which triggers
/// advance on every update or delete of those tables, by LMHub or anyone else (migration 7); a receipt holds
/// only while the epoch is the one of its import. Inserts leave it: they add keys, never change a stored one.
extension LMHubStore {
    /// The summary saved with `key`'s receipt, if there is one and nothing stored has changed since.
    public func receipt(for key: ImportReceiptKey) async throws -> (summary: String, importedAt: Date, file: String)? {
        struct Row: Decodable { let summary: String; let imported_at: Int64; let file_name: String }
        let row = try await read { db in
            try await db.select().columns(SQLColumn("summary", table: "r"), SQLColumn("imported_at", table: "r"), SQLColumn("file_name", table: "r"))
                .from(SQLAlias(SQLIdentifier("import_receipts"), as: SQLIdentifier("r")))
                .join(SQLAlias(SQLIdentifier("observation_epoch"), as: SQLIdentifier("e")), on: SQLColumn("epoch", table: "e"), .equal,
                      SQLColumn("observation_epoch", table: "r"))
                .where(SQLColumn("content_sha256", table: "r"), .equal, SQLBind(key.contentSHA256))
                .where(SQLColumn("reading", table: "r"), .equal, SQLBind(key.reading))
                .first(decoding: Row.self)
        }
        return row.map { ($0.summary, Date(timeIntervalSince1970: Double($0.imported_at) / 1000), $0.file_name) }
    }

    /// Keeps `summary` as `key`'s receipt, valid while the observation epoch stays `epoch` (the one the clean
    /// import ended with: ``ImportOutcome/observationEpoch``). A later change makes it stale, never wrong.
    public func saveReceipt(_ key: ImportReceiptKey, file: String, summary: String, epoch: Int64) async throws {
        try await write { db in
            try await db.delete(from: "import_receipts").where("content_sha256", .equal, key.contentSHA256).where("reading", .equal, key.reading).run()
            try await db.insert(into: "import_receipts")
                .columns("content_sha256", "reading", "file_name", "summary", "observation_epoch", "imported_at")
                .values(key.contentSHA256, key.reading, file, summary, epoch, Int64(Date().timeIntervalSince1970 * 1000))
                .run()
        }
    }

    /// The observation epoch, read on `db` (in the import's transaction).
    static func observationEpoch(on db: any SQLDatabase) async throws -> Int64 {
        try await db.select().column("epoch").from("observation_epoch").where("id", .equal, 1)
            .first(decodingColumn: "epoch", as: Int64.self) ?? 0
    }

    /// Migration 7: the receipts, the epoch and the triggers that advance it.
    static func createReceiptTables(on db: any SQLDatabase) async throws {
        try await db.create(table: "observation_epoch")
            .column("id", type: .int, .primaryKey(autoIncrement: false))
            .column("epoch", type: .bigint, .notNull)
            .run()
        try await db.insert(into: "observation_epoch").columns("id", "epoch").values(SQLBind(1), SQLBind(Int64(0))).run()
        try await db.create(table: "import_receipts")
            .column("content_sha256", type: .text, .notNull)
            .column("reading", type: .text, .notNull)
            .column("file_name", type: .text, .notNull)
            .column("summary", type: .text, .notNull)
            .column("observation_epoch", type: .bigint, .notNull)
            .column("imported_at", type: .bigint, .notNull)
            .primaryKey("content_sha256", "reading")
            .run()
        for statement in epochTriggers(sqlite: db.dialect.name == "sqlite") { try await db.raw(SQLQueryString(statement)).run() }
    }

    /// Per table, update and delete advance the epoch: a row trigger on SQLite, a statement trigger on
    /// PostgreSQL (once for a replace of many rows).
    private static func epochTriggers(sqlite: Bool) -> [String] {
        let tables = ["observations", "stations", "datastreams", "parameters"]
        let advance = "UPDATE observation_epoch SET epoch = epoch + 1 WHERE id = 1"
        guard !sqlite else {
            return tables.flatMap { table in
                ["UPDATE", "DELETE"].map { event in
                    "CREATE TRIGGER \(table)_\(event.lowercased())_advances_epoch AFTER \(event) ON \(table) BEGIN \(advance); END"
                }
            }
        }
        return ["CREATE FUNCTION lmhub_advance_observation_epoch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \(advance); RETURN NULL; END $$"]
            + tables.map { table in
                "CREATE TRIGGER \(table)_advances_epoch AFTER UPDATE OR DELETE OR TRUNCATE ON \(table) FOR EACH STATEMENT EXECUTE FUNCTION lmhub_advance_observation_epoch()"
            }
    }
}
