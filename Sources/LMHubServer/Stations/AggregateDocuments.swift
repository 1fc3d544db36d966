import Foundation
import LMHubCore
import LMHubStorage

/// `GET /api/v1/stations/{id}/aggregates`: `{"station", "period", "timeZone", "aggregates": [{"parameter",
/// "unit", "period" (local `YYYY-MM-DD`, `YYYY-MM` or `YYYY`), "start", "end" (UTC), "count", "expected",
/// "coverage" (%), "mean", "min", "max"}], "next", "sources"}`. Censored values enter at their limit.
struct AggregatesDocument: Encodable {
    struct Row: Encodable, Sendable {
        let parameter: String
        let unit: String
        let period: String
        let start: Date
        let end: Date
        let count: Int
        let expected: Int
        let coverage: Double
        let mean: Double
        let min: Double
        let max: Double
    }

    let station: String
    let period: String
    let timeZone: String
    let aggregates: [Row]
    let next: String?
    let sources: [SourceAttribution]

    /// The summaries of each parameter of `observations` (by parameter, then period), at the station's
    /// sampling interval: hourly for air, monthly for water (the MRC network's schedule).
    static func rows(_ observations: [StoredObservation], station: Station, period: SeriesAggregation.Period) -> [Row] {
        let interval: SeriesAggregation.Interval = station.kind == .air ? .hour : .month
        return Dictionary(grouping: observations, by: \.parameter).sorted { $0.key < $1.key }.flatMap { code, list in
            SeriesAggregation.summarize(list.map { ($0.time, $0.value) }, period: period, interval: interval, timeZone: station.zone).map { summary in
                Row(parameter: code, unit: list[0].unit.rawValue, period: summary.period, start: summary.start, end: summary.end,
                    count: summary.count, expected: summary.expected, coverage: summary.coverage, mean: summary.mean,
                    min: summary.minimum, max: summary.maximum)
            }
        }
    }

    static func csv(_ rows: [Row]) -> CSVTable {
        CSVTable(header: ["parameter", "unit", "period (local)", "start (UTC)", "end (UTC)", "count", "expected", "coverage (%)", "mean", "min", "max"],
                 rows: rows.map { row in
                     [.text(row.parameter), .text(row.unit), .text(row.period), .text(StationTable.utc(row.start)), .text(StationTable.utc(row.end)),
                      .integer(row.count), .integer(row.expected), .number(row.coverage), .number(row.mean), .number(row.min), .number(row.max)]
                 })
    }
}

/// `GET /api/v1/latest`: `{"parameter", "unit", "values": [{"station", "name", "country", "kind", "latitude",
/// "longitude", "time", "date" (local), "value", "censoring", "qc"}], "next", "sources"}`.
struct LatestDocument: Encodable {
    struct Value: Encodable {
        let station: String
        let name: String
        let country: String?
        let kind: String
        let latitude: Double?
        let longitude: Double?
        let time: Date
        let date: String
        let value: Double
        let censoring: String
        let qc: String?
        /// The file gave a month, not a day: the date is the month's first (MRC monthly files).
        let dayAssumed: Bool
    }

    let parameter: String
    let unit: String?
    let values: [Value]
    let next: String?
    let sources: [SourceAttribution]

    init(parameter: String, values: [LatestValue], stations: [String: Station], next: String?, sources: [SourceAttribution]) {
        self.parameter = parameter
        unit = values.first?.observation.unit.rawValue ?? ParameterRegistry.all.parameter(named: parameter)?.canonicalUnit.rawValue
        self.values = values.compactMap { entry in
            guard let station = stations[entry.station] else { return nil }
            let o = entry.observation
            return Value(station: station.id, name: station.name.text("en"), country: station.country, kind: station.kind.rawValue,
                         latitude: station.latitude, longitude: station.longitude, time: o.time,
                         date: LocalDate.string(o.time, timeZone: station.timeZone), value: o.value, censoring: o.censoring.rawValue, qc: o.qc?.rawValue, dayAssumed: o.dayAssumed)
        }
        self.next = next
        self.sources = sources
    }

    static func csv(_ values: [LatestValue], stations: [String: Station], parameter: String) -> CSVTable {
        let document = LatestDocument(parameter: parameter, values: values, stations: stations, next: nil, sources: [])
        return CSVTable(header: ["station", "name", "country", "kind", "latitude (deg)", "longitude (deg)", "time (UTC)", "date (local)",
                                 "\(parameter) (\(document.unit ?? ""))", "censoring", "qc", "day_assumed"],
                        rows: document.values.map { v in
                            [.text(v.station), .text(v.name), .optional(v.country), .text(v.kind), .optional(v.latitude), .optional(v.longitude),
                             .text(StationTable.utc(v.time)), .text(v.date), .number(v.value), .text(v.censoring), .optional(v.qc), .text(String(v.dayAssumed))]
                        })
    }
}
