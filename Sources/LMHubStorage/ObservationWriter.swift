import Foundation
import LMHubCore
import SQLKit

/// Buffers observations and writes them in batches (``ObservationBulkInsert/batchSize``) through the engine's bulk insert
/// (``ObservationBulkInsert``: `INSERT … ON CONFLICT DO NOTHING`), creating stations, parameters and
/// datastreams on first sight. A batch is sorted by key and its insert runs while the next batch is read
/// (the reader on one core, the database on another); it is settled — its count checked — before anything
/// else touches the connection. When a batch stores fewer rows than it has, some were already stored:
/// ``StoredObservationCheck`` finds those whose stored value differs (conflicts); the rest are duplicates.
/// Before the insert, ``CrossUnitCheck`` compares rows with values of the same station, parameter and time
/// stored in another unit. Under ``ConflictPolicy/replace`` a conflicting row replaces the stored value, which
/// goes to the audit of observation changes; otherwise conflicts are only listed (the caller fails the import
/// under `fail`).
final class ObservationWriter: ObservationSink {
    private let db: any SQLDatabase
    private let bulk: any ObservationBulkInsert
    private let zones: NewStationZones
    private let policy: ConflictPolicy
    private var lookalikeKeys: [String: String]?
    private let waterBody: WaterQualityStandard.WaterBody
    private let sourceFile: String
    /// The file as the user named it, for errors.
    private let filePath: String
    private var datastreams: [DatastreamKey: Int64] = [:]
    private var lastStation: (id: String, streams: [(parameter: String, unit: MeasurementUnit, id: Int64)]) = ("", [])
    /// Datastream ids by station and parameter, all units.
    private var streamsByStationParameter: [String: [Int64]] = [:]
    private var knownStations: [String: Station.Kind] = [:]
    private var knownParameters: Set<String> = []
    private var pending: [ObservationRecord] = []
    /// The batch being inserted.
    private var inFlight: (insert: Task<(stored: Int, kept: [KeptObservation]?), any Error>, batch: Batch)?
    private var prepared = false
    private(set) var outcome = ImportOutcome()

    init(db: any SQLDatabase, bulk: any ObservationBulkInsert, zones: NewStationZones, waterBody: WaterQualityStandard.WaterBody,
         sourceFile: String, filePath: String, policy: ConflictPolicy) {
        self.db = db
        self.bulk = bulk
        self.filePath = filePath
        self.zones = zones
        self.policy = policy
        self.waterBody = waterBody
        self.sourceFile = sourceFile
    }

    func write(_ records: [ObservationRecord]) async throws {
        pending.append(contentsOf: records)
        if pending.count >= bulk.batchSize { try await flush() }
    }

    /// Writes what is buffered and settles every insert: after it, ``outcome`` is complete.
    func finish() async throws {
        try await flush()
        try await settle()
        await bulk.close()
    }

    /// Waits for the insert in flight, if any, without looking at its result: the import failed, and the
    /// connection must be idle before its transaction is rolled back.
    func abandon() async {
        _ = try? await inFlight?.insert.value
        inFlight = nil
        await bulk.close()
    }

    /// Starts the insert of the buffered rows, after settling the one before. The records stay where they are;
    /// the rows are given to the insert in key order (``Batch/order``).
    private func flush() async throws {
        guard !pending.isEmpty else { return }
        var batch = Batch()
        swap(&batch.records, &pending)
        pending.reserveCapacity(batch.records.count)
        batch.keys.reserveCapacity(batch.records.count)
        for index in batch.records.indices {
            let record = batch.records[index]
            batch.keys.append(ObservationKey(datastream: try await datastreamID(for: record), time: LMHubStore.millis(record.time)))
        }
        let siblings = self.siblings
        if !siblings.isEmpty {
            try await settle()
            try await checkAcrossUnits(&batch, siblings: siblings)
        }
        try await settle()
        guard !batch.records.isEmpty else { return }
        batch.order = batch.records.indices.sorted { first, second in
            (batch.keys[first].datastream, batch.keys[first].time, batch.records[first].line)
                < (batch.keys[second].datastream, batch.keys[second].time, batch.records[second].line)
        }
        if !prepared {
            try await bulk.prepare()
            prepared = true
        }
        let rows = batch.order.map { index in
            let (key, record) = (batch.keys[index], batch.records[index])
            return NewObservationRow(datastream: key.datastream, time: key.time, valueReported: record.reported.value, value: record.canonicalValue,
                                     censoring: record.reported.censoring.rawValue, dayAssumed: record.dayAssumed, line: record.line,
                                     qc: record.qc?.rawValue, unusual: record.unusual)
        }
        let bulk = self.bulk
        inFlight = (Task { try await bulk.insert(rows) }, batch)
    }

