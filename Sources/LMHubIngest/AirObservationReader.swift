import Foundation
import LMHubCore

/// An hourly air file (``AirFile``) as observations for the store: one row, one observation of the
/// pollutant in µg/m³ (ppb and ppm converted at 25 °C and 1 atm, the bundled schemes' reference conditions),
/// with the value, unit and quality flag as reported kept beside it. Every hour with a value is stored with
/// its flag (`Valid`, `Suspect`, `Invalid`; indices choose which count, ``QCPolicy``); hours without a value
/// make no observation. Rows are counted by flag in ``rowsByQC``. Every row goes to the store but an AirNow
/// clock-change repeat (``AirFileContents/clockChangeRepeats``), so a row repeating an hour is a duplicate
/// there with the same value and a conflict with another.
public struct AirObservationReader: ObservationReader {
    public let file: String
    public let ignoredColumns: [String] = []
    public private(set) var lastLine: Int?
    /// Rows by the file's quality flag (`Valid`, `Suspect`, `Invalid`, `Missing`); rows of files without
    /// flags under `no flag`, or `no value` where the hour is empty.
    public private(set) var rowsByQC: [String: Int] = [:]
    /// The stations of the file.
    public let stations: [String]
    public let contents: AirFileContents
    public var missingMarks: [String: Int] { contents.missingMarks }
    public var stationZones: [String: TimeZone] { contents.zones }
    private let constants: AirPollutants
    private var position = 0
    private var errorPosition = 0

    /// - Parameter timeZone: as in ``AirFile/read(path:timeZone:)``.
    /// - Throws: ``IngestError``, or an error naming the missing air data file of LMHubCore.
    public init(path: String, timeZone: TimeZone?) throws {
        try self.init(path: path, zones: StationTimeZones(fallback: timeZone ?? .gmt, explicit: timeZone))
    }

    /// Reads the file with the zones of the stations the store knows (``AirFile/read(path:zones:screen:)``).
    /// - Throws: ``IngestError``, or an error naming the missing air data file of LMHubCore.
    public init(path: String, zones: StationTimeZones, screen: ValueScreen = ValueScreen()) throws {
        file = path
        contents = try AirFile.readCollectingErrors(path: path, zones: zones, screen: screen)
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
        rowsByQC[reading.qc?.rawValue ?? (reading.value == nil ? "no value" : "no flag"), default: 0] += 1
        guard let value = reading.value, !contents.clockChangeRepeats.contains(reading.line),
              let parameter = ParameterRegistry.air.parameter(named: reading.pollutant.rawValue) else { return [] }
        let canonical: Double
        do {
            canonical = try constants.convert(value, of: reading.pollutant, from: reading.unit, to: .microgramsPerCubicMetre, temperature: 25)
        } catch {
            throw IngestError(file: file, line: reading.line, field: "unit", message: error.description)
        }
        return [ObservationRecord(
            station: reading.station, parameter: parameter, time: reading.time, dayAssumed: false,
            reported: MeasuredValue(value: value, unit: reading.unit), canonicalValue: canonical, line: reading.line,
            qc: reading.qc, unusual: reading.unusual)]
    }
}
