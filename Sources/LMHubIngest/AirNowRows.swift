import Foundation
import LMHubCore

/// The rows of an AirNow / US State Department hourly export (air-quality notes §8.2).
///
/// The hour comes from `Year,Month,Day,Hour` (the authority, with or without leading zeros, as a spreadsheet
/// re-saves them), checked against `Date (LT)` where that cell is readable (`2018-01-01 01:00 AM`, or a
/// spreadsheet's `3/5/2018 7:00`, month or day first); a file without the numeric columns is read from
/// `Date (LT)` alone. Local time is the site's zone: the zone the store keeps for a known station, else
/// `--timezone`, else the zone LMHub knows for the site (``AirNowSites``). `Raw Conc.` with `-999` is not
/// measured; every hour with a value is kept with its `QC Name` flag. The file's own `NowCast Conc.` and
/// `AQI` (`-999`: none) are carried for comparison. Errors quote the file's own cells.
struct AirNowRows: AirRowParser {
    let path: String
    let columns: [String: Int]
    let zones: StationTimeZones
    private(set) var siteZones: [String: TimeZone] = [:]
    var values: AirValueCell
    private var times: TimeCell

    static let required = ["site", "parameter", "raw conc.", "conc. unit", "qc name"]
    static let clock = ["year", "month", "day", "hour"]

    init(path: String, header: [String], zones: StationTimeZones, values: AirValueCell) throws(IngestError) {
        self.path = path
        self.zones = zones
        self.values = values
        let columns = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.columns = columns
        times = TimeCell(zones: StationTimeZones(fallback: zones.explicit ?? .gmt))
        let needed = Self.required + (Self.clock.allSatisfy { columns[$0] != nil } ? [] : ["date (lt)"])
        if let absent = needed.first(where: { columns[$0] == nil }) {
            throw IngestError(file: path, line: 1, field: absent,
                              message: "missing column of the AirNow layout (\(Self.required.joined(separator: ",")), and Year,Month,Day,Hour or Date (LT))")
        }
    }

