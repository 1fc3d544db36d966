import Foundation
import LMHubCore
import SQLKit

/// A station's latest observation of one parameter.
public struct LatestValue: Sendable {
    public let station: String
    public let observation: StoredObservation
}

extension LMHubStore {
    /// Every station's latest observation of `parameter` (canonical code) whose QC flag `policy` admits (no flag,
    /// Valid, and Suspect by default), by station id, in one query: the newest such time per station, joined back
    /// to its row.
    public func latestValues(parameter: String, policy: QCPolicy = .default) async throws -> [LatestValue] {
        let flags = QCFlag.allCases.filter(policy.admits).map(\.rawValue)
        let admitted = SQLList(flags.map { SQLBind($0) })
        let rows = try await db.raw("""
            SELECT d.station_id, d.parameter_code, p.canonical_unit, d.unit, o.phenomenon_time, o.value, o.value_reported, o.censoring,
                   o.day_assumed, o.source_file, o.source_line, o.qc, o.unusual
            FROM observations o
            JOIN datastreams d ON d.id = o.datastream_id
            JOIN parameters p ON p.code = d.parameter_code
            JOIN (SELECT d2.station_id AS sid, MAX(o2.phenomenon_time) AS newest
                  FROM observations o2 JOIN datastreams d2 ON d2.id = o2.datastream_id
                  WHERE d2.parameter_code = \(bind: parameter) AND (o2.qc IS NULL OR o2.qc IN (\(admitted)))
                  GROUP BY d2.station_id) m
              ON m.sid = d.station_id AND m.newest = o.phenomenon_time
            WHERE d.parameter_code = \(bind: parameter)
            ORDER BY d.station_id
            """).all(decoding: ObservationRow.self)
        return rows.map { LatestValue(station: $0.station_id ?? "", observation: $0.observation) }
    }
}