    /// Leaves out of `batch` the rows whose value is held in another unit: a duplicate, or a conflict
    /// (listed, or under `replace` stored in place of the other after it goes to the audit).
    private func checkAcrossUnits(_ batch: inout Batch, siblings: [Int64: [Int64]]) async throws {
        var (keep, crossUnit) = try await CrossUnitCheck.filter(zip(batch.keys, batch.records).map { (key: $0, record: $1) }, siblings: siblings, on: db)
        if policy == .replace {
            for conflict in crossUnit {
                if let stored = conflict.storedKey {
                    try await ObservationChanges.record(stored, reason: "replace", replacement: conflict.entry.record, sourceFile: sourceFile, on: db)
                    try await db.delete(from: "observations").where("datastream_id", .equal, stored.datastream).where("phenomenon_time", .equal, stored.time).run()
                } else {
                    keep.removeAll { $0.record.station == conflict.entry.record.station && $0.record.parameter == conflict.entry.record.parameter && $0.key.time == conflict.entry.key.time }
                }
                keep.append(conflict.entry)
                outcome.replaced += 1
            }
        } else {
            outcome.conflicts += crossUnit.map(\.conflict)
        }
        batch.keys = keep.map(\.key)
        batch.records = keep.map(\.record)
    }

    /// Waits for the insert in flight and checks what it did not store: duplicates, or conflicts.
    private func settle() async throws {
        guard let (insert, batch) = inFlight else { return }
        inFlight = nil
        let (stored, kept) = try await insert.value
        outcome.stored += stored
        guard stored < batch.records.count else { return }
        let conflicts = if let kept {
            StoredObservationCheck.conflicts(among: kept.map { batch.entry(row: $0.index) }, stored: Dictionary(
                kept.map { kept in
                    let (key, record) = batch.entry(row: kept.index)
                    return (key, StoredObservationCheck.Stored(kept, unit: record.reported.unit))
                }, uniquingKeysWith: { _, last in last }))
        } else {
            try await StoredObservationCheck.conflicts(among: Array(zip(batch.keys, batch.records)), on: db)
        }
        guard policy == .replace else {
            outcome.conflicts += conflicts.map(\.conflict)
            return
        }
        for conflict in conflicts {
            try await replace(conflict.key, with: conflict.record)
        }
    }