    mutating func reading(_ row: CSVRecord) throws(IngestError) -> AirReading {
        func cell(_ name: String) -> String { columns[name].flatMap { $0 < row.fields.count ? row.fields[$0] : nil } ?? "" }
        func fail(_ field: String, _ message: String) -> IngestError { IngestError(file: path, line: row.line, field: field, message: message) }
        let site: String
        do { site = try StationCell.read(cell("site"), zones: zones) } catch { throw fail("Site", error.message) }
        guard let pollutant = Pollutant(parsing: cell("parameter").trimmed) else { throw fail("Parameter", "unknown pollutant '\(cell("parameter"))'") }
        guard let unit = MeasurementUnit(parsingAir: cell("conc. unit").trimmed) else { throw fail("Conc. Unit", "unknown unit '\(cell("conc. unit"))'") }
        let qcText = cell("qc name").trimmed
        let qc = QCFlag(parsing: qcText)
        if qc == nil, !qcText.isEmpty {
            throw fail("QC Name", "unknown quality flag '\(qcText)'; AirNow writes \(QCFlag.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let time = try hour(row, site: site)
        let rawText = cell("raw conc.")
        let raw: Double? = rawText.trimmed.isEmpty ? nil : ValueCell.number(rawText.trimmed)
        if raw == nil, !rawText.trimmed.isEmpty { throw fail("Raw Conc.", "expected a number or -999, found '\(rawText)'") }
        let value: Double?, unusual: String?
        do { (value, unusual) = try values.read(raw, text: rawText, pollutant: pollutant, unit: unit, qc: qc) } catch {
            throw fail("Raw Conc.", error.message)
        }
        let nowcast = try columns["nowcast conc."] == nil ? nil : number(cell("nowcast conc."), "NowCast Conc.", row.line)
        let aqi = try columns["aqi"] == nil ? nil : number(cell("aqi"), "AQI", row.line)
        return AirReading(station: site, pollutant: pollutant, time: time, value: value, unit: unit, qc: qc, unusual: unusual,
                          line: row.line, reportedNowCast: nowcast, reportedAQI: aqi.flatMap { abs($0) < 1e9 ? Int($0) : nil })
    }

    /// The start of the row's hour, UTC: the numeric columns read in the site's zone and checked against
    /// `Date (LT)`, or `Date (LT)` alone.
    private mutating func hour(_ row: CSVRecord, site: String) throws(IngestError) -> Date {
        let (path, columns) = (path, columns)
        func cell(_ name: String) -> String { columns[name].flatMap { $0 < row.fields.count ? row.fields[$0] : nil } ?? "" }
        func fail(_ field: String, _ message: String) -> IngestError { IngestError(file: path, line: row.line, field: field, message: message) }
        let zone: TimeZone
        if let stored = zones.byStation[site] {
            zone = stored
        } else if let known = zones.explicit ?? AirNowSites.zone(of: site) {
            if let explicit = zones.explicit, let own = AirNowSites.zone(of: site), !StationTimeZones.same(explicit, own) {
                throw fail("Site", "--timezone \(StationTimeZones.name(explicit)) contradicts the zone of the AirNow site '\(site)', \(own.identifier); "
                    + "an export's Date (LT) is the site's local time (drop --timezone)")
            }
            zone = known
        } else {
            throw fail("Site", "AirNow times are local and LMHub does not know the zone of '\(cell("site"))'; pass --timezone")
        }
        if siteZones[site] == nil {
            siteZones[site] = zone
            times = TimeCell(zones: StationTimeZones(fallback: times.zones.fallback, byStation: siteZones))
        }
        let dateText = cell("date (lt)")
        let fromDate = columns["date (lt)"] == nil ? nil : AirNowLocalTime.parse(dateText)
        let clock: [Int]
        if Self.clock.allSatisfy({ columns[$0] != nil }) {
            let texts = Self.clock.map { cell($0) }
            let quoted = zip(["Year", "Month", "Day", "Hour"], texts).map { "\($0) '\($1)'" }.joined(separator: ", ")
            let names = ["Year", "Month", "Day", "Hour"]
            if let bad = texts.firstIndex(where: { Int($0.trimmed) == nil }) {
                throw fail(names[bad], "expected whole numbers in Year, Month, Day, Hour; found \(quoted)")
            }
            let numbers = texts.compactMap { Int($0.trimmed) }
            guard TimeCell.localSeconds(numbers + [0, 0]) != nil else {
                let wrong = !(1...9999).contains(numbers[0]) ? 0 : !(1...12).contains(numbers[1]) ? 1
                    : TimeCell.localSeconds([numbers[0], numbers[1], numbers[2], 0, 0, 0]) == nil ? 2 : 3
                throw fail(names[wrong], "\(quoted) is not a valid date and hour (\(names[wrong]) is out of range)")
            }
            if let fromDate, !fromDate.contains(numbers) {
                throw fail("Date (LT)", "'\(dateText)' does not name the hour of \(quoted) on the same row")
            }
            clock = numbers
        } else {
            guard let only = fromDate, only.count == 1, let first = only.first else {
                throw fail("Date (LT)", "expected a local date and hour such as '2018-01-01 01:00 AM' or '1/1/2018 1:00', found '\(dateText)'"
                    + ((fromDate?.count ?? 0) > 1 ? " (day and month could be either way round; add the Year, Month, Day, Hour columns)" : ""))
            }
            clock = first
        }
        let stamp = String(format: "%04d-%02d-%02dT%02d:00", clock[0], clock[1], clock[2], clock[3])
        do { return try times.parse(stamp, station: site) } catch { throw fail("Hour", error.message) }
    }

    /// A cell's number, `nil` for a missing mark (`-999`) or an empty cell.
    private func number(_ text: String, _ field: String, _ line: Int) throws(IngestError) -> Double? {
        let trimmed = text.trimmed
        if trimmed.isEmpty { return nil }
        guard let value = ValueCell.number(trimmed) else {
            throw IngestError(file: path, line: line, field: field, message: "expected a number or -999, found '\(text)'")
        }
        return values.screen.isMissingMark(value) ? nil : value
    }
}
