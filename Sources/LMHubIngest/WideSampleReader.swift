import Foundation
import LMHubCore

/// Reads a "wide" sample table: one row per sample, one column per parameter (the MRC layout:
/// `Name,Year,Month_1,Month,TEMP_C,pH,TSS_mgL,COND_mSm,…,NH4N_mgL,TOTP_mgL,DO_mgL,CODMN_mgL,…`).
///
/// Station and time columns are found by name (see ``WideColumns``). Where the file gives a year and a
/// month but no day, the sample is dated the 1st of the month and flagged ``ObservationRecord/dayAssumed``.
/// Columns naming no known parameter (MRC's ion ratios, un-ionised `NH3`) are listed in ``ignoredColumns``.
public struct WideSampleReader: ObservationReader {
    public let file: String
    public var ignoredColumns: [String] { columns.ignored }
    public var missingMarks: [String: Int] { screen.missingMarks }
    public private(set) var lastLine: Int?
    private var csv: CSVReader
    private var times: TimeCell
    private let columns: WideColumns
    private let header: HeaderNames
    private var screen: ValueScreen
    private static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Opens `path` and maps its header.
    /// - Parameter units: units by header or parameter code, for headers that carry none.
    /// - Parameter screen: the missing-value marks and plausible ranges values are screened with.
    /// - Throws: ``IngestError`` when the file cannot be opened, or the header lacks a station or time
    ///   column, or a parameter column has no unit.
    public init(
        path: String, timeZones: StationTimeZones = StationTimeZones(), units: [String: MeasurementUnit] = [:],
        registry: ParameterRegistry = .water, screen: ValueScreen = ValueScreen()
    ) throws(IngestError) {
        file = path
        self.screen = screen
        csv = try CSVReader(path: path)
        times = TimeCell(zones: timeZones)
        guard let header = try csv.next() else {
            throw IngestError(file: path, line: 1, field: nil, message: "the file is empty; expected a header row")
        }
        self.header = HeaderNames(names: header.fields)
        if let duplicate = self.header.duplicate(file: path) { throw duplicate }
        columns = try WideColumns(header: header.fields, units: units, registry: registry, file: path)
    }

    public mutating func nextRow() throws(IngestError) -> [ObservationRecord]? {
        let next: CSVRecord?
        do { next = try csv.next() } catch { throw header.naming(error) }
        guard let record = next else { return nil }
        let line = record.line
        lastLine = line
        guard record.fields.count == header.names.count else {
            throw header.widthError(file: file, line: line, count: record.fields.count)
        }
        let station: String
        do { station = try StationCell.read(record.fields[columns.station], zones: times.zones) } catch {
            throw IngestError(file: file, line: line, field: "station", message: error.message)
        }
        let (time, dayAssumed) = try readTime(record, station: station)
        var observations: [ObservationRecord] = []
        for column in columns.parameters {
            let parsed: (value: Double, censoring: Censoring)?
            do { parsed = try ValueCell.parse(record.fields[column.index]) } catch {
                throw IngestError(file: file, line: line, field: column.header, message: error.message)
            }
            guard let parsed else { continue }
            let canonical = (try? column.unit.convert(parsed.value, to: column.parameter.canonicalUnit)) ?? parsed.value
            var unusual: String?
            switch screen.screen(column.parameter, reported: parsed.value, canonical: canonical, field: column.header) {
            case .missingMark: continue
            case let .impossible(reason): throw IngestError(file: file, line: line, field: column.header, message: "'\(record.fields[column.index])': " + reason)
            case let .unusual(reason): unusual = reason
            case .plausible: break
            }
            observations.append(ObservationRecord(
                station: station, parameter: column.parameter, time: time, dayAssumed: dayAssumed,
                reported: MeasuredValue(value: parsed.value, unit: column.unit, censoring: parsed.censoring),
                canonicalValue: canonical, line: line, unusual: unusual
            ))
        }
        return observations
    }

    private mutating func readTime(_ record: CSVRecord, station: String) throws(IngestError) -> (Date, Bool) {
        switch columns.time {
        case let .cell(index):
            do { return (try times.parse(record.fields[index], station: station), false) } catch {
                throw IngestError(file: file, line: record.line, field: "time", message: error.message)
            }
        case let .yearMonth(yearIndex, monthIndex, dayIndex):
            let yearText = record.fields[yearIndex].trimmed
            guard let year = Int(yearText) else {
                throw IngestError(file: file, line: record.line, field: "year", message: "expected a year, found '\(yearText)'")
            }
            let monthText = record.fields[monthIndex].trimmed
            guard let month = Int(monthText) ?? Self.monthNames.firstIndex(of: String(monthText.lowercased().prefix(3))).map({ $0 + 1 }) else {
                throw IngestError(file: file, line: record.line, field: "month", message: "expected a month (1–12 or Jan–Dec), found '\(monthText)'")
            }
            let dayText = dayIndex.map { record.fields[$0].trimmed } ?? ""
            guard let day = dayText.isEmpty ? 1 : Int(dayText) else {
                throw IngestError(file: file, line: record.line, field: "day", message: "expected a day of month, found '\(dayText)'")
            }
            do { return (try times.date(year: year, month: month, day: day, station: station), dayText.isEmpty) } catch {
                throw IngestError(file: file, line: record.line, field: dayText.isEmpty ? "month" : "day", message: error.message)
            }
        }
    }
}
