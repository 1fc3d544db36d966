import Foundation
import LMHubCore
import SQLKit

/// Finds, among observations just written with `ON CONFLICT DO NOTHING`, those whose stored value (as
/// reported: value and censoring) or QC flag differs from theirs: the key was already taken, by an earlier
/// import or an earlier row of the same file. Rows stored now, or repeated with the same value, are not
/// conflicts; a row without a flag does not contradict a stored flag (a long file without a `qc` column), but
/// two different flags do (the monitor invalidated an hour after the first export).
enum StoredObservationCheck {
    /// The stored value of a key as reported, and its QC flag.
    struct Stored {
        let value: MeasuredValue
        let qc: QCFlag?

        init(value: MeasuredValue, qc: QCFlag?) {
            self.value = value
            self.qc = qc
        }

        /// What an insert found stored (the unit is the datastream's, the row's own).
        init(_ kept: KeptObservation, unit: MeasurementUnit) {
            self.init(value: MeasuredValue(value: kept.valueReported, unit: unit, censoring: Censoring(rawValue: kept.censoring) ?? .none),
                      qc: kept.qc.flatMap(QCFlag.init(rawValue:)))
        }
    }

    /// The conflicts among `written`, their stored values looked up on `db`.
    static func conflicts(
        among written: [(ObservationKey, ObservationRecord)], on db: any SQLDatabase
    ) async throws -> [(key: ObservationKey, record: ObservationRecord, conflict: ObservationConflict)] {
        conflicts(among: written, stored: try await storedValues(of: Array(Set(written.map(\.0))), on: db))
    }

    /// The conflicts among `written`, given the values stored under their keys.
    static func conflicts(
        among written: [(ObservationKey, ObservationRecord)], stored: [ObservationKey: Stored]
    ) -> [(key: ObservationKey, record: ObservationRecord, conflict: ObservationConflict)] {
        written.compactMap { key, record in
            guard let kept = stored[key] else { return nil }
            let incoming = MeasuredValue(value: record.reported.value, unit: record.reported.unit, censoring: record.reported.censoring)
            let flagChanged = record.qc != nil && kept.qc != nil && record.qc != kept.qc
            guard kept.value != incoming || flagChanged else { return nil }
            func flag(_ qc: QCFlag?) -> String { flagChanged ? " (\(qc?.rawValue ?? "no flag"))" : "" }
            return (key, record, ObservationConflict(
                line: record.line, station: record.station, parameter: record.parameter.code, time: record.time,
                stored: kept.value.censoring.rawValue + "\(kept.value.value)" + flag(kept.qc), incoming: incoming.censoring.rawValue + "\(incoming.value)" + flag(record.qc),
                unit: record.reported.unit.rawValue))
        }
    }

    /// Stored values as reported, by key, for `keys` (one query: `(datastream_id, phenomenon_time) IN (VALUES …)`,
    /// row values that SQLite ≥ 3.15 and PostgreSQL both accept).
    private static func storedValues(of keys: [ObservationKey], on db: any SQLDatabase) async throws -> [ObservationKey: Stored] {
        struct Row: Decodable {
            let datastream_id: Int64; let phenomenon_time: Int64; let value_reported: Double; let censoring: String; let unit: String; let qc: String?
        }
        let pairs = keys.map { SQLGroupExpression([SQLBind($0.datastream), SQLBind($0.time)] as [any SQLExpression]) }
        let rows = try await db.select()
            .columns(SQLColumn("datastream_id", table: "o"), SQLColumn("phenomenon_time", table: "o"),
                     SQLColumn("value_reported", table: "o"), SQLColumn("censoring", table: "o"), SQLColumn("unit", table: "d"),
                     SQLColumn("qc", table: "o"))
            .from(SQLAlias(SQLIdentifier("observations"), as: SQLIdentifier("o")))
            .join(SQLAlias(SQLIdentifier("datastreams"), as: SQLIdentifier("d")), on: SQLColumn("datastream_id", table: "o"), .equal, SQLColumn("id", table: "d"))
            .where(SQLGroupExpression([SQLColumn("datastream_id", table: "o"), SQLColumn("phenomenon_time", table: "o")] as [any SQLExpression]),
                   .in, SQLGroupExpression(SQLList([SQLRaw("VALUES"), SQLList(pairs)], separator: SQLRaw(" "))))
            .all(decoding: Row.self)
        var values: [ObservationKey: Stored] = [:]
        for row in rows {
            values[ObservationKey(datastream: row.datastream_id, time: row.phenomenon_time)] = Stored(value: MeasuredValue(
                value: row.value_reported, unit: MeasurementUnit(rawValue: row.unit) ?? .milligramsPerLitre,
                censoring: Censoring(rawValue: row.censoring) ?? .none), qc: row.qc.flatMap(QCFlag.init(rawValue:)))
        }
        return values
    }
}
