import Logging
import PostgresKit

/// PostgreSQL: each batch goes by `COPY … FROM STDIN` (text format) into a temporary staging table, emptied
/// by `TRUNCATE` before (a `DELETE` leaves dead rows that every later batch would scan), then one statement
/// copies it into `observations` with `ON CONFLICT DO NOTHING` and counts what it stored: one round trip of
/// data instead of a typed bind per value.
struct PostgresObservationInsert: ObservationBulkInsert {
    let connection: PostgresConnection
    let sourceFile: String
    static let staging = "lmhub_import_staging"

    private var logger: Logger { Logger(label: "lmhub.storage.import") }

    /// The staging table, dropped when the import's transaction ends (committed or not).
    func prepare() async throws {
        try await connection.query(PostgresQuery(unsafeSQL: """
            CREATE TEMPORARY TABLE \(Self.staging) (LIKE observations INCLUDING DEFAULTS) ON COMMIT DROP
            """), logger: logger)
    }

    var batchSize: Int { 10_000 }

    func insert(_ rows: [NewObservationRow]) async throws -> (stored: Int, kept: [KeptObservation]?) {
        var buffer = ByteBufferAllocator().buffer(capacity: rows.count * 96)
        let file = Self.escaped(sourceFile)
        for row in rows {
            buffer.writeString("\(row.datastream)\t\(row.time)\t\(row.valueReported)\t\(row.value)\t\(Self.escaped(row.censoring))\t")
            buffer.writeString("\(row.dayAssumed ? 1 : 0)\t\(file)\t\(row.line)\t\(row.qc.map(Self.escaped) ?? "\\N")\t\(row.unusual.map(Self.escaped) ?? "\\N")\n")
        }
        try await connection.query(PostgresQuery(unsafeSQL: "TRUNCATE \(Self.staging)"), logger: logger)
        try await connection.copyFrom(table: Self.staging, columns: NewObservationRow.columns, logger: logger) { writer in
            try await writer.write(buffer)
        }
        let list = NewObservationRow.columns.joined(separator: ", ")
        let rows = try await connection.query(PostgresQuery(unsafeSQL: """
            WITH stored AS (INSERT INTO observations (\(list)) SELECT \(list) FROM \(Self.staging)
                            ORDER BY datastream_id, phenomenon_time, source_line
                            ON CONFLICT (datastream_id, phenomenon_time) DO NOTHING RETURNING 1)
            SELECT count(*) FROM stored
            """), logger: logger)
        var stored = 0
        for try await count in rows.decode(Int.self) { stored = count }
        return (stored, nil)
    }

    /// Nothing to release: the staging table goes with the transaction.
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
