import Foundation
import LMHubCore

/// A reader of observation files: hands out the observations of one row at a time.
public protocol ObservationReader {
    /// The file being read, as given.
    var file: String { get }
    /// Columns of the header that map to no parameter and are not read (e.g. MRC ion ratios).
    var ignoredColumns: [String] { get }
    /// The line the last row read starts on.
    var lastLine: Int? { get }
    /// Cells read as "not measured" because they held a missing-value mark (`-999`, `--missing`), by field.
    var missingMarks: [String: Int] { get }
    /// Rows by the monitor's quality flag (air files), for the summary.
    var rowsByQC: [String: Int] { get }
    /// The zone each station's local times were read in where it is not the import's default (AirNow sites).
    var stationZones: [String: TimeZone] { get }
    /// The observations of the next row (empty for a row with no values), or `nil` at the end of the file.
    /// - Throws: ``IngestError`` naming line and field. A row error leaves the reader at the next row, so a
    ///   caller may skip it; a structural CSV error (unclosed quote) ends the file.
    mutating func nextRow() throws(IngestError) -> [ObservationRecord]?
}

extension ObservationReader {
    public var rowsByQC: [String: Int] { [:] }
    public var stationZones: [String: TimeZone] { [:] }

    /// Every observation of the file, grouped into samples by station and time in file order, and the
    /// lines of rows that hold no value at all (they make no sample). A value repeated for the same station,
    /// time and parameter is read once; a different value there is an error, since a sample cannot hold two.
    /// - Throws: the first ``IngestError``.
    public mutating func readSamples() throws(IngestError) -> (samples: [WaterSample], emptyRowLines: [Int]) {
        var samples: [WaterSample] = []
        var emptyRowLines: [Int] = []
        var index: [String: Int] = [:]
        var lines: [String: Int] = [:]
        while let row = try nextRow() {
            if row.isEmpty, let line = lastLine { emptyRowLines.append(line) }
            for record in row {
                let key = "\(record.station)\u{1F}\(record.time.timeIntervalSince1970)"
                if index[key] == nil {
                    index[key] = samples.count
                    samples.append(WaterSample(station: record.station, time: record.time,
                                               dayAssumed: record.dayAssumed, values: [:]))
                }
                let value = MeasuredValue(value: record.canonicalValue, unit: record.parameter.canonicalUnit,
                                          censoring: record.reported.censoring)
                let position = index[key] ?? 0, code = record.parameter.code
                if let earlier = samples[position].values[code] {
                    guard earlier != value else { continue }
                    throw IngestError(file: file, line: record.line, field: code, message:
                        "\(record.station) already has \(code) = \(earlier.censoring.rawValue)\(earlier.value) \(earlier.unit.rawValue) at this time "
                        + "(line \(lines[key + code] ?? 0)); this row gives \(value.censoring.rawValue)\(value.value): a sample cannot hold two values of one parameter")
                }
                samples[position].values[code] = value
                lines[key + code] = record.line
            }
        }
        return (samples, emptyRowLines)
    }
}
