import Foundation
import LMHubCore
import SQLKit
import Synchronization

/// Buffers observations and writes them in multi-row `INSERT … ON CONFLICT DO NOTHING` statements of
/// ``batchSize`` rows, creating stations, parameters and datastreams on first sight. When a batch stores
/// fewer rows than it has, some were already stored: ``StoredObservationCheck`` finds those whose stored
/// value differs (conflicts); the rest are duplicates. Before the insert, ``CrossUnitCheck`` compares rows
/// with values of the same station, parameter and time stored in another unit.
final class ObservationWriter: ObservationSink {
    private let db: any SQLDatabase
    private let timeZone: String
    private let waterBody: WaterQualityStandard.WaterBody
    private let sourceFile: String
    private var datastreams: [String: Int64] = [:]
    /// Datastream ids by station and parameter, all units.
    private var streamsByStationParameter: [String: [Int64]] = [:]
    private var knownStations: [String: Station.Kind] = [:]
    private var knownParameters: Set<String> = []
    private var pending: [ObservationRecord] = []
    private var statements: [Int: String] = [:]
    private(set) var outcome = ImportOutcome()
    static let batchSize = 2000
    static let columns = ["datastream_id", "phenomenon_time", "value_reported", "value", "censoring",
                          "day_assumed", "source_file", "source_line"]

    init(db: any SQLDatabase, timeZone: String, waterBody: WaterQualityStandard.WaterBody, sourceFile: String) {
        self.db = db
        self.timeZone = timeZone
        self.waterBody = waterBody
        self.sourceFile = sourceFile
    }

    func write(_ records: [ObservationRecord]) async throws {
        pending.append(contentsOf: records)
        if pending.count >= Self.batchSize { try await flush() }
    }

    func flush() async throws {
        guard !pending.isEmpty else { return }
        var batch: [(key: ObservationKey, record: ObservationRecord)] = []
        batch.reserveCapacity(pending.count)
        for record in pending {
            batch.append((ObservationKey(datastream: try await datastreamID(for: record), time: LMHubStore.millis(record.time)), record))
        }
        let (keep, crossUnit) = try await CrossUnitCheck.filter(batch, siblings: siblings, on: db)
        outcome.conflicts += crossUnit
        pending.removeAll(keepingCapacity: true)
        guard !keep.isEmpty else { return }
        var binds: [any Encodable & Sendable] = []
        binds.reserveCapacity(keep.count * Self.columns.count)
        for (key, record) in keep {
            binds += [
                key.datastream, key.time, record.reported.value, record.canonicalValue, record.reported.censoring.rawValue,
                record.dayAssumed ? 1 : 0, sourceFile, record.line,
            ] as [any Encodable & Sendable]
        }
        let inserted = try await insert(BoundStatement(sql: insertStatement(rows: keep.count), binds: binds))
        outcome.stored += inserted
        if inserted < keep.count {
            outcome.conflicts += try await StoredObservationCheck.conflicts(among: keep.map { ($0.key, $0.record) }, on: db)
        }
    }

    /// Per datastream, the other datastreams of its station and parameter (other units), from the store and
    /// this import.
    private var siblings: [Int64: [Int64]] {
        var result: [Int64: [Int64]] = [:]
        for ids in streamsByStationParameter.values where ids.count > 1 {
            for id in ids { result[id] = ids.filter { $0 != id } }
        }
        return result
    }

    /// The text of the batch insert for `rows` rows, in the database's dialect, serialized once per row
    /// count: building it through the query builder each time was a fifth of an import's time.
    private func insertStatement(rows: Int) -> String {
        if let cached = statements[rows] { return cached }
        let insert = db.insert(into: "observations").columns(Self.columns)
            .ignoringConflicts(with: ["datastream_id", "phenomenon_time"])
        for _ in 0..<rows { insert.values(Array(repeating: SQLBind(0), count: Self.columns.count) as [any SQLExpression]) }
        if countsReturnedRows { _ = insert.returning("datastream_id") }
        let sql = db.serialize(insert.query).sql
        statements[rows] = sql
        return sql
    }

    /// PostgreSQL has no `changes()`: there the insert returns the keys it stored, and they are counted.
    private var countsReturnedRows: Bool { db.dialect.name != "sqlite" }

