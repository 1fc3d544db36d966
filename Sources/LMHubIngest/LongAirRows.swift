import Foundation
import LMHubCore

/// The rows of a long hourly air file, `station,time,pollutant,value,unit` (names case-insensitive, any
/// order): one reading a row, units µg/m³, mg/m³, ppb or ppm, an empty value (or `-999`) for a missing hour.
struct LongAirRows: AirRowParser {
    let path: String
    let columns: [String: Int]
    var times: TimeCell

    static let required = ["station", "time", "pollutant", "value", "unit"]
    /// Values monitors write for a missing hour (AirNow's `-999`, and `-9999`): read as missing, never as a
    /// concentration. Other negative values are kept as measured (instrument noise around zero is real data).
    static let missingMarks: Set<Double> = [-999, -9999]

    init(path: String, header: [String], zone: TimeZone) throws(IngestError) {
        self.path = path
        let columns = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.columns = columns
        times = TimeCell(zones: StationTimeZones(fallback: zone))
        if let absent = Self.required.first(where: { columns[$0] == nil }) {
            throw IngestError(file: path, line: 1, field: absent,
                              message: "missing column; an hourly air file needs \(Self.required.joined(separator: ",")) (or the AirNow layout)")
        }
    }

    mutating func reading(_ row: CSVRecord) throws(IngestError) -> AirReading {
        func cell(_ name: String) -> String { columns[name].flatMap { $0 < row.fields.count ? row.fields[$0].trimmed : nil } ?? "" }
        func fail(_ field: String, _ message: String) -> IngestError { IngestError(file: path, line: row.line, field: field, message: message) }
        let station = cell("station")
        guard !station.isEmpty else { throw fail("station", "empty station") }
        guard let pollutant = Pollutant(parsing: cell("pollutant")) else {
            throw fail("pollutant", "unknown pollutant '\(cell("pollutant"))'; known: \(Pollutant.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let unit = MeasurementUnit(parsingAir: cell("unit")) else {
            throw fail("unit", "unknown unit '\(cell("unit"))'; known: µg/m³ (ug/m3), mg/m³, ppb, ppm")
        }
        if pollutant == .pm25 || pollutant == .pm10, unit == .ppb || unit == .ppm {
            throw fail("unit", "\(pollutant.rawValue) is particulate matter: give it in µg/m³ or mg/m³, not \(unit.rawValue)")
        }
        let text = cell("value")
        let number: Double? = text.isEmpty ? nil : ValueCell.number(text)
        if !text.isEmpty, number == nil { throw fail("value", "expected a number, found '\(text)'") }
        let value = number.flatMap { Self.missingMarks.contains($0) ? nil : $0 }
        let time: Date
        do { time = try times.parse(cell("time"), station: station) } catch { throw fail("time", error.message) }
        return AirReading(station: station, pollutant: pollutant, time: time, value: value, unit: unit,
                          quality: nil, line: row.line, reportedNowCast: nil, reportedAQI: nil)
    }
}
