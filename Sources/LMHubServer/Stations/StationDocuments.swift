import Foundation
import Hummingbird
import LMHubCore
import LMHubStorage
import LMHubViews

/// `GET /api/v1/stations`: `{"stations": [{"station", "latest"}], "next", "sources"}`.
struct StationsDocument: Encodable {
    struct Entry: ResponseEncodable {
        let station: Station
        let latest: Latest?

        /// A water station's latest sample with its class against `standard`; an air station's latest hour with
        /// the US EPA AQI of the latest hour that has one (`air`).
        init(_ row: OverviewModel.Row, standard: String, air: AirService.LatestIndex?) {
            station = row.station
            latest = row.latestTime.map { time in
                row.station.kind == .air
                    ? Latest(time: time, date: LocalDate.string(time, timeZone: row.station.timeZone), dayAssumed: row.dayAssumed,
                             standard: air?.scheme, class: air?.category, rank: air?.rank, drivers: [], aqi: air?.aqi, aqiTime: air?.time)
                    : Latest(time: time, date: LocalDate.string(time, timeZone: row.station.timeZone), dayAssumed: row.dayAssumed,
                             standard: standard, class: row.assessment?.label, rank: row.assessment?.rank,
                             drivers: row.assessment?.drivers ?? [], aqi: nil, aqiTime: nil)
            }
        }
    }

    struct Latest: Encodable {
        let time: Date
        /// Local date in the station's zone.
        let date: String
        let dayAssumed: Bool
        /// The standard of `class`: the water standard, or for an air station the AQI scheme version (its series
        /// is at `/api/v1/stations/{id}/aqi`).
        let standard: String?
        /// The class (water) or the AQI category in English (air).
        let `class`: String?
        let rank: Int?
        let drivers: [String]
        /// Air stations: the AQI of the latest hour that has one, and that hour.
        let aqi: Int?
        let aqiTime: Date?
    }

    let stations: [Entry]
    /// The next page, `null` on the last.
    let next: String?
    let sources: [SourceAttribution]
}

/// The station list as CSV: one row a station with its position and latest class.
enum StationTable {
    static func csv(_ rows: [OverviewModel.Row], standard: String, air: [String: AirService.LatestIndex]) -> CSVTable {
        CSVTable(header: ["id", "name", "country", "kind", "water_body", "latitude (deg)", "longitude (deg)", "location_approximate",
                          "time_zone", "latest_time (UTC)", "latest_date (local)", "day_assumed", "standard", "class", "aqi", "operator", "licence"],
                 rows: rows.map { row in
                     let station = row.station
                     let index = air[station.id]
                     return [.text(station.id), .text(station.name.text("en")), .optional(station.country), .text(station.kind.rawValue),
                             .optional(station.waterBody), .optional(station.latitude), .optional(station.longitude),
                             .text(String(station.locationApproximate)), .text(station.timeZone),
                             .optional(row.latestTime.map(Self.utc)), .optional(row.latestTime.map { LocalDate.string($0, timeZone: station.timeZone) }),
                             row.latestTime == nil ? .empty : .text(String(row.dayAssumed)),
                             station.kind == .water ? .text(standard) : .optional(index?.scheme),
                             station.kind == .water ? .optional(row.assessment?.label) : .optional(index?.category),
                             index.map { .integer($0.aqi) } ?? .empty, .optional(station.operatorName), .optional(station.licence)]
                 })
    }

    static func utc(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}

/// `GET /api/v1/stations/{id}/observations`: `{"station", "parameter", "observations": [...], "next", "sources"}`.
struct ObservationsDocument: Encodable {
    let station: String
    let parameter: String?
    let observations: [StoredObservation]
    let next: String?
    let sources: [SourceAttribution]
}

/// Observations as CSV, oldest first. With one parameter asked, the value column names it and its unit
/// (`DO (mg/L)`); otherwise `value` and `unit` columns.
enum ObservationTable {
    static func csv(_ rows: [StoredObservation], station: Station, parameter: String?) -> CSVTable {
        let unit = rows.first?.unit.rawValue ?? parameter.flatMap { ParameterRegistry.all.parameter(named: $0)?.canonicalUnit.rawValue } ?? ""
        let single = parameter != nil
        let head = ["station", "time (UTC)", "local_time (\(station.timeZone))", "parameter"]
            + (single ? ["\(parameter ?? "") (\(unit))"] : ["value", "unit"])
            + ["censoring", "reported_value", "reported_unit", "qc", "unusual", "day_assumed", "source_file", "source_line"]
        let local = ISO8601DateFormatter()
        local.timeZone = station.zone
        return CSVTable(header: head, rows: rows.map { row in
            [.text(station.id), .text(StationTable.utc(row.time)), .text(local.string(from: row.time)), .text(row.parameter), .number(row.value)]
                + (single ? [] : [.text(row.unit.rawValue)])
                + [.text(row.censoring.rawValue), .number(row.reportedValue), .text(row.reportedUnit.rawValue), .optional(row.qc?.rawValue),
                   .optional(row.unusual), .text(String(row.dayAssumed)), .text(row.sourceFile), .integer(row.sourceLine)]
        })
    }
}
