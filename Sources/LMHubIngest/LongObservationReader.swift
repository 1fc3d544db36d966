import Foundation
import LMHubCore

/// Reads a "long" observation table: one row per observation, with the header
/// `station,time,parameter,value,unit[,censoring]` (columns in any order, names case-insensitive).
///
/// `value` may carry its censoring (`<0.01`) or leave it to the `censoring` column (`<`, `>` or empty); a
/// `detection_limit` column makes a value below it `<limit`, and so a non-detect mark (`ND`, `n.d.`, `BDL`) or an
/// empty value censored `<`. Negative concentrations and pH outside 0–14 are errors.
/// `time` is `YYYY-MM-DD` or ISO 8601; times without an offset are read in the station's zone (``StationTimeZones``).
public struct LongObservationReader: ObservationReader {
    public let file: String
    public let ignoredColumns: [String]
    public private(set) var lastLine: Int?
    private var csv: CSVReader
    private var times: TimeCell
    private let registry: ParameterRegistry
    /// The index of each ``Column`` in the header, in the order of its cases.
    private let columnIndex: [Int?]
    private let headerNames: [String]
    /// The last station cell and the id it was read as: rows of one station usually come together.
    private var lastStation: (text: String, id: String)?
    private var units = TextLookupCache<MeasurementUnit>()
    private var parameters = TextLookupCache<Parameter>()
    private var screen: ValueScreen
    public var missingMarks: [String: Int] { screen.missingMarks }
    static let required = ["station", "time", "parameter", "value", "unit"]

    /// The columns read, named as in the header.
    private enum Column: Int, CaseIterable {
        case station, time, parameter, value, unit, censoring, detectionLimit
        var name: String { self == .detectionLimit ? "detection_limit" : "\(self)" }
    }
    /// `censoring` (`<`, `>` or empty) and `detection_limit` (a value below it is read as `<limit`).
    static let optional = ["censoring", "detection_limit"]

    /// Opens `path` and reads its header.
    /// - Throws: ``IngestError`` when the file cannot be opened or a required column is missing.
    /// - Parameter screen: the missing-value marks and plausible ranges values are screened with.
    public init(
        path: String, timeZones: StationTimeZones = StationTimeZones(), registry: ParameterRegistry = .water, screen: ValueScreen = ValueScreen()
    ) throws(IngestError) {
        file = path
        self.screen = screen
        csv = try CSVReader(path: path)
        times = TimeCell(zones: timeZones)
        self.registry = registry
        guard let header = try csv.next() else {
            throw IngestError(file: path, line: 1, field: nil, message: "the file is empty; expected a header \(Self.required.joined(separator: ","))")
        }
        headerNames = header.fields
        if let duplicate = HeaderNames(names: header.fields).duplicate(file: path) { throw duplicate }
        var columns: [String: Int] = [:]
        for (index, name) in header.fields.enumerated() {
            columns[name.trimmed.lowercased()] = index
        }
        for name in Self.required where columns[name] == nil {
            throw IngestError(file: path, line: 1, field: name,
                              message: "missing column; a long file needs \(Self.required.joined(separator: ","))[,censoring][,detection_limit]" + HeaderHint.separator(header.fields))
        }
        columnIndex = Column.allCases.map { columns[$0.name] }
        ignoredColumns = header.fields.filter {
            !(Self.required + Self.optional).contains($0.trimmed.lowercased())
        }
    }

    public mutating func nextRow() throws(IngestError) -> [ObservationRecord]? {
        let next: CSVRecord?
        do { next = try csv.next() } catch { throw HeaderNames(names: headerNames).naming(error) }
        guard let record = next else { return nil }
        let line = record.line
        lastLine = line
        func cell(_ column: Column) -> String {
            guard let index = columnIndex[column.rawValue] else { return "" }
            return record.fields[index]
        }
        func fail(_ name: String, _ message: String) -> IngestError {
            IngestError(file: file, line: line, field: name, message: message)
        }
        guard record.fields.count == headerNames.count else {
            throw HeaderNames(names: headerNames).widthError(file: file, line: line, count: record.fields.count)
        }
        let station: String
        let stationText = cell(.station)
        if let lastStation, stationText == lastStation.text {
            station = lastStation.id
        } else {
            do { station = try StationCell.read(stationText, zones: times.zones) } catch { throw fail("station", error.message) }
            lastStation = (stationText, station)
        }
        let parameterText = cell(.parameter)
        guard let parameter = parameters.value(for: parameterText, read: registry.parameter(named:)) else {
            throw fail("parameter", "unknown parameter '\(parameterText)'; known codes: \(registry.parameters.map(\.code).joined(separator: ", ")) (and their aliases)")
        }
        let unitText = cell(.unit)
        guard let unit = units.value(for: unitText, read: MeasurementUnit.init(parsing:)) else {
            throw fail("unit", "unknown unit '\(unitText)'")
        }
        let limitText = cell(.detectionLimit).trimmed
        var limit: Double?
        if !limitText.isEmpty {
            guard let number = ValueCell.number(limitText), number > 0 else {
                throw fail("detection_limit", "expected a positive number, found '\(limitText)'")
            }
            limit = number
        }
        let flagText = cell(.censoring).trimmed
        guard let flag = Censoring(rawValue: flagText) else {
            throw fail("censoring", "expected '<', '>' or empty, found '\(flagText)'")
        }
        let valueText = cell(.value)
        let parsed: (value: Double, censoring: Censoring)?
        if let limit, ValueCell.isNonDetect(valueText) {
            parsed = (limit, .below)
        } else {
            do { parsed = try ValueCell.parse(valueText) } catch { throw fail("value", error.message) }
        }
        guard var (value, censoring) = parsed ?? limit.flatMap({ flag == .below ? ($0, .below) : nil }) else {
            guard flag == .none else { throw fail("value", "empty, but censored '\(flagText)': give the limit (<0.01) or a detection_limit") }
            return []
        }
        if censoring == .none {
            censoring = flag
        } else if flag != .none, flag != censoring {
            throw fail("censoring", "'\(flagText)' contradicts the value '\(valueText.trimmed)'")
        }
        if let limit, censoring == .none, value < limit { (value, censoring) = (limit, .below) }
        let time: Date
        do { time = try times.parse(cell(.time), station: station) } catch { throw fail("time", error.message) }
        let canonical: Double
        do { canonical = try unit.convert(value, to: parameter.canonicalUnit) } catch {
            throw fail("unit", "\(unit.rawValue) is not a unit of \(parameter.code) (\(error))")
        }
        var unusual: String?
        switch screen.screen(parameter, reported: value, canonical: canonical, field: parameter.code) {
        case .missingMark: return []
        case let .impossible(reason): throw fail("value", "'\(cell(.value))': " + reason)
        case let .unusual(reason): unusual = reason
        case .plausible: break
        }
        return [ObservationRecord(
            station: station, parameter: parameter, time: time, dayAssumed: false,
            reported: MeasuredValue(value: value, unit: unit, censoring: censoring),
            canonicalValue: canonical, line: line, unusual: unusual
        )]
    }
}
