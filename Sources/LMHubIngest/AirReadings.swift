import Foundation
import LMHubCore

/// One hourly reading of one pollutant at one station, as a file gives it.
public struct AirReading: Sendable, Hashable {
    public let station: String
    public let pollutant: Pollutant
    /// The reading's moment as the file gives it (an hour's start on the station's clock, which can be a half
    /// hour in UTC: 08:00 in Yangon is 01:30Z).
    public let time: Date
    /// The value in `unit`; `nil` where the file marks the hour missing (AirNow `-999`, an empty cell).
    public let value: Double?
    public let unit: MeasurementUnit
    /// The monitor's quality flag (AirNow `QC Name`; a long file's `qc` column), if any.
    public let qc: QCFlag?
    /// Why the value is possible but unusual (``PlausibleRanges``), if it is.
    public let unusual: String?
    public let line: Int
    /// What the monitor itself reported for the hour, where the file carries it (AirNow's own NowCast and AQI).
    public let reportedNowCast: Double?
    public let reportedAQI: Int?

    /// The value, if the hour enters an index under `policy` (``QCPolicy``).
    public func value(under policy: QCPolicy) -> Double? {
        policy.admits(qc) ? value : nil
    }
}

/// Opens an hourly air file: the AirNow / US State Department export
/// (`Site,Parameter,Date (LT),Year,Month,Day,Hour,NowCast Conc.,AQI,AQI Category,Raw Conc.,Conc. Unit,Duration,QC Name`)
/// or a long file (`station,time,pollutant,value,unit[,qc]`), told apart by the header.
public enum AirFile {
    /// Every reading of the file at `path`, in file order.
    /// - Parameter timeZone: the zone of local times (AirNow's hours; long-file times without an offset);
    ///   when `nil`, AirNow sites are read in their own zone (``AirNowSites``) and long-file times must carry
    ///   an offset or are read as UTC.
    /// - Throws: ``IngestError`` naming file, line and field; for an AirNow site of unknown zone without `timeZone`.
    public static func read(path: String, timeZone: TimeZone?) throws(IngestError) -> AirFileContents {
        try read(path: path, zones: StationTimeZones(fallback: timeZone ?? .gmt, explicit: timeZone))
    }

    /// As ``read(path:timeZone:)``, with the zones of stations the store knows and the file's missing marks.
    public static func read(path: String, zones: StationTimeZones, screen: ValueScreen = ValueScreen()) throws(IngestError) -> AirFileContents {
        var errors: [IngestError]? = nil
        return try rows(path: path, zones: zones, screen: screen, errors: &errors)
    }

    /// As ``read(path:zones:screen:)``, but a bad row is collected in ``AirFileContents/errors`` and the others
    /// are read (for `--skip-invalid`); a broken CSV structure still throws.
    public static func readCollectingErrors(path: String, zones: StationTimeZones, screen: ValueScreen = ValueScreen()) throws(IngestError) -> AirFileContents {
        var errors: [IngestError]? = []
        return try rows(path: path, zones: zones, screen: screen, errors: &errors)
    }

    private static func rows(path: String, zones: StationTimeZones, screen: ValueScreen, errors: inout [IngestError]?) throws(IngestError) -> AirFileContents {
        var csv = try CSVReader(path: path)
        guard let header = try csv.next() else {
            throw IngestError(file: path, line: 1, field: nil, message: "the file is empty; expected an AirNow header or station,time,pollutant,value,unit")
        }
        let constants: AirPollutants
        do { constants = try AirPollutants.bundled() } catch {
            throw IngestError(file: path, line: 0, field: nil, message: "LMHub's air data is missing: \(error)")
        }
        let values = AirValueCell(constants: constants, screen: screen)
        let names = header.fields.map { $0.trimmed.lowercased() }
        let headerNames = HeaderNames(names: header.fields)
        if let duplicate = headerNames.duplicate(file: path) { throw duplicate }
        if names.contains("qc name") && names.contains("raw conc.") {
            var parser = try AirNowRows(path: path, header: names, zones: zones, values: values)
            let readings = try parser.read(&csv, header: headerNames, errors: &errors)
            return AirFileContents(readings, errors: errors ?? [], zones: parser.siteZones, missingMarks: parser.values.screen.missingMarks)
        }
        var parser = try LongAirRows(path: path, header: names, zones: zones, values: values)
        let readings = try parser.read(&csv, header: headerNames, errors: &errors)
        return AirFileContents(readings, errors: errors ?? [], zones: [:], missingMarks: parser.values.screen.missingMarks)
    }
}

