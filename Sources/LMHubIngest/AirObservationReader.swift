import Foundation
import LMHubCore

/// An hourly air file (``AirFile``) as observations for the store: one row, one observation of the
/// pollutant in µg/m³ (ppb and ppm converted at 25 °C and 1 atm, the bundled schemes' reference conditions),
/// with the value and unit as reported kept beside it. Hours the file marks missing or not `Valid` make no
/// observation and are counted by quality flag in ``skippedByQuality``. Every row goes to the store, so a row
/// repeating an hour is skipped there with the same value and reported as a conflict with another.
public struct AirObservationReader: ObservationReader {
    public let file: String
    public let ignoredColumns: [String] = []
    public private(set) var lastLine: Int?
    /// Rows without a valid value, by the file's quality flag (`Missing`, `Invalid`, `Suspect`; `empty` in long files).
    public private(set) var skippedByQuality: [String: Int] = [:]
    /// The stations of the file.
    public let stations: [String]
    private let contents: AirFileContents
    private let constants: AirPollutants
    private var position = 0
    private var errorPosition = 0

    /// - Parameter timeZone: as in ``AirFile/read(path:timeZone:)``.
    /// - Throws: ``IngestError``, or an error naming the missing air data file of LMHubCore.
    public init(path: String, timeZone: TimeZone?) throws {
        file = path
        contents = try AirFile.readCollectingErrors(path: path, timeZone: timeZone)
        constants = try AirPollutants.bundled()
        var seen: [String] = []
        for reading in contents.all where !seen.contains(reading.station) { seen.append(reading.station) }
        stations = seen
    }

    public mutating func nextRow() throws(IngestError) -> [ObservationRecord]? {
        // A bad row is thrown in its place in the file, so that `ImportRun` stops there or, with
        // `--skip-invalid`, lists it and goes on.
        if errorPosition < contents.errors.count,
           position >= contents.all.count || contents.errors[errorPosition].line < contents.all[position].line {
            errorPosition += 1
            lastLine = contents.errors[errorPosition - 1].line
            throw contents.errors[errorPosition - 1]
        }
        guard position < contents.all.count else { return nil }
        let reading = contents.all[position]
        position += 1
        lastLine = reading.line
        guard let value = reading.value else {
            skippedByQuality[reading.quality ?? "empty", default: 0] += 1
            return []
        }
        guard let parameter = ParameterRegistry.air.parameter(named: reading.pollutant.rawValue) else { return [] }
        let canonical: Double
        do {
            canonical = try constants.convert(value, of: reading.pollutant, from: reading.unit, to: .microgramsPerCubicMetre, temperature: 25)
        } catch {
            throw IngestError(file: file, line: reading.line, field: "unit", message: error.description)
        }
        return [ObservationRecord(
            station: reading.station, parameter: parameter, time: reading.time, dayAssumed: false,
            reported: MeasuredValue(value: value, unit: reading.unit), canonicalValue: canonical, line: reading.line)]
    }
}