    /// Stores `record` in place of the observation at `key`, after copying that one into the audit.
    private func replace(_ key: ObservationKey, with record: ObservationRecord) async throws {
        try await ObservationChanges.record(key, reason: "replace", replacement: record, sourceFile: sourceFile, on: db)
        try await db.update("observations")
            .set("value_reported", to: record.reported.value).set("value", to: record.canonicalValue)
            .set("censoring", to: record.reported.censoring.rawValue).set("day_assumed", to: record.dayAssumed ? 1 : 0)
            .set("source_file", to: sourceFile).set("source_line", to: record.line)
            .set("qc", to: record.qc?.rawValue).set("unusual", to: record.unusual)
            .where("datastream_id", .equal, key.datastream).where("phenomenon_time", .equal, key.time)
            .run()
        outcome.replaced += 1
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

    private func datastreamID(for record: ObservationRecord) async throws -> Int64 {
        if record.station == lastStation.id, let id = lastStation.streams.first(where: { $0.parameter == record.parameter.code && $0.unit == record.reported.unit })?.id {
            return id
        }
        let key = DatastreamKey(station: record.station, parameter: record.parameter.code, unit: record.reported.unit)
        if let id = datastreams[key] {
            remember(key, id)
            return id
        }
        try await settle()
        do {
            try await ensureStation(record.station, kind: ParameterRegistry.air.parameter(named: record.parameter.code) == nil ? .water : .air)
        } catch let error as StorageError {
            throw IngestError(file: filePath, line: record.line, field: "station", message: error.description)
        }
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
        remember(key, id)
        let pair = "\(record.station)\u{1F}\(record.parameter.code)"
        if streamsByStationParameter[pair] == nil {
            streamsByStationParameter[pair] = try await db.select().column("id").from("datastreams")
                .where("station_id", .equal, record.station).where("parameter_code", .equal, record.parameter.code)
                .all(decodingColumn: "id", as: Int64.self)
        }
        if !(streamsByStationParameter[pair] ?? []).contains(id) { streamsByStationParameter[pair, default: []].append(id) }
        return id
    }

    /// Keeps `key`'s datastream among those of the last station seen: rows of one station come together in most
    /// files, and comparing a few short strings is cheaper than hashing three per row.
    private func remember(_ key: DatastreamKey, _ id: Int64) {
        if key.station != lastStation.id { lastStation = (key.station, []) }
        lastStation.streams.append((key.parameter, key.unit, id))
    }

    /// Creates a station first named in this import: an air station when its first observation is of an air
    /// pollutant. A water parameter for an air station, or an air pollutant for a water station, is an error.
    private func ensureStation(_ id: String, kind: Station.Kind) async throws {
        guard knownStations[id] == nil else {
            guard knownStations[id] == kind else { throw StorageError.kindMismatch(station: id, stored: knownStations[id] ?? kind) }
            return
        }
        let stored = try await db.select().column("kind").from("stations").where("id", .equal, id).first(decodingColumn: "kind", as: String.self)
        if stored == nil {
            try await noteLookalike(id)
            outcome.newStations[id] = zones.zone(for: id)
            try await StationRows.insertIfAbsent(
                Station(id: id, name: LocalizedText(en: id), waterBodyKind: waterBody, kind: kind, timeZone: zones.zone(for: id)), on: db)
        }
        let storedKind = stored.flatMap(Station.Kind.init(rawValue:)) ?? kind
        guard storedKind == kind else { throw StorageError.kindMismatch(station: id, stored: storedKind) }
        knownStations[id] = kind
    }

    /// Lists a new station whose id looks like a stored one's (or an earlier new one's) as a likely typo.
    private func noteLookalike(_ id: String) async throws {
        if lookalikeKeys == nil {
            let ids = try await db.select().column("id").from("stations").all(decodingColumn: "id", as: String.self)
            lookalikeKeys = Dictionary(ids.map { (StationID.lookalikeKey($0), $0) }, uniquingKeysWith: { first, _ in first })
        }
        let key = StationID.lookalikeKey(id)
        if let existing = lookalikeKeys?[key], existing != id {
            outcome.lookalikes.append(Lookalike(new: id, existing: existing))
        } else {
            lookalikeKeys?[key] = id
        }
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

/// The zone of a station an import creates: the zone its times were read in.
struct NewStationZones: Sendable {
    let fallback: String
    let byStation: [String: String]

    func zone(for station: String) -> String { byStation[station] ?? fallback }
}

/// A batch of an import: its records, their keys, and the order (indices into both) of the insert's rows.
private struct Batch {
    var records: [ObservationRecord] = []
    var keys: [ObservationKey] = []
    var order: [Int] = []

    /// The key and record of the insert's row `row`.
    func entry(row: Int) -> (ObservationKey, ObservationRecord) {
        (keys[order[row]], records[order[row]])
    }
}

/// A datastream as an import names it: station as written, parameter code, unit as reported.
struct DatastreamKey: Hashable {
    let station: String
    let parameter: String
    let unit: MeasurementUnit
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