/// An air file's readings, one per station, pollutant and hour, and the rows that repeated an hour.
public struct AirFileContents: Sendable {
    /// One reading per station, pollutant and hour: the first where rows repeat an hour.
    public let readings: [AirReading]
    /// Every row, repeats included (an import reports a repeat with another value as a conflict).
    public let all: [AirReading]
    /// Rows naming an hour an earlier row already gave (line, earlier line): the earlier is kept. AirNow
    /// exports repeat an hour where US daylight saving begins (2018-03-11 03:00 in the Hanoi file).
    public let repeated: [(line: Int, earlier: Int)]
    /// Rows that could not be read, when collected (``AirFile/readCollectingErrors(path:zones:screen:)``).
    public let errors: [IngestError]
    /// The zone each AirNow site was read in.
    public let zones: [String: TimeZone]
    /// Cells read as "not measured" because they held a missing mark, by pollutant.
    public let missingMarks: [String: Int]

    init(_ rows: [AirReading], errors: [IngestError], zones: [String: TimeZone], missingMarks: [String: Int]) {
        self.errors = errors
        self.zones = zones
        self.missingMarks = missingMarks
        func key(_ row: AirReading, shift: Double = 0) -> String {
            "\(row.station)\u{1F}\(row.pollutant.rawValue)\u{1F}\(row.time.timeIntervalSince1970 + shift)"
        }
        var seen: [String: Int] = [:]
        var kept: [AirReading] = [], repeated: [(Int, Int)] = []
        for row in rows {
            if let earlier = seen[key(row)] { repeated.append((row.line, earlier)); continue }
            seen[key(row)] = row.line
            kept.append(row)
        }
        readings = kept
        all = rows
        self.repeated = repeated
        // AirNow exports label the hour after US daylight saving begins (02:00 on the second Sunday of March)
        // twice and skip the one before, whatever the site's zone: only that repeat is the export's clock
        // change; any other repeat is the file's own and goes to the store (a duplicate or a conflict).
        let byLine = Dictionary(rows.map { ($0.line, $0) }, uniquingKeysWith: { first, _ in first })
        clockChangeRepeats = Set(repeated.compactMap { line, _ in
            guard let row = byLine[line], let zone = zones[row.station], seen[key(row, shift: -3600)] == nil,
                  Self.isUSDaylightSavingStart(row.time, zone: zone) else { return nil }
            return line
        })
    }

    /// Whether `time`, read in `zone`, is 03:00 on the second Sunday of March.
    static func isUSDaylightSavingStart(_ time: Date, zone: TimeZone) -> Bool {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.month, .day, .hour, .weekday], from: time)
        guard parts.month == 3, parts.hour == 3, parts.weekday == 1, let day = parts.day else { return false }
        return (8...14).contains(day)
    }

    /// Lines of ``repeated`` rows that are an AirNow export's clock change, not the file's own repeat: the
    /// hour before is missing and the hour is given twice. The first row is kept; they are not conflicts.
    public let clockChangeRepeats: Set<Int>
}

/// A reader of one row of an air file's layout into a reading.
protocol AirRowParser {
    mutating func reading(_ row: CSVRecord) throws(IngestError) -> AirReading
}

extension AirRowParser {
    /// The file's readings; with `errors`, a bad row is collected there and reading goes on (a broken CSV
    /// structure still throws), without it the first bad row throws.
    mutating func read(_ csv: inout CSVReader, header: HeaderNames, errors: inout [IngestError]?) throws(IngestError) -> [AirReading] {
        var readings: [AirReading] = []
        while true {
            let next: CSVRecord?
            do { next = try csv.next() } catch { throw header.naming(error) }
            guard let row = next else { break }
            do { readings.append(try reading(row)) } catch {
                guard errors != nil else { throw error }
                errors?.append(error)
            }
        }
        return readings
    }
}
