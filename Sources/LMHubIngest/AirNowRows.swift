import Foundation
import LMHubCore

/// The rows of an AirNow / US State Department hourly export (air-quality notes §8.2): the hour from
/// `Year,Month,Day,Hour` in the monitor's local zone, `Raw Conc.` with `-999` as missing, `QC Name` kept, and
/// the file's own `NowCast Conc.` and `AQI` (`-999`: none) carried for comparison. Only `Valid` hours give a
/// value: `Missing`, `Invalid` and `Suspect` hours are read as missing and keep their flag.
struct AirNowRows: AirRowParser {
    let path: String
    let columns: [String: Int]
    let zone: TimeZone?
    var times: TimeCell

    static let required = ["site", "parameter", "year", "month", "day", "hour", "nowcast conc.", "aqi", "raw conc.", "conc. unit", "qc name"]
    static let missing = -999.0

    init(path: String, header: [String], zone: TimeZone?) throws(IngestError) {
        self.path = path
        self.zone = zone
        let columns = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.columns = columns
        times = TimeCell(zones: StationTimeZones(fallback: zone ?? .gmt))
        if let absent = Self.required.first(where: { columns[$0] == nil }) {
            throw IngestError(file: path, line: 1, field: absent, message: "missing column of the AirNow layout (\(Self.required.joined(separator: ",")))")
        }
    }

    mutating func reading(_ row: CSVRecord) throws(IngestError) -> AirReading {
        func cell(_ name: String) -> String { columns[name].flatMap { $0 < row.fields.count ? row.fields[$0].trimmed : nil } ?? "" }
        func fail(_ field: String, _ message: String) -> IngestError { IngestError(file: path, line: row.line, field: field, message: message) }
        guard let pollutant = Pollutant(parsing: cell("parameter")) else { throw fail("Parameter", "unknown pollutant '\(cell("parameter"))'") }
        guard let unit = MeasurementUnit(parsingAir: cell("conc. unit")) else { throw fail("Conc. Unit", "unknown unit '\(cell("conc. unit"))'") }
        if zone == nil, AirNowSites.zone(of: cell("site")) == nil {
            throw fail("Site", "AirNow times are local and LMHub does not know the zone of '\(cell("site"))'; pass --timezone")
        }
        let siteZone = zone ?? AirNowSites.zone(of: cell("site")) ?? .gmt
        if times.zones.byStation[cell("site")] == nil {
            times = TimeCell(zones: StationTimeZones(fallback: times.zones.fallback, byStation: times.zones.byStation.merging([cell("site"): siteZone]) { $1 }))
        }
        let stamp = String(format: "%@-%@-%@T%@:00", cell("year"), cell("month"), cell("day"), cell("hour"))
        let time: Date
        do { time = try times.parse(stamp, station: cell("site")) } catch { throw fail("Hour", error.message) }
        let quality = cell("qc name")
        let raw = try number(cell("raw conc."), "Raw Conc.", row.line)
        let nowcast = try number(cell("nowcast conc."), "NowCast Conc.", row.line)
        let aqi = try number(cell("aqi"), "AQI", row.line)
        return AirReading(
            station: cell("site"), pollutant: pollutant, time: time, value: quality == "Valid" ? raw : nil, unit: unit,
            quality: quality, line: row.line, reportedNowCast: nowcast, reportedAQI: aqi.map { Int($0) })
    }

    /// A cell's number, `nil` for AirNow's `-999` sentinel.
    private func number(_ text: String, _ field: String, _ line: Int) throws(IngestError) -> Double? {
        guard let value = ValueCell.number(text) else {
            throw IngestError(file: path, line: line, field: field, message: "expected a number or -999, found '\(text)'")
        }
        return value == Self.missing ? nil : value
    }
}
