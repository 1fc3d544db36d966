import LMHubCore

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

    /// The columns of `observations` an import writes, in the order both engines' inserts bind them.
    static let columns = ["datastream_id", "phenomenon_time", "value_reported", "value", "censoring",
                          "day_assumed", "source_file", "source_line", "qc", "unusual"]
}

extension NewObservationRow {
    /// The row of `record` at `key`.
    init(key: ObservationKey, record: ObservationRecord) {
        self.init(datastream: key.datastream, time: key.time, valueReported: record.reported.value, value: record.canonicalValue,
                  censoring: record.reported.censoring.rawValue, dayAssumed: record.dayAssumed, line: record.line,
                  qc: record.qc?.rawValue, unusual: record.unusual)
    }
}

/// A row an insert did not store because its key was taken: its index in the batch, and the stored
/// observation's value as reported, censoring and QC flag.
struct KeptObservation: Sendable {
    let index: Int
    let valueReported: Double
    let censoring: String
    let qc: String?
}

/// Writes rows into `observations`, leaving out those whose key is already stored,
/// on the writer connection inside the import's transaction.
protocol ObservationBulkInsert: Sendable {
    /// Rows a batch should have: each batch is sorted by key, inserted while the next is read, and checked for
    /// values held in another unit (``CrossUnitCheck``).
    var batchSize: Int { get }
    /// Sets up what the inserts need, once, first in the import's transaction, before it writes anything.
    func prepare() async throws
    /// Inserts `rows` (sorted by key) and returns how many it stored, and the rows it did not store with the
    /// value stored under their key (by an earlier import, an earlier batch, or an earlier row of this one).
    func insert(_ rows: [NewObservationRow]) async throws -> (stored: Int, kept: [KeptObservation])
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
