import Foundation
import LMHubCore
import SQLKit

/// An observation as stored: the value in the parameter's canonical unit and as reported, with provenance.
public struct StoredObservation: Sendable, Hashable, Codable {
    public var parameter: String
    /// Phenomenon time, UTC.
    public var time: Date
    /// Value in `unit`, the parameter's canonical unit.
    public var value: Double
    public var unit: MeasurementUnit
    public var reportedValue: Double
    public var reportedUnit: MeasurementUnit
    public var censoring: Censoring
    public var dayAssumed: Bool
    public var sourceFile: String
    public var sourceLine: Int
    /// The monitor's quality flag, where the file gave one (``QCFlag``).
    public var qc: QCFlag?
    /// Why the value was flagged unusual on import, if it was.
    public var unusual: String?

    /// The value with its censoring, in the canonical unit.
    public var measurement: MeasuredValue { MeasuredValue(value: value, unit: unit, censoring: censoring) }
}

/// A row of the observation queries (`station_id` only where the query selects it).
struct ObservationRow: Decodable {
    var station_id: String?
    var parameter_code: String
    var canonical_unit: String
    var unit: String
    var phenomenon_time: Int64
    var value: Double
    var value_reported: Double
    var censoring: String
    var day_assumed: Int
    var source_file: String
    var source_line: Int
    var qc: String?
    var unusual: String?

    var observation: StoredObservation {
        StoredObservation(
            parameter: parameter_code, time: Date(timeIntervalSince1970: Double(phenomenon_time) / 1000),
            value: value, unit: MeasurementUnit(rawValue: canonical_unit) ?? .milligramsPerLitre,
            reportedValue: value_reported, reportedUnit: MeasurementUnit(rawValue: unit) ?? .milligramsPerLitre,
            censoring: Censoring(rawValue: censoring) ?? .none, dayAssumed: day_assumed != 0,
            sourceFile: source_file, sourceLine: source_line, qc: qc.flatMap(QCFlag.init(rawValue:)), unusual: unusual
        )
    }
}

extension LMHubStore {
    /// Observations of one station, oldest first (by time, then parameter code), optionally of one parameter
    /// (canonical code), within `[from, to]` (inclusive), after the key `after` (time in epoch milliseconds,
    /// parameter code: the last row of the previous page) and at most `limit` of them.
    public func observations(
        station: String, parameter: String? = nil, from: Date? = nil, to: Date? = nil,
        after: (millis: Int64, parameter: String)? = nil, limit: Int? = nil
    ) async throws -> [StoredObservation] {
        let query = db.select()
            .columns([("d", "parameter_code"), ("p", "canonical_unit"), ("d", "unit"), ("o", "phenomenon_time"), ("o", "value"),
                      ("o", "value_reported"), ("o", "censoring"), ("o", "day_assumed"), ("o", "source_file"), ("o", "source_line"),
                      ("o", "qc"), ("o", "unusual")]
                .map { SQLColumn($0.1, table: $0.0) })
            .from(SQLAlias(SQLIdentifier("observations"), as: SQLIdentifier("o")))
            .join(SQLAlias(SQLIdentifier("datastreams"), as: SQLIdentifier("d")), on: SQLColumn("datastream_id", table: "o"), .equal, SQLColumn("id", table: "d"))
            .join(SQLAlias(SQLIdentifier("parameters"), as: SQLIdentifier("p")), on: SQLColumn("code", table: "p"), .equal, SQLColumn("parameter_code", table: "d"))
            .where(SQLColumn("station_id", table: "d"), .equal, SQLBind(StationID.lenient(station)))
        if let parameter { query.where(SQLColumn("parameter_code", table: "d"), .equal, SQLBind(parameter)) }
        if let from { query.where(SQLColumn("phenomenon_time", table: "o"), .greaterThanOrEqual, SQLBind(Self.millis(from))) }
        if let to { query.where(SQLColumn("phenomenon_time", table: "o"), .lessThanOrEqual, SQLBind(Self.millis(to))) }
        if let after {
            let time = SQLColumn("phenomenon_time", table: "o")
            query.where { group in
                group.where(time, .greaterThan, SQLBind(after.millis)).orWhere { same in
                    same.where(time, .equal, SQLBind(after.millis)).where(SQLColumn("parameter_code", table: "d"), .greaterThan, SQLBind(after.parameter))
                }
            }
        }
        if let limit { query.limit(limit) }
        return try await query.orderBy(SQLColumn("phenomenon_time", table: "o")).orderBy(SQLColumn("parameter_code", table: "d"))
            .all(decoding: ObservationRow.self).map(\.observation)
    }

    /// The station's samples (observations grouped by time), oldest first, values in canonical units.
    public func samples(station: String) async throws -> [WaterSample] {
        var samples: [WaterSample] = []
        for observation in try await observations(station: station) {
            if samples.last?.time != observation.time {
                samples.append(WaterSample(station: station, time: observation.time, dayAssumed: observation.dayAssumed, values: [:]))
            }
            samples[samples.count - 1].values[observation.parameter] = observation.measurement
        }
        return samples
    }

    /// Per station id, its latest sample (all observations at its latest time).
    public func latestSamples() async throws -> [String: WaterSample] {
        struct Latest: Decodable { var station_id: String; var latest: Int64 }
        let rows = try await db.raw("""
            SELECT d.station_id, MAX(o.phenomenon_time) AS latest
            FROM observations o JOIN datastreams d ON d.id = o.datastream_id
            GROUP BY d.station_id
            """).all(decoding: Latest.self)
        var result: [String: WaterSample] = [:]
        for row in rows {
            let time = Date(timeIntervalSince1970: Double(row.latest) / 1000)
            let observations = try await observations(station: row.station_id, from: time, to: time)
            result[row.station_id] = WaterSample(
                station: row.station_id, time: time, dayAssumed: observations.contains(where: \.dayAssumed),
                values: Dictionary(observations.map { ($0.parameter, $0.measurement) }, uniquingKeysWith: { a, _ in a }))
        }
        return result
    }

    public static func millis(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
}