    /// Runs a batch insert and returns how many rows it stored. The import's one dialect difference:
    /// SQLite reports the count with `changes()`, PostgreSQL with the rows of `RETURNING`.
    private func insert(_ statement: BoundStatement) async throws -> Int {
        guard countsReturnedRows else {
            try await db.execute(sql: statement) { _ in }
            return try await db.raw("SELECT changes() AS n").first(decodingColumn: "n", as: Int.self) ?? 0
        }
        let returned = Mutex(0)
        try await db.execute(sql: statement) { _ in returned.withLock { $0 += 1 } }
        return returned.withLock { $0 }
    }

    private func datastreamID(for record: ObservationRecord) async throws -> Int64 {
        let key = "\(record.station)\u{1F}\(record.parameter.code)\u{1F}\(record.reported.unit.rawValue)"
        if let id = datastreams[key] { return id }
        try await ensureStation(record.station, kind: ParameterRegistry.air.parameter(named: record.parameter.code) == nil ? .water : .air)
        try await ensureParameter(record.parameter)
        try await db.insert(into: "datastreams")
            .columns("station_id", "parameter_code", "unit")
            .values(record.station, record.parameter.code, record.reported.unit.rawValue)
            .ignoringConflicts(with: ["station_id", "parameter_code", "unit"])
            .run()
        let id = try await db.select().column("id").from("datastreams")
            .where("station_id", .equal, record.station)
            .where("parameter_code", .equal, record.parameter.code)
            .where("unit", .equal, record.reported.unit.rawValue)
            .first(decodingColumn: "id", as: Int64.self)
        guard let id else { throw StorageError.unknownStation(record.station) }
        datastreams[key] = id
        let pair = "\(record.station)\u{1F}\(record.parameter.code)"
        if streamsByStationParameter[pair] == nil {
            streamsByStationParameter[pair] = try await db.select().column("id").from("datastreams")
                .where("station_id", .equal, record.station).where("parameter_code", .equal, record.parameter.code)
                .all(decodingColumn: "id", as: Int64.self)
        }
        if !(streamsByStationParameter[pair] ?? []).contains(id) { streamsByStationParameter[pair, default: []].append(id) }
        return id
    }

    /// Creates a station first named in this import: an air station when its first observation is of an air
    /// pollutant. A water parameter for an air station, or an air pollutant for a water station, is an error.
    private func ensureStation(_ id: String, kind: Station.Kind) async throws {
        guard knownStations[id] == nil else {
            guard knownStations[id] == kind else { throw StorageError.kindMismatch(station: id, stored: knownStations[id] ?? kind) }
            return
        }
        try await StationRows.insertIfAbsent(Station(id: id, name: LocalizedText(en: id), waterBodyKind: waterBody, kind: kind, timeZone: timeZone), on: db)
        let stored = try await db.select().column("kind").from("stations").where("id", .equal, id).first(decodingColumn: "kind", as: String.self)
        let storedKind = stored.flatMap(Station.Kind.init(rawValue:)) ?? kind
        guard storedKind == kind else { throw StorageError.kindMismatch(station: id, stored: storedKind) }
        knownStations[id] = kind
    }

    private func ensureParameter(_ parameter: Parameter) async throws {
        guard !knownParameters.contains(parameter.code) else { return }
        try await db.insert(into: "parameters")
            .columns("code", "name", "canonical_unit")
            .values(parameter.code, try JSONText.encode(parameter.name), parameter.canonicalUnit.rawValue)
            .ignoringConflicts(with: ["code"])
            .run()
        knownParameters.insert(parameter.code)
    }
}

/// The key of an observation: its datastream and its phenomenon time in epoch milliseconds.
struct ObservationKey: Hashable, Sendable {
    let datastream: Int64
    let time: Int64

    init(datastream: Int64, time: Int64) {
        self.datastream = datastream
        self.time = time
    }
}

/// A statement already serialized to its dialect's text, with its binds in placeholder order.
struct BoundStatement: SQLExpression {
    let sql: String
    let binds: [any Encodable & Sendable]

    func serialize(to serializer: inout SQLSerializer) {
        serializer.write(sql)
        serializer.binds += binds
    }
}
