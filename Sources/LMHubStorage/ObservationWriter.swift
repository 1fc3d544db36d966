import Foundation
import LMHubCore
import SQLKit

/// Buffers observations and writes them in batches (``ObservationBulkInsert/batchSize``) through the engine's bulk insert
/// (``ObservationBulkInsert``, which leaves out rows whose key is stored), creating stations, parameters and
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
    /// The datastreams of this import by station.
    private var streamsByStation: [String: [Datastream]] = [:]
    private var lastStation: (id: String, streams: [Datastream]) = ("", [])
    /// Datastream ids by station and parameter, all units.
    private var streamsByStationParameter: [String: [Int64]] = [:]
    private var knownStations: [String: Station.Kind] = [:]
    private var knownParameters: Set<String> = []
    private var pending: [ObservationRecord] = []
    /// The batch being inserted.
    private var inFlight: (insert: Task<(stored: Int, kept: [KeptObservation], order: [Int]), any Error>, batch: Batch)?
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
    /// the insert sorts their rows by key (``Batch/keyOrder(_:_:)``) beside the reader.
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
        let bulk = self.bulk
        let records = batch.records, keys = batch.keys
        inFlight = (Task {
            let order = Batch.keyOrder(records, keys)
            let rows = order.map { NewObservationRow(key: keys[$0], record: records[$0]) }
            let (stored, kept) = try await bulk.insert(rows)
            return (stored, kept, order)
        }, batch)
    }

    /// Settles the rows of `batch` at moments held in several units (``CrossUnitCheck``): their writes are made
    /// here, in line order, and the batch keeps the other rows.
    private func checkAcrossUnits(_ batch: inout Batch, siblings: [Int64: [Int64]]) async throws {
        let resolution = try await CrossUnitCheck.resolve(zip(batch.keys, batch.records).map { (key: $0, record: $1) }, siblings: siblings,
                                                          policy: policy, on: db)
        for write in resolution.writes {
            switch write {
            case let .insert(key, record):
                try await insertOne(key: key, record: record)
                outcome.stored += 1
            case let .replace(held, key, record):
                try await ObservationChanges.record(held, reason: "replace", replacement: record, sourceFile: sourceFile, on: db)
                try await db.delete(from: "observations").where("datastream_id", .equal, held.datastream).where("phenomenon_time", .equal, held.time).run()
                try await insertOne(key: key, record: record)
                outcome.replaced += 1
            }
        }
        outcome.conflicts += resolution.conflicts
        batch.keys = resolution.keep.map(\.key)
        batch.records = resolution.keep.map(\.record)
    }

    /// Stores one row at once (a moment held in several units), outside the batch's insert.
    private func insertOne(key: ObservationKey, record: ObservationRecord) async throws {
        let row = NewObservationRow(key: key, record: record)
        let values: [any SQLExpression] = [SQLBind(row.datastream), SQLBind(row.time), SQLBind(row.valueReported), SQLBind(row.value), SQLBind(row.censoring),
                                           SQLBind(row.dayAssumed ? 1 : 0), SQLBind(sourceFile), SQLBind(row.line), SQLBind(row.qc), SQLBind(row.unusual)]
        try await db.insert(into: "observations").columns(NewObservationRow.columns).values(values).run()
    }

    /// Waits for the insert in flight and checks what it did not store: duplicates, or conflicts.
    private func settle() async throws {
        guard let (insert, inserted) = inFlight else { return }
        inFlight = nil
        let (stored, kept, order) = try await insert.value
        var batch = inserted
        batch.order = order
        outcome.stored += stored
        guard stored < batch.records.count else { return }
        let conflicts = StoredObservationCheck.conflicts(among: kept.map { batch.entry(row: $0.index) }, stored: Dictionary(
            kept.map { kept in
                let (key, record) = batch.entry(row: kept.index)
                return (key, StoredObservationCheck.Stored(kept, unit: record.reported.unit))
            }, uniquingKeysWith: { _, last in last }), replacing: policy == .replace)
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
        if record.station != lastStation.id { lastStation = (record.station, streamsByStation[record.station] ?? []) }
        if let id = lastStation.streams.first(where: { $0.parameter == record.parameter.code && $0.unit == record.reported.unit })?.id {
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
        remember(Datastream(parameter: record.parameter.code, unit: record.reported.unit, id: id), of: record.station)
        let pair = "\(record.station)\u{1F}\(record.parameter.code)"
        if streamsByStationParameter[pair] == nil {
            streamsByStationParameter[pair] = try await db.select().column("id").from("datastreams")
                .where("station_id", .equal, record.station).where("parameter_code", .equal, record.parameter.code)
                .all(decodingColumn: "id", as: Int64.self)
        }
        if !(streamsByStationParameter[pair] ?? []).contains(id) { streamsByStationParameter[pair, default: []].append(id) }
        return id
    }

    /// Keeps `datastream` among those of `station`: the last station's are compared before any hashing (rows of
    /// one station come together in most files, and comparing a few short strings is cheaper than hashing three
    /// per row); another station's are found with one hash of its id.
    private func remember(_ datastream: Datastream, of station: String) {
        streamsByStation[station, default: []].append(datastream)
        if station == lastStation.id { lastStation.streams.append(datastream) }
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

/// A batch of an import: its records, their keys, and the order (indices into both) of the insert's rows,
/// which the insert works out on its own core.
private struct Batch {
    var records: [ObservationRecord] = []
    var keys: [ObservationKey] = []
    var order: [Int] = []

    /// Indices of `records` in key order (datastream, time, then line: a repeated key's first row first).
    static func keyOrder(_ records: [ObservationRecord], _ keys: [ObservationKey]) -> [Int] {
        records.indices.sorted { first, second in
            (keys[first].datastream, keys[first].time, records[first].line) < (keys[second].datastream, keys[second].time, records[second].line)
        }
    }

    /// The key and record of the insert's row `row`.
    func entry(row: Int) -> (ObservationKey, ObservationRecord) {
        (keys[order[row]], records[order[row]])
    }
}

/// A datastream of a station as an import names it: parameter code, unit as reported, and its id.
private struct Datastream {
    let parameter: String
    let unit: MeasurementUnit
    let id: Int64
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
