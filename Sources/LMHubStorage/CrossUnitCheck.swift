import Foundation
import LMHubCore
import SQLKit

/// Observations of a station and parameter at a time that the store (or an earlier row of the batch) already
/// holds in another unit: 100 ppb NO2 after 188.04 µg/m³, 900 µg/L TP after 0.05 mg/L. Their datastreams differ,
/// so the key does not catch them; compared on the canonical value, an equal one is a duplicate and is not
/// stored, a different one is a conflict and is reported (the stored value stays).
enum CrossUnitCheck {
    /// Canonical values are equal within this relative tolerance (unit conversion is one multiplication).
    static let tolerance = 1e-9

    /// A row whose value differs from the one held in another unit: the stored key (`nil` when the other
    /// value is an earlier row of the same batch), the row, and the conflict as reported.
    struct Conflict {
        let storedKey: ObservationKey?
        let entry: (key: ObservationKey, record: ObservationRecord)
        let conflict: ObservationConflict
    }

    /// The records of `batch` to insert, and the conflicts among the others. `siblings` gives, per datastream,
    /// the other datastreams of its station and parameter.
    static func filter(
        _ batch: [(key: ObservationKey, record: ObservationRecord)], siblings: [Int64: [Int64]], on db: any SQLDatabase
    ) async throws -> (keep: [(key: ObservationKey, record: ObservationRecord)], conflicts: [Conflict]) {
        let checked = batch.filter { !(siblings[$0.key.datastream] ?? []).isEmpty }
        guard !checked.isEmpty else { return (batch, []) }
        let pairs = checked.flatMap { entry in (siblings[entry.key.datastream] ?? []).map { ObservationKey(datastream: $0, time: entry.key.time) } }
        let stored = try await storedCanonical(Array(Set(pairs)), on: db)
        var seen: [String: (value: Double, record: ObservationRecord)] = [:]
        var keep: [(key: ObservationKey, record: ObservationRecord)] = []
        var conflicts: [Conflict] = []
        for entry in batch {
            let moment = "\(entry.record.station)\u{1F}\(entry.record.parameter.code)\u{1F}\(entry.key.time)"
            let storedKey = (siblings[entry.key.datastream] ?? []).map { ObservationKey(datastream: $0, time: entry.key.time) }.first { stored[$0] != nil }
            let earlier = storedKey.flatMap { stored[$0] } ?? seen[moment].flatMap { $0.record.reported.unit == entry.record.reported.unit ? nil : $0.value }
            guard let earlier else {
                seen[moment] = seen[moment] ?? (entry.record.canonicalValue, entry.record)
                keep.append(entry)
                continue
            }
            if abs(earlier - entry.record.canonicalValue) > abs(earlier) * tolerance {
                let unit = entry.record.parameter.canonicalUnit.rawValue
                conflicts.append(Conflict(storedKey: storedKey, entry: entry, conflict: ObservationConflict(
                    line: entry.record.line, station: entry.record.station, parameter: entry.record.parameter.code, time: entry.record.time,
                    stored: "\(earlier)", incoming: "\(entry.record.canonicalValue)", unit: unit,
                    note: "the file gives \(entry.record.reported.value) \(entry.record.reported.unit.rawValue); the stored value is in another unit")))
            }
        }
        return (keep, conflicts)
    }

    /// Keys a query asks for: two binds each, under SQLite's 32,766 and PostgreSQL's 65,535 binds a statement.
    static let keysPerQuery = 10_000

    /// Stored canonical values by key (queries over `(datastream_id, phenomenon_time) IN (VALUES …)`, ``keysPerQuery``
    /// keys each).
    private static func storedCanonical(_ keys: [ObservationKey], on db: any SQLDatabase) async throws -> [ObservationKey: Double] {
        struct Row: Decodable { let datastream_id: Int64; let phenomenon_time: Int64; let value: Double }
        var values: [ObservationKey: Double] = [:]
        for start in stride(from: 0, to: keys.count, by: keysPerQuery) {
            let pairs = keys[start..<min(start + keysPerQuery, keys.count)].map { SQLGroupExpression([SQLBind($0.datastream), SQLBind($0.time)] as [any SQLExpression]) }
            let rows = try await db.select().columns("datastream_id", "phenomenon_time", "value").from("observations")
                .where(SQLGroupExpression([SQLIdentifier("datastream_id"), SQLIdentifier("phenomenon_time")] as [any SQLExpression]),
                       .in, SQLGroupExpression(SQLList([SQLRaw("VALUES"), SQLList(pairs)], separator: SQLRaw(" "))))
                .all(decoding: Row.self)
            for row in rows { values[ObservationKey(datastream: row.datastream_id, time: row.phenomenon_time)] = row.value }
        }
        return values
    }
}
