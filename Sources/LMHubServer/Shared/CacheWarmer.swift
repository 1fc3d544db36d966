import Foundation
import Hummingbird
import LMHubCore
import Logging
import ServiceLifecycle

/// Computes ahead what visitors ask first, so that after an import or a hub edit (by this server or another
/// process) the next visitor does not wait for it: at start, and whenever the store's revision moves (checked
/// every `interval`), the overview in each page language, and each air station's AQI series (hourly and daily,
/// the default scheme and QC policy) and latest index. Stops with the server's graceful shutdown.
struct CacheWarmer: Service {
    let stations: StationService
    var interval: Duration = .seconds(2)
    let logger = Logger(label: "lmhub.cache")

    func run() async throws {
        var warmed: Int64 = -1
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            do {
                let revision = try await stations.store.revision()
                if revision != warmed {
                    try await warm()
                    warmed = revision
                }
            } catch {
                logger.warning("computing ahead failed (the next request computes instead): \(error)")
            }
            try? await Task.sleep(for: interval)
        }
    }

    /// Fills the cache for the current revision.
    func warm() async throws {
        for language in ["en", "zh"] { _ = try await stations.overview(language: language) }
        let air = try await stations.store.stations().filter { $0.kind == .air }
        for station in air {
            for daily in [false, true] {
                _ = try await stations.air.allResults(station: station, scheme: AirService.defaultSeries, daily: daily, policy: .default)
            }
        }
        _ = try await stations.air.latestIndices(of: air)
    }
}
