import Foundation
import LMHubCore
import LMHubIngest

/// Runs every reader LMHub has over one file, each to its end: the CSV reader; the wide, long and air row
/// readers row by row, going on after a bad row as `--skip-invalid` does and stopping at a structural error;
/// the water readers' grouping into samples; the air file's whole-file reads; the CCME input file; the layout
/// detection. Shared by the fuzz target (`scripts/fuzz.sh` compiles this file into it) and the fuzz
/// regression test, so that a crasher is replayed exactly as the fuzzer ran it.
///
/// A reader may refuse any input with an ``IngestError``. What no input may cause is a crash, a trap, a hang,
/// or a ``Finding``.
enum EveryReader {
    /// Something no input may cause: an error that is not an ``IngestError``, a reader that hands out more
    /// rows than the file has bytes (it does not advance), or CSV records whose lines go backwards.
    struct Finding: Error, CustomStringConvertible {
        let description: String
    }

    /// Zones that make local times hard: a half-hour zone for unknown stations, one with daylight saving
    /// (gaps and repeated hours) and a 45-minute one for the stations `S-DST` and `S-NPT` of the seed corpus.
    static let zones = StationTimeZones(fallback: zone("Asia/Yangon"), byStation: [
        "S-DST": zone("America/New_York"), "S-NPT": zone("Asia/Kathmandu"),
    ])

    /// The bundled missing-value marks and plausible ranges, loaded once (each reader would load its own).
    static let screen = ValueScreen()

    /// Reads the file at `path` with every reader.
    /// - Throws: a ``Finding``; never an ``IngestError``, which is each reader's answer to a bad file.
    static func read(path: String) throws(Finding) {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let limit = size + 1
        try expectingIngestErrors("CSVReader") { try readCSV(path: path, limit: limit) }
        try expectingIngestErrors("ObservationFile.detectLayout") { _ = try ObservationFile.detectLayout(path: path) }
        try drain("WideSampleReader", limit: limit) { try WideSampleReader(path: path, timeZones: zones, screen: screen) }
        try drain("LongObservationReader", limit: limit) { try LongObservationReader(path: path, timeZones: zones, screen: screen) }
        try drain("AirObservationReader", limit: limit) { try AirObservationReader(path: path, zones: zones, screen: screen) }
        try expectingIngestErrors("WideSampleReader.readSamples") {
            var reader = try WideSampleReader(path: path, screen: screen)
            _ = try reader.readSamples()
        }
        try expectingIngestErrors("LongObservationReader.readSamples") {
            var reader = try LongObservationReader(path: path, screen: screen)
            _ = try reader.readSamples()
        }
        try expectingIngestErrors("AirFile.read, sites' own zones") { _ = try AirFile.read(path: path, timeZone: nil) }
        try expectingIngestErrors("AirFile.read, America/New_York") {
            _ = try AirFile.read(path: path, zones: StationTimeZones(fallback: zone("America/New_York")), screen: screen)
        }
        try expectingIngestErrors("CCMEInputFile.read") { _ = try CCMEInputFile.read(path: path) }
    }

    /// Every record of the CSV file, checking that each starts on a later line than the one before.
    private static func readCSV(path: String, limit: Int) throws {
        var csv = try CSVReader(path: path)
        var previous = 0, records = 0
        while let record = try csv.next() {
            records += 1
            guard records <= limit else { throw Finding(description: "CSVReader handed out more records than the file has bytes") }
            guard record.line > previous else {
                throw Finding(description: "CSVReader: a record on line \(record.line) follows one on line \(previous)")
            }
            previous = record.line
        }
    }

    /// Every row of the reader `open` makes, skipping bad rows and stopping at a structural error.
    private static func drain<Reader: ObservationReader>(_ name: String, limit: Int, _ open: () throws -> Reader) throws(Finding) {
        var reader: Reader
        do {
            reader = try open()
        } catch {
            try refusal(name, error)
            return
        }
        for _ in 0...limit {
            let row: [ObservationRecord]?
            do throws(IngestError) {
                row = try reader.nextRow()
            } catch {
                guard !error.isStructural else { return }
                continue
            }
            guard row != nil else { return }
        }
        throw Finding(description: "\(name) handed out more rows than the file has bytes")
    }

    /// Runs `body`, letting an ``IngestError`` pass and turning any other error into a ``Finding``.
    private static func expectingIngestErrors(_ name: String, _ body: () throws -> Void) throws(Finding) {
        do {
            try body()
        } catch {
            try refusal(name, error)
        }
    }

    /// Passes over `error` when it is an ``IngestError``, a reader's refusal of a bad file; throws it when it
    /// is a ``Finding``, and a ``Finding`` naming it when it is anything else.
    private static func refusal(_ name: String, _ error: any Error) throws(Finding) {
        if let finding = error as? Finding { throw finding }
        guard error is IngestError else {
            throw Finding(description: "\(name) threw \(type(of: error)), not an IngestError: \(error)")
        }
    }

    private static func zone(_ identifier: String) -> TimeZone {
        guard let zone = TimeZone(identifier: identifier) else { preconditionFailure("the system has no time zone \(identifier)") }
        return zone
    }
}
