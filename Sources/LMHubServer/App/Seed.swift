import Foundation
import LMHubCore
import LMHubIngest
import LMHubStorage

/// The real data a new hub starts with (`Resources/seed/`, origin and licence in `SOURCES.md` there):
/// the MRC samples of four stations in Cambodia's 3S basin, 2004–2014, the US Embassy Hanoi's hourly PM2.5
/// of 2018, and the stations' metadata.
public enum Seed {
    /// The bundled sample file.
    public static var sampleFile: URL {
        get throws { try resource("mrc_3S_cambodia_wq_2004_2014", "csv") }
    }

    /// The bundled hourly air file.
    public static var airFile: URL {
        get throws { try resource("Hanoi_PM2.5_2018_YTD", "csv") }
    }

    /// Fills `store` with the bundled stations, samples and air readings when it has no station yet, in two
    /// transactions (water, then air); returns the water import's summary, or `nil` when the store already had data.
    public static func fillIfEmpty(_ store: LMHubStore) async throws -> ImportSummary? {
        guard try await store.stations().isEmpty else { return nil }
        let stations = try JSONDecoder().decode([Station].self, from: Data(contentsOf: try resource("stations", "json")))
        let file = try sampleFile
        let zones = Dictionary(stations.compactMap { station in TimeZone(identifier: station.timeZone).map { (station.id, $0) } },
                               uniquingKeysWith: { first, _ in first })
        let (summary, outcome) = try await store.importing(timeZone: "Asia/Phnom_Penh", sourceFile: file.lastPathComponent, stations: stations) { sink in
            var reader = try WideSampleReader(path: file.path, timeZones: StationTimeZones(byStation: zones))
            return try await ImportRun.run(&reader, into: sink)
        }
        let air = try airFile
        _ = try await store.importing(timeZone: "Asia/Ho_Chi_Minh", sourceFile: air.lastPathComponent) { sink in
            var reader = try AirObservationReader(path: air.path, timeZone: nil)
            return try await ImportRun.run(&reader, into: sink)
        }
        return summary.with(outcome)
    }

    private static func resource(_ name: String, _ ext: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "seed") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "seed/\(name).\(ext)"])
        }
        return url
    }
}
