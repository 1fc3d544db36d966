import Logging
import PostgresKit

/// PostgreSQL: each batch goes by `COPY … FROM STDIN` (text format) straight into `observations`, after one
/// query has found which of its keys are stored already: `COPY` has no `ON CONFLICT`, so the rows it gets must
/// all be new. What makes that hold is a lock: an import takes a transaction-level advisory lock on the
/// `observations` table first (``prepare()``), so imports into one table run one at a time, across processes
/// too, and nothing else inserts observations (edits only update them; reads never wait). Measured on a
/// million observations, this is a third of the time of a `COPY` into a staging table followed by
/// `INSERT … SELECT … ON CONFLICT DO NOTHING` (docs/benchmarks.md).
struct PostgresObservationInsert: ObservationBulkInsert {
    let connection: PostgresConnection
    let sourceFile: String

    private var logger: Logger { Logger(label: "lmhub.storage.import") }

    /// Waits for any other import into this `observations` table to end, and holds it off until this
    /// transaction ends (committed or not).
    func prepare() async throws {
        try await connection.query("SELECT pg_advisory_xact_lock('observations'::regclass::oid::bigint)", logger: logger)
    }

    var batchSize: Int { 10_000 }

    /// An observation's value as reported, censoring and QC flag.
    typealias StoredValue = (valueReported: Double, censoring: String, qc: String?)

    func insert(_ rows: [NewObservationRow]) async throws -> (stored: Int, kept: [KeptObservation]) {
        let stored = try await storedValues(of: rows)
        var kept: [KeptObservation] = []
        var copied = 0
        var buffer = ByteBufferAllocator().buffer(capacity: rows.count * 96)
        let file = Self.escaped(sourceFile)
        /// The value under the key of the row before: stored already, or copied by this batch.
        var current: StoredValue = (0, "", nil)
        for (index, row) in rows.enumerated() {
            if index == 0 || rows[index - 1].datastream != row.datastream || rows[index - 1].time != row.time {
                if let value = stored[index] {
                    current = value
                } else {
                    current = (row.valueReported, row.censoring, row.qc)
                    buffer.writeString("\(row.datastream)\t\(row.time)\t\(row.valueReported)\t\(row.value)\t\(Self.escaped(row.censoring))\t")
                    buffer.writeString("\(row.dayAssumed ? 1 : 0)\t\(file)\t\(row.line)\t\(row.qc.map(Self.escaped) ?? "\\N")\t\(row.unusual.map(Self.escaped) ?? "\\N")\n")
                    copied += 1
                    continue
                }
            }
            kept.append(KeptObservation(index: index, valueReported: current.valueReported, censoring: current.censoring, qc: current.qc))
        }
        if copied > 0 {
            try await connection.copyFrom(table: "observations", columns: NewObservationRow.columns, logger: logger) { writer in
                try await writer.write(buffer)
            }
        }
        return (copied, kept)
    }

    /// The stored value of each row's key that is stored, by row index. Rows are sorted by key, so each
    /// datastream's rows span one time range: one query finds the datastreams with anything stored in their
    /// range (none, in a new file's import: then it is the only query), a second reads the stored rows of
    /// those datastreams' keys.
    private func storedValues(of rows: [NewObservationRow]) async throws -> [Int: StoredValue] {
        var ranges: (datastreams: [Int64], from: [Int64], to: [Int64]) = ([], [], [])
        for row in rows {
            if ranges.datastreams.last == row.datastream {
                ranges.to[ranges.to.count - 1] = row.time
            } else {
                ranges.datastreams.append(row.datastream)
                ranges.from.append(row.time)
                ranges.to.append(row.time)
            }
        }
        var taken: Set<Int64> = []
        for try await datastream in try await connection.query("""
            SELECT r.d FROM unnest(\(ranges.datastreams), \(ranges.from), \(ranges.to)) AS r(d, lo, hi)
            WHERE EXISTS (SELECT 1 FROM observations o WHERE o.datastream_id = r.d AND o.phenomenon_time BETWEEN r.lo AND r.hi)
            """, logger: logger).decode(Int64.self) {
            taken.insert(datastream)
        }
        guard !taken.isEmpty else { return [:] }
        let candidates = rows.indices.filter { taken.contains(rows[$0].datastream) }
        let datastreams = candidates.map { rows[$0].datastream }, times = candidates.map { rows[$0].time }
        var stored: [Int: StoredValue] = [:]
        for try await (ordinal, value, censoring, qc) in try await connection.query("""
            SELECT k.i, o.value_reported, o.censoring, o.qc FROM unnest(\(datastreams), \(times)) WITH ORDINALITY AS k(d, t, i)
            JOIN observations o ON o.datastream_id = k.d AND o.phenomenon_time = k.t
            """, logger: logger).decode((Int64, Double, String, String?).self) {
            stored[candidates[Int(ordinal) - 1]] = (value, censoring, qc)
        }
        return stored
    }

    /// Nothing to release: the lock goes with the transaction.
    func close() async {}

    /// A text field of `COPY`'s text format: backslash, tab, newline and carriage return escaped.
    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else {
            return text
        }
        var result = ""
        for character in text.unicodeScalars {
            switch character {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
