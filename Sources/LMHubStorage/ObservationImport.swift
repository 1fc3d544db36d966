import Foundation
import LMHubCore
import SQLKit

extension LMHubStore {
    /// Runs `body` with a sink for observations inside one transaction: either everything `body` wrote is
    /// stored, or (when it throws) nothing is. Stations named in the records that the store does not know
    /// are created with the name as written and `timeZone`. Observations already stored (same datastream,
    /// same time) are skipped, so importing a file twice adds nothing.
    /// - Returns: `body`'s result and the number of observations new to the store.
    public func importing<R>(
        timeZone: String = "UTC", sourceFile: String,
        _ body: (any ObservationSink) async throws -> R
    ) async throws -> (result: R, stored: Int) {
        try await Transaction.run(on: db) {
            let before = try await observationCount()
            let writer = ObservationWriter(db: db, timeZone: timeZone, sourceFile: sourceFile)
            let result = try await body(writer)
            try await writer.flush()
            return (result, try await observationCount() - before)
        }
    }
}

/// Buffers observations and writes them in multi-row `INSERT … ON CONFLICT DO NOTHING` statements of
/// ``batchSize`` rows, creating stations, parameters and datastreams on first sight.
final class ObservationWriter: ObservationSink {
    private let db: any SQLDatabase
    private let timeZone: String
    private let sourceFile: String
    private var datastreams: [String: Int64] = [:]
    private var knownStations: Set<String> = []
    private var knownParameters: Set<String> = []
    private var pending: [ObservationRecord] = []
    private var statements: [Int: String] = [:]
    static let batchSize = 500

    init(db: any SQLDatabase, timeZone: String, sourceFile: String) {
        self.db = db
        self.timeZone = timeZone
        self.sourceFile = sourceFile
    }

    func write(_ records: [ObservationRecord]) async throws {
        pending.append(contentsOf: records)
        if pending.count >= Self.batchSize { try await flush() }
    }

    func flush() async throws {
        guard !pending.isEmpty else { return }
        var binds: [any Encodable & Sendable] = []
        binds.reserveCapacity(pending.count * Self.columns.count)
        for record in pending {
            binds += [
                try await datastreamID(for: record), LMHubStore.millis(record.time), record.reported.value,
                record.canonicalValue, record.reported.censoring.rawValue, record.dayAssumed ? 1 : 0, sourceFile, record.line,
            ] as [any Encodable & Sendable]
        }
        try await db.execute(sql: BoundStatement(sql: insertStatement(rows: pending.count), binds: binds)) { _ in }
        pending.removeAll(keepingCapacity: true)
    }

    static let columns = ["datastream_id", "phenomenon_time", "value_reported", "value", "censoring",
                          "day_assumed", "source_file", "source_line"]

    /// The text of `INSERT INTO observations (…) VALUES (…), … ON CONFLICT DO NOTHING` for `rows` rows, in
    /// the database's dialect, serialized once per row count: building it is a fifth of an import's time.
    private func insertStatement(rows: Int) -> String {
        if let cached = statements[rows] { return cached }
        let insert = db.insert(into: "observations").columns(Self.columns)
            .ignoringConflicts(with: ["datastream_id", "phenomenon_time"])
        for _ in 0..<rows { insert.values(Array(repeating: SQLBind(0), count: Self.columns.count) as [any SQLExpression]) }
        let sql = db.serialize(insert.query).sql
        statements[rows] = sql
        return sql
    }

    private func datastreamID(for record: ObservationRecord) async throws -> Int64 {
        let key = "\(record.station)\u{1F}\(record.parameter.code)\u{1F}\(record.reported.unit.rawValue)"
        if let id = datastreams[key] { return id }
        try await ensureStation(record.station)
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
        return id
    }

    private func ensureStation(_ id: String) async throws {
        guard !knownStations.contains(id) else { return }
        try await StationRows.insertIfAbsent(Station(id: id, name: LocalizedText(en: id), timeZone: timeZone), on: db)
        knownStations.insert(id)
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

/// A statement already serialized to its dialect's text, with its binds in placeholder order.
struct BoundStatement: SQLExpression {
    let sql: String
    let binds: [any Encodable & Sendable]

    func serialize(to serializer: inout SQLSerializer) {
        serializer.write(sql)
        serializer.binds += binds
    }
}
