import Foundation
import Hummingbird
import LMHubStorage
import Logging
import ServiceLifecycle

/// Computes ahead what visitors ask first, on the reader connections, so that after an import or an edit (by
/// this server or another process) the next visitor does not wait for it: at start, and whenever the store's
/// revision moves (checked every `interval`), each of `steps` (``buildRouter(store:)`` names them: the overview
/// in each page language, each air station's AQI series and latest index, the SDG edition, the FHI and carbon
/// lists, the knowledge hub's index). A step that stores a bundled document on first use moves the revision, so
/// the next round computes again what that invalidated. Stops with the server's graceful shutdown.
struct CacheWarmer: Service {
    let store: LMHubStore
    /// The cache the steps fill.
    let cache: ResultCache
    let steps: [@Sendable () async throws -> Void]
    var interval: Duration = .seconds(1)
    let logger = Logger(label: "lmhub.cache")

    func run() async throws {
        var warmed: Int64 = -1
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            do {
                let revision = try await store.currentRevision()
                if revision != warmed {
                    try await warm()
                    warmed = revision
                }
            } catch is CancellationError {
                return
            } catch {
                logger.warning("computing ahead failed (the next request computes instead): \(error)")
            }
            try? await Task.sleep(for: interval)
        }
    }

    /// Runs every step once.
    func warm() async throws {
        for step in steps { try await step() }
    }
}
