import SQLiteNIO
import VaporCSQLite

/// One row of `observations` as an import writes it (the import's file name is the same for all rows).
struct NewObservationRow: Sendable {
    let datastream: Int64
    /// Phenomenon time, epoch milliseconds.
    let time: Int64
    let valueReported: Double
    /// In the parameter's canonical unit.
    let value: Double
    let censoring: String
    let dayAssumed: Bool
    let line: Int
    let qc: String?
    let unusual: String?
}

/// A row an insert did not store because its key was taken: its index in the batch, and the stored
/// observation's value as reported, censoring and QC flag.
struct KeptObservation: Sendable {
    let index: Int
    let valueReported: Double
    let censoring: String
    let qc: String?
}

/// Writes rows into `observations`, leaving out those whose key is already stored (`ON CONFLICT DO NOTHING`),
/// on the writer connection inside the import's transaction.
protocol ObservationBulkInsert: Sendable {
    /// Rows a batch should have: a batch is checked (conflicts across units, stored values) in one query of two
    /// binds a row, under the engine's limit of binds a statement.
    var batchSize: Int { get }
    /// Sets up what the inserts need, once, before the first, in the import's transaction.
    func prepare() async throws
    /// Inserts `rows` (sorted by key) and returns how many it stored, and, where the engine tells, the rows
    /// it did not store with the value stored under their key (`nil`: look them up).
    func insert(_ rows: [NewObservationRow]) async throws -> (stored: Int, kept: [KeptObservation]?)
    /// Releases what ``prepare()`` set up; the connection is idle afterwards.
    func close() async
}

extension BulkConnection {
    /// The bulk insert of this connection's engine, rows stamped with `sourceFile`.
    /// - Throws: ``SQLiteHandle/Failure`` when the SQLite driver's connection hides its handle.
    func observationInsert(sourceFile: String) throws -> any ObservationBulkInsert {
        switch self {
        case let .sqlite(connection): try SQLiteObservationInsert(connection: connection, sourceFile: sourceFile)
        case let .postgres(connection): PostgresObservationInsert(connection: connection, sourceFile: sourceFile)
        }
    }
}

/// SQLite: one prepared single-row `INSERT … ON CONFLICT DO NOTHING`, bound and stepped for each row and
/// reused across batches, the way `sqlite3 .import` loads a file. sqlite-nio prepares a statement for every
/// query and has no API for reuse, so this works on the connection's own `sqlite3` handle, read from the
/// driver's connection object (``SQLiteHandle``), through the SQLite library the driver itself links. It is
/// used only inside the import's write transaction, while the store's write queue keeps every other
/// statement off the connection.
final class SQLiteObservationInsert: ObservationBulkInsert, @unchecked Sendable {
    private let db: OpaquePointer
    private let sourceFile: String
    private var statement: OpaquePointer?
    /// The stored value of a key, asked when a row was not stored.
    private var lookup: OpaquePointer?
    static let columns = ["datastream_id", "phenomenon_time", "value_reported", "value", "censoring",
                          "day_assumed", "source_file", "source_line", "qc", "unusual"]

    init(connection: SQLiteConnection, sourceFile: String) throws {
        db = try SQLiteHandle.of(connection)
        self.sourceFile = sourceFile
    }

    /// Few enough rows that reading the next batch and writing this one stay in step.
    var batchSize: Int { 4000 }

    func prepare() async throws {
        let sql = "INSERT INTO observations (\(Self.columns.joined(separator: ", "))) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
            + " ON CONFLICT (datastream_id, phenomenon_time) DO NOTHING"
        try check(sqlite_nio_sqlite3_prepare_v3(db, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil))
        try check(sqlite_nio_sqlite3_bind_text(statement, 7, sourceFile, -1, SQLiteHandle.transient))
        try check(sqlite_nio_sqlite3_prepare_v3(db, "SELECT value_reported, censoring, qc FROM observations WHERE datastream_id = ?1 AND phenomenon_time = ?2",
                                                -1, UInt32(SQLITE_PREPARE_PERSISTENT), &lookup, nil))
    }

    func insert(_ rows: [NewObservationRow]) async throws -> (stored: Int, kept: [KeptObservation]?) {
        var kept: [KeptObservation] = []
        for (index, row) in rows.enumerated() {
            sqlite_nio_sqlite3_bind_int64(statement, 1, row.datastream)
            sqlite_nio_sqlite3_bind_int64(statement, 2, row.time)
            sqlite_nio_sqlite3_bind_double(statement, 3, row.valueReported)
            sqlite_nio_sqlite3_bind_double(statement, 4, row.value)
            bind(row.censoring, at: 5)
            sqlite_nio_sqlite3_bind_int64(statement, 6, row.dayAssumed ? 1 : 0)
            sqlite_nio_sqlite3_bind_int64(statement, 8, Int64(row.line))
            bind(row.qc, at: 9)
            bind(row.unusual, at: 10)
            let result = sqlite_nio_sqlite3_step(statement)
            sqlite_nio_sqlite3_reset(statement)
            try check(result)
            if sqlite_nio_sqlite3_changes(db) == 0 { kept.append(try stored(row, index: index)) }
        }
        return (rows.count - kept.count, kept)
    }

    /// The observation stored under `row`'s key.
    private func stored(_ row: NewObservationRow, index: Int) throws -> KeptObservation {
        defer { sqlite_nio_sqlite3_reset(lookup) }
        sqlite_nio_sqlite3_bind_int64(lookup, 1, row.datastream)
        sqlite_nio_sqlite3_bind_int64(lookup, 2, row.time)
        let result = sqlite_nio_sqlite3_step(lookup)
        guard result == SQLITE_ROW else {
            try check(result)
            throw SQLiteHandle.Failure(code: SQLITE_INTERNAL, message: "observation \(row.datastream)/\(row.time) was neither stored nor found")
        }
        return KeptObservation(index: index, valueReported: sqlite_nio_sqlite3_column_double(lookup, 0),
                               censoring: text(lookup, column: 1) ?? "", qc: text(lookup, column: 2))
    }

    private func text(_ statement: OpaquePointer?, column: Int32) -> String? {
        sqlite_nio_sqlite3_column_text(statement, column).map { String(cString: $0) }
    }

    func close() async {
        sqlite_nio_sqlite3_finalize(statement)
        sqlite_nio_sqlite3_finalize(lookup)
        statement = nil
        lookup = nil
    }

    private func bind(_ text: String?, at index: Int32) {
        guard let text else {
            sqlite_nio_sqlite3_bind_null(statement, index)
            return
        }
        sqlite_nio_sqlite3_bind_text(statement, index, text, -1, SQLiteHandle.transient)
    }

    private func check(_ code: Int32) throws {
        guard code != SQLITE_OK, code != SQLITE_DONE else { return }
        throw SQLiteHandle.Failure(code: code, message: String(cString: sqlite_nio_sqlite3_errmsg(db)))
    }
}
