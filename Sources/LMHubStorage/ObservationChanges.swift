import Foundation
import LMHubCore
import SQLKit

/// The audit of observation changes (`observation_changes`): each stored value an import replaced
/// (`--on-conflict replace`) or a station-id merge dropped, with what replaced it.
enum ObservationChanges {
    /// Copies the stored observation at `key` into the audit, with `reason` and the value that replaces it
    /// (`nil` when it is removed).
    static func record(_ key: ObservationKey, reason: String, replacement: ObservationRecord?, sourceFile: String?, on db: any SQLDatabase) async throws {
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        let new: [any SQLExpression] = replacement.map { record in
            [SQLBind(record.reported.value), SQLBind(record.reported.unit.rawValue), SQLBind(record.reported.censoring.rawValue),
             SQLBind(sourceFile ?? ""), SQLBind(record.line)]
        } ?? Array(repeating: SQLLiteral.null, count: 5)
        let select = db.select()
            .column(SQLBind(now)).column(SQLBind(reason))
            .column(SQLColumn("station_id", table: "d")).column(SQLColumn("parameter_code", table: "d"))
            .column(SQLColumn("phenomenon_time", table: "o")).column(SQLColumn("value_reported", table: "o"))
            .column(SQLColumn("unit", table: "d")).column(SQLColumn("censoring", table: "o"))
            .column(SQLColumn("source_file", table: "o")).column(SQLColumn("source_line", table: "o"))
        for expression in new { select.column(expression) }
        select.from(SQLAlias(SQLIdentifier("observations"), as: SQLIdentifier("o")))
            .join(SQLAlias(SQLIdentifier("datastreams"), as: SQLIdentifier("d")), on: SQLColumn("datastream_id", table: "o"), .equal, SQLColumn("id", table: "d"))
            .where(SQLColumn("datastream_id", table: "o"), .equal, SQLBind(key.datastream))
            .where(SQLColumn("phenomenon_time", table: "o"), .equal, SQLBind(key.time))
        try await db.raw("""
            INSERT INTO observation_changes (at, reason, station_id, parameter_code, phenomenon_time, old_value_reported, old_unit,
                old_censoring, old_source_file, old_source_line, new_value_reported, new_unit, new_censoring, new_source_file, new_source_line) \(select.query)
            """).run()
    }
}

extension LMHubStore {
    /// One change of a stored observation, as the audit keeps it.
    public struct ObservationChange: Sendable, Hashable, Decodable {
        public let reason: String
        public let station_id: String
        public let parameter_code: String
        /// Epoch milliseconds.
        public let phenomenon_time: Int64
        public let old_value_reported: Double
        public let old_unit: String
        public let old_censoring: String
        public let old_source_file: String
        public let new_value_reported: Double?
        public let new_source_file: String?
    }

    /// The audit of observation changes, oldest first.
    public func observationChanges() async throws -> [ObservationChange] {
        try await db.select().columns("reason", "station_id", "parameter_code", "phenomenon_time", "old_value_reported", "old_unit",
                                      "old_censoring", "old_source_file", "new_value_reported", "new_source_file")
            .from("observation_changes").orderBy("id").all(decoding: ObservationChange.self)
    }
}
