import Foundation
import LMHubCore

/// One hourly reading of one pollutant at one station, as a file gives it.
public struct AirReading: Sendable, Hashable {
    public let station: String
    public let pollutant: Pollutant
    /// Start of the hour, UTC.
    public let time: Date
    /// `nil` where the file marks the hour missing (AirNow `-999`) or its quality is not `Valid`.
    public let value: Double?
    public let unit: MeasurementUnit
    /// The monitor's quality flag as written (AirNow `QC Name`: `Valid`, `Missing`, `Invalid`, `Suspect`), if any.
    public let quality: String?
    public let line: Int
    /// What the monitor itself reported for the hour, where the file carries it (AirNow's own NowCast and AQI).
    public let reportedNowCast: Double?
    public let reportedAQI: Int?
}

/// Opens an hourly air file: the AirNow / US State Department export
/// (`Site,Parameter,Date (LT),Year,Month,Day,Hour,NowCast Conc.,AQI,AQI Category,Raw Conc.,Conc. Unit,Duration,QC Name`)
/// or a long file (`station,time,pollutant,value,unit`), told apart by the header.
public enum AirFile {
    /// Every reading of the file at `path`, in file order.
    /// - Parameter timeZone: the zone of local times (AirNow's `Date (LT)`; long-file times without an offset);
    ///   when `nil`, AirNow sites are read in their own zone (``AirNowSites``) and long-file times must carry
    ///   an offset or are read as UTC.
    /// - Throws: ``IngestError`` naming file, line and field; for an AirNow site of unknown zone without `timeZone`.
    public static func read(path: String, timeZone: TimeZone?) throws(IngestError) -> AirFileContents {
        var errors: [IngestError]? = nil
        return AirFileContents(try rows(path: path, timeZone: timeZone, errors: &errors), errors: [])
    }

    /// As ``read(path:timeZone:)``, but a bad row is collected in ``AirFileContents/errors`` and the others are
    /// read (for `--skip-invalid`); a broken CSV structure still throws.
    public static func readCollectingErrors(path: String, timeZone: TimeZone?) throws(IngestError) -> AirFileContents {
        var errors: [IngestError]? = []
        let rows = try rows(path: path, timeZone: timeZone, errors: &errors)
        return AirFileContents(rows, errors: errors ?? [])
    }

    private static func rows(path: String, timeZone: TimeZone?, errors: inout [IngestError]?) throws(IngestError) -> [AirReading] {
        var csv = try CSVReader(path: path)
        guard let header = try csv.next() else {
            throw IngestError(file: path, line: 1, field: nil, message: "the file is empty; expected an AirNow header or station,time,pollutant,value,unit")
        }
        let names = header.fields.map { $0.trimmed.lowercased() }
        if names.contains("qc name") && names.contains("raw conc.") {
            var rows = try AirNowRows(path: path, header: names, zone: timeZone)
            return try rows.read(&csv, errors: &errors)
        }
        var rows = try LongAirRows(path: path, header: names, zone: timeZone ?? .gmt)
        return try rows.read(&csv, errors: &errors)
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
    /// Rows that could not be read, when collected (``AirFile/readCollectingErrors(path:timeZone:)``).
    public let errors: [IngestError]

    init(_ rows: [AirReading], errors: [IngestError]) {
        self.errors = errors
        var seen: [String: Int] = [:]
        var kept: [AirReading] = [], repeated: [(Int, Int)] = []
        for row in rows {
            let key = "\(row.station)\u{1F}\(row.pollutant.rawValue)\u{1F}\(row.time.timeIntervalSince1970)"
            if let earlier = seen[key] { repeated.append((row.line, earlier)); continue }
            seen[key] = row.line
            kept.append(row)
        }
        readings = kept
        all = rows
        self.repeated = repeated
    }
}

/// A reader of one row of an air file's layout into a reading.
protocol AirRowParser {
    mutating func reading(_ row: CSVRecord) throws(IngestError) -> AirReading
}

extension AirRowParser {
    /// The file's readings; with `errors`, a bad row is collected there and reading goes on (a broken CSV
    /// structure still throws), without it the first bad row throws.
    mutating func read(_ csv: inout CSVReader, errors: inout [IngestError]?) throws(IngestError) -> [AirReading] {
        var readings: [AirReading] = []
        while let row = try csv.next() {
            do { readings.append(try reading(row)) } catch {
                guard errors != nil else { throw error }
                errors?.append(error)
            }
        }
        return readings
    }
}
