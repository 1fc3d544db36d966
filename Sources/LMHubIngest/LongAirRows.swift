import Foundation
import LMHubCore

/// The rows of a long hourly air file, `station,time,pollutant,value,unit[,qc]` (names case-insensitive, any
/// order): one reading a row, units µg/m³, mg/m³, ppb or ppm, an empty value (or a missing mark such as
/// `-999`) for a missing hour, and an optional quality flag (`Valid`, `Suspect`, `Invalid`, `Missing`).
/// Times without an offset are read in the zone the store keeps for a known station, else in `--timezone`
/// (UTC when none is given).
struct LongAirRows: AirRowParser {
    let path: String
    let columns: [String: Int]
    var values: AirValueCell
    private var times: TimeCell

    static let required = ["station", "time", "pollutant", "value", "unit"]

    init(path: String, header: [String], zones: StationTimeZones, values: AirValueCell) throws(IngestError) {
        self.path = path
        self.values = values
        let columns = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.columns = columns
        times = TimeCell(zones: zones)
        if let absent = Self.required.first(where: { columns[$0] == nil }) {
            throw IngestError(file: path, line: 1, field: absent,
                              message: "missing column; an hourly air file needs \(Self.required.joined(separator: ","))[,qc] (or the AirNow layout)")
        }
    }

    mutating func reading(_ row: CSVRecord) throws(IngestError) -> AirReading {
        func cell(_ name: String) -> String { columns[name].flatMap { $0 < row.fields.count ? row.fields[$0] : nil } ?? "" }
        func fail(_ field: String, _ message: String) -> IngestError { IngestError(file: path, line: row.line, field: field, message: message) }
        let station: String
        do { station = try StationCell.read(cell("station"), zones: times.zones) } catch { throw fail("station", error.message) }
        guard let pollutant = Pollutant(parsing: cell("pollutant").trimmed) else {
            throw fail("pollutant", "unknown pollutant '\(cell("pollutant"))'; known: \(Pollutant.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let unit = MeasurementUnit(parsingAir: cell("unit").trimmed) else {
            throw fail("unit", "unknown unit '\(cell("unit"))'; known: µg/m³ (ug/m3), mg/m³, ppb, ppm")
        }
        if pollutant == .pm25 || pollutant == .pm10, unit == .ppb || unit == .ppm {
            throw fail("unit", "\(pollutant.rawValue) is particulate matter: give it in µg/m³ or mg/m³, not \(unit.rawValue)")
        }
        let qcText = cell("qc").trimmed
        let qc = QCFlag(parsing: qcText)
        if qc == nil, !qcText.isEmpty {
            throw fail("qc", "unknown quality flag '\(qcText)'; expected \(QCFlag.allCases.map(\.rawValue).joined(separator: ", ")) or empty")
        }
        let text = cell("value").trimmed
        let number: Double? = text.isEmpty ? nil : ValueCell.number(text)
        if !text.isEmpty, number == nil { throw fail("value", "expected a number, found '\(cell("value"))'") }
        let time: Date
        do { time = try times.parse(cell("time"), station: station) } catch { throw fail("time", error.message) }
        let value: Double?, unusual: String?
        do { (value, unusual) = try values.read(number, text: text, pollutant: pollutant, unit: unit, qc: qc) } catch {
            throw fail("value", error.message)
        }
        return AirReading(station: station, pollutant: pollutant, time: time, value: value, unit: unit, qc: qc, unusual: unusual,
                          line: row.line, reportedNowCast: nil, reportedAQI: nil)
    }
}
