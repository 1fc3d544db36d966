import Foundation
import LMHubCore

/// Opens an observation file with the reader its layout needs.
public enum ObservationFile {
    public enum Layout: String, Sendable, CaseIterable {
        /// Water samples, one column a parameter.
        case wide
        /// Water observations, `station,time,parameter,value,unit`.
        case long
        /// Hourly air readings: AirNow exports or `station,time,pollutant,value,unit` (``AirObservationReader``).
        case air
    }

    /// The layout of the file at `path`: `air` when its header has `pollutant` or AirNow's `QC Name`, `long`
    /// when it has `parameter` and `value` columns (the long reader then names any other column it misses),
    /// else `wide`.
    /// - Throws: ``IngestError`` when the file cannot be read.
    public static func detectLayout(path: String) throws(IngestError) -> Layout {
        var csv = try CSVReader(path: path)
        let header = Set((try csv.next()?.fields ?? []).map { $0.trimmed.lowercased() })
        if header.contains("pollutant") || header.contains("qc name") { return .air }
        return header.contains("parameter") && header.contains("value") ? .long : .wide
    }

    /// A reader for `path` in `layout` (detected when `nil`). Local times are read in the zone the store keeps
    /// for a known station (`timeZones`), else `timeZones.fallback`; AirNow sites LMHub knows in their own zone.
    /// - Parameter screen: missing-value marks and plausible ranges (``ValueScreen``).
    public static func open(
        path: String, layout: Layout? = nil, units: [String: MeasurementUnit] = [:], timeZones: StationTimeZones = StationTimeZones(),
        screen: ValueScreen = ValueScreen()
    ) throws(IngestError) -> any ObservationReader {
        let chosen: Layout
        if let layout { chosen = layout } else { chosen = try detectLayout(path: path) }
        switch chosen {
        case .wide: return try WideSampleReader(path: path, timeZones: timeZones, units: units, screen: screen)
        case .long: return try LongObservationReader(path: path, timeZones: timeZones, screen: screen)
        case .air:
            do { return try AirObservationReader(path: path, zones: timeZones, screen: screen) } catch let error as IngestError {
                throw error
            } catch {
                throw IngestError(file: path, line: 0, field: nil, message: String(describing: error))
            }
        }
    }
}
