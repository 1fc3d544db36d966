import Foundation
import LMHubCore
import LMHubIngest

/// The printed form of `lmhub aqi`: `time,station,pollutant,concentration,nowcast,aqi,category`, as CSV or
/// as an aligned table.
struct AQITable {
    let format: AQI.OutputFormat
    let daily: Bool
    private var rows: [[String]] = [["time", "station", "pollutant", "concentration", "nowcast", "aqi", "category"]]

    init(format: AQI.OutputFormat, daily: Bool) {
        self.format = format
        self.daily = daily
    }

    mutating func add(station: String, zone: TimeZone, results: [(scheme: AQIScheme, result: AQIResult)], series: [HourlySeries]) {
        let stamp = ISO8601DateFormatter()
        stamp.timeZone = zone
        stamp.formatOptions = daily ? [.withFullDate] : [.withInternetDateTime]
        for (scheme, result) in results {
            let time = stamp.string(from: result.time)
            for run in series {
                let parts = result.parts.filter { $0.pollutant == run.pollutant }
                let best = parts.compactMap(\.subIndex).max { $0.value < $1.value }
                let concentration = daily ? parts.first?.value : run.mean1h(at: result.time)
                let nowcast = parts.first { $0.statistic == .nowcast }?.value
                if concentration == nil, nowcast == nil, best == nil { continue }
                rows.append([time, station, run.pollutant.rawValue, Self.number(concentration), Self.number(nowcast),
                             best.map { String($0.value) } ?? "", best.map { Self.category($0, scheme) } ?? ""])
            }
            if series.count > 1, result.aqi != nil {
                rows.append([time, station, "AQI", "", "", result.aqi.map(String.init) ?? "", (result.beyondIndex ?? result.category?.name)?.text("en") ?? ""])
            }
        }
    }

    var text: String {
        switch format {
        case .csv: return rows.map(CSVWriter.line).joined()
        case .table: return AssessmentReport.align(rows)
        }
    }

    /// The sub-index's category, or the scheme's "Beyond Index" mark when its concentration is above the table.
    static func category(_ index: SubIndex, _ scheme: AQIScheme) -> String {
        if index.aboveTable, let beyond = scheme.beyondIndex { return beyond.label.text("en") }
        return scheme.category(of: index.value)?.category.name.text("en") ?? ""
    }

    static func number(_ value: Double?) -> String {
        value.map { String(format: "%.10g", $0) } ?? ""
    }
}
