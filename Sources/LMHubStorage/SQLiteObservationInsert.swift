import NIOPosix
import SQLiteNIO
import VaporCSQLite

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
    /// What the statement's parameters 5, 6, 9 and 10 hold (`nil`: nothing bound yet).
    private var bound: (censoring: String??, dayAssumed: Bool?, qc: String??, unusual: String??) = (nil, nil, nil, nil)
    /// The stored value of a key, asked when a row was not stored.
    private var lookup: OpaquePointer?

    init(connection: SQLiteConnection, sourceFile: String) throws {
        db = try SQLiteHandle.of(connection)
        self.sourceFile = sourceFile
    }

    /// Rows sorted together: more rows of each datastream a batch, so consecutive inserts land on the same
    /// B-tree pages (16,000 imported a million observations 13 % faster than 4,000; 50,000 no faster).
    var batchSize: Int { 16_000 }

    func prepare() async throws {
        let sql = "INSERT INTO observations (\(NewObservationRow.columns.joined(separator: ", "))) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
            + " ON CONFLICT (datastream_id, phenomenon_time) DO NOTHING"
        try check(sqlite_nio_sqlite3_prepare_v3(db, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil))
        try check(sqlite_nio_sqlite3_bind_text(statement, 7, sourceFile, -1, SQLiteHandle.transient))
        try check(sqlite_nio_sqlite3_prepare_v3(db, "SELECT value_reported, censoring, qc FROM observations WHERE datastream_id = ?1 AND phenomenon_time = ?2",
                                                -1, UInt32(SQLITE_PREPARE_PERSISTENT), &lookup, nil))
    }

    /// Runs on NIO's blocking thread pool, as sqlite-nio runs every statement: SQLite's calls block, and
    /// Swift's cooperative threads (one a core) must not.
    func insert(_ rows: [NewObservationRow]) async throws -> (stored: Int, kept: [KeptObservation]) {
        try await NIOThreadPool.singleton.runIfActive { [self] in try insertNow(rows) }
    }

    private func insertNow(_ rows: [NewObservationRow]) throws -> (stored: Int, kept: [KeptObservation]) {
        var kept: [KeptObservation] = []
        for (index, row) in rows.enumerated() {
            sqlite_nio_sqlite3_bind_int64(statement, 1, row.datastream)
            sqlite_nio_sqlite3_bind_int64(statement, 2, row.time)
            sqlite_nio_sqlite3_bind_double(statement, 3, row.valueReported)
            sqlite_nio_sqlite3_bind_double(statement, 4, row.value)
            sqlite_nio_sqlite3_bind_int64(statement, 8, Int64(row.line))
            bindIfChanged(row.censoring, at: 5, last: &bound.censoring)
            if bound.dayAssumed != row.dayAssumed {
                sqlite_nio_sqlite3_bind_int64(statement, 6, row.dayAssumed ? 1 : 0)
                bound.dayAssumed = row.dayAssumed
            }
            bindIfChanged(row.qc, at: 9, last: &bound.qc)
            bindIfChanged(row.unusual, at: 10, last: &bound.unusual)
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

    /// Binds `text` (`nil`: NULL) unless the parameter holds it already: a binding outlives `sqlite3_reset`,
    /// and most rows repeat the row before in these columns (no censoring, no flag), each bind a call under
    /// the connection's mutex.
    private func bindIfChanged(_ text: String?, at index: Int32, last: inout String??) {
        if case let .some(bound) = last, bound == text { return }
        if let text {
            sqlite_nio_sqlite3_bind_text(statement, index, text, -1, SQLiteHandle.transient)
        } else {
            sqlite_nio_sqlite3_bind_null(statement, index)
        }
        last = .some(text)
    }

    private func check(_ code: Int32) throws {
        guard code != SQLITE_OK, code != SQLITE_DONE else { return }
        throw SQLiteHandle.Failure(code: code, message: String(cString: sqlite_nio_sqlite3_errmsg(db)))
    }
}
