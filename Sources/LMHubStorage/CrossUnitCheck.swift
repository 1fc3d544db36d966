import Foundation
import LMHubCore
import SQLKit

/// Observations of a station and parameter at a time held in more than one unit: 100 ppb NO2 after 188.04 µg/m³,
/// 900 µg/L TP after 0.05 mg/L. Their datastreams differ, so the key does not catch them. Such a moment — a
/// value stored at it in another unit than a row's, or rows of the batch at it in two units — is settled here,
/// row by row in line order, against the value it holds (stored, or written by an earlier row), compared on the
/// canonical value, censoring and QC flag: an equal row is a duplicate; a different one is a conflict, listed
/// (the held value stays), or under ``ConflictPolicy/replace`` written in place of the held one (which goes to
/// the audit), so that the file's last value is the one stored and a moment never holds two. Every other row is
/// left to the batch's insert.
enum CrossUnitCheck {
    /// Canonical values are equal within this relative tolerance (unit conversion is one multiplication).
    static let tolerance = 1e-9

    /// Keys a query asks for: two binds each, under SQLite's 32,766 and PostgreSQL's 65,535 binds a statement.
    static let keysPerQuery = 10_000

    /// What a moment's rows do to the store, in line order.
    enum Write {
        /// Store the row: the moment held no value.
        case insert(key: ObservationKey, record: ObservationRecord)
        /// Replace the value held at `held` by the row (audit it, delete it, store the row).
        case replace(held: ObservationKey, key: ObservationKey, record: ObservationRecord)
    }

    /// How a batch's rows at moments held in several units came out.
    struct Resolution {
        /// The rows left to the batch's insert.
        var keep: [(key: ObservationKey, record: ObservationRecord)] = []
        var writes: [Write] = []
        var conflicts: [ObservationConflict] = []
    }

    /// A value held at a moment: its key, canonical value, censoring, flag, and as reported.
    private struct Held {
        let key: ObservationKey
        let canonical: Double
        let censoring: Censoring
        let qc: QCFlag?
        let reported: String

        init(key: ObservationKey, record: ObservationRecord) {
            self.key = key
            canonical = record.canonicalValue
            censoring = record.reported.censoring
            qc = record.qc
            reported = "\(record.reported.censoring.rawValue)\(record.reported.value) \(record.reported.unit.rawValue)"
        }

        init(key: ObservationKey, canonical: Double, censoring: Censoring, qc: QCFlag?, reported: String) {
            self.key = key
            self.canonical = canonical
            self.censoring = censoring
            self.qc = qc
            self.reported = reported
        }

        func equals(_ record: ObservationRecord) -> Bool {
            abs(canonical - record.canonicalValue) <= abs(canonical) * CrossUnitCheck.tolerance && censoring == record.reported.censoring
                && !(qc != nil && record.qc != nil && qc != record.qc)
        }
    }

