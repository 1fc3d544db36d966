import Foundation
import LMHubCore

/// Opens an observation file with the reader its layout needs.
public enum ObservationFile {
    public enum Layout: String, Sendable, CaseIterable {
        case wide, long
    }

    /// The layout of the file at `path`: `long` when its header has `parameter` and `value` columns (the
    /// long reader then names any other column it misses), else `wide`.
    /// - Throws: ``IngestError`` when the file cannot be read.
    public static func detectLayout(path: String) throws(IngestError) -> Layout {
        var csv = try CSVReader(path: path)
        let header = Set((try csv.next()?.fields ?? []).map { $0.trimmed.lowercased() })
        return header.contains("parameter") && header.contains("value") ? .long : .wide
    }

    /// A reader for `path` in `layout` (detected when `nil`).
    public static func open(
        path: String, layout: Layout? = nil, units: [String: MeasurementUnit] = [:], timeZones: StationTimeZones = StationTimeZones()
    ) throws(IngestError) -> any ObservationReader {
        let chosen: Layout
        if let layout { chosen = layout } else { chosen = try detectLayout(path: path) }
        switch chosen {
        case .wide: return try WideSampleReader(path: path, timeZones: timeZones, units: units)
        case .long: return try LongObservationReader(path: path, timeZones: timeZones)
        }
    }
}