    /// Settles the rows of `batch` (in line order) at moments held in several units, as `policy` says.
    /// `siblings` gives, per datastream, the other datastreams of its station and parameter.
    static func resolve(
        _ batch: [(key: ObservationKey, record: ObservationRecord)], siblings: [Int64: [Int64]], policy: ConflictPolicy, on db: any SQLDatabase
    ) async throws -> Resolution {
        var resolution = Resolution()
        let checked = batch.filter { !(siblings[$0.key.datastream] ?? []).isEmpty }
        guard !checked.isEmpty else {
            resolution.keep = batch
            return resolution
        }
        let keys = Set(checked.flatMap { entry in ([entry.key.datastream] + (siblings[entry.key.datastream] ?? [])).map { ObservationKey(datastream: $0, time: entry.key.time) } })
        let stored = try await storedValues(Array(keys), on: db)
        func moment(_ entry: (key: ObservationKey, record: ObservationRecord)) -> String {
            "\(entry.record.station)\u{1F}\(entry.record.parameter.code)\u{1F}\(entry.key.time)"
        }
        var unitsAtMoment: [String: Set<Int64>] = [:]
        for entry in checked { unitsAtMoment[moment(entry), default: []].insert(entry.key.datastream) }
        var held: [String: Held] = [:]
        for entry in batch {
            let name = moment(entry)
            let others = siblings[entry.key.datastream] ?? []
            let storedElsewhere = others.contains { stored[ObservationKey(datastream: $0, time: entry.key.time)] != nil }
            guard storedElsewhere || (unitsAtMoment[name]?.count ?? 0) > 1 || held[name] != nil else {
                resolution.keep.append(entry)
                continue
            }
            let current = held[name] ?? ([entry.key.datastream] + others).lazy.compactMap { stored[ObservationKey(datastream: $0, time: entry.key.time)] }.first
            guard let current else {
                resolution.writes.append(.insert(key: entry.key, record: entry.record))
                held[name] = Held(key: entry.key, record: entry.record)
                continue
            }
            if current.equals(entry.record) {
                held[name] = current
                continue
            }
            if policy == .replace {
                resolution.writes.append(.replace(held: current.key, key: entry.key, record: entry.record))
                held[name] = Held(key: entry.key, record: entry.record)
                continue
            }
            held[name] = current
            let unit = entry.record.parameter.canonicalUnit.rawValue
            resolution.conflicts.append(ObservationConflict(
                line: entry.record.line, station: entry.record.station, parameter: entry.record.parameter.code, time: entry.record.time,
                stored: current.censoring.rawValue + "\(current.canonical)", incoming: entry.record.reported.censoring.rawValue + "\(entry.record.canonicalValue)",
                unit: unit, note: "held as \(current.reported), the file gives \(entry.record.reported.censoring.rawValue)\(entry.record.reported.value) \(entry.record.reported.unit.rawValue)"))
        }
        return resolution
    }

    /// Stored values by key (queries over `(datastream_id, phenomenon_time) IN (VALUES …)`, ``keysPerQuery`` keys each).
    private static func storedValues(_ keys: [ObservationKey], on db: any SQLDatabase) async throws -> [ObservationKey: Held] {
        struct Row: Decodable {
            let datastream_id: Int64; let phenomenon_time: Int64; let value: Double; let value_reported: Double; let censoring: String
            let qc: String?; let unit: String
        }
        var values: [ObservationKey: Held] = [:]
        for start in stride(from: 0, to: keys.count, by: keysPerQuery) {
            let pairs = keys[start..<min(start + keysPerQuery, keys.count)].map { SQLGroupExpression([SQLBind($0.datastream), SQLBind($0.time)] as [any SQLExpression]) }
            let rows = try await db.select()
                .columns(SQLColumn("datastream_id", table: "o"), SQLColumn("phenomenon_time", table: "o"), SQLColumn("value", table: "o"),
                         SQLColumn("value_reported", table: "o"), SQLColumn("censoring", table: "o"), SQLColumn("qc", table: "o"), SQLColumn("unit", table: "d"))
                .from(SQLAlias(SQLIdentifier("observations"), as: SQLIdentifier("o")))
                .join(SQLAlias(SQLIdentifier("datastreams"), as: SQLIdentifier("d")), on: SQLColumn("datastream_id", table: "o"), .equal, SQLColumn("id", table: "d"))
                .where(SQLGroupExpression([SQLColumn("datastream_id", table: "o"), SQLColumn("phenomenon_time", table: "o")] as [any SQLExpression]),
                       .in, SQLGroupExpression(SQLList([SQLRaw("VALUES"), SQLList(pairs)], separator: SQLRaw(" "))))
                .all(decoding: Row.self)
            for row in rows {
                let key = ObservationKey(datastream: row.datastream_id, time: row.phenomenon_time)
                values[key] = Held(key: key, canonical: row.value, censoring: Censoring(rawValue: row.censoring) ?? .none, qc: row.qc.flatMap(QCFlag.init(rawValue:)),
                                   reported: "\(row.censoring)\(row.value_reported) \(row.unit)")
            }
        }
        return values
    }
}
