import Hummingbird
import LMHubStorage
import Metrics
import Prometheus

/// The process's metrics in the Prometheus text format (swift-metrics with swift-prometheus), served at
/// `/metrics`: Hummingbird's request metrics (``MetricsMiddleware``: `http_server_requests_total`,
/// `http_server_request_duration_seconds` by route, method and status, active requests by method); the
/// response cache's and the result cache's hits and misses (counters below); imports (counted where they run,
/// ``LMHubStore/importing(timeZone:stationZones:waterBody:sourceFile:file:onConflict:stations:_:)``); and, read
/// when `/metrics` is asked, the store's revision (it moves with every write of any process), its reader
/// connections in use and reads waiting, writes waiting, and the response cache's size.
/// swift-metrics takes one backend per process, set up the first time
/// a router is built; an embedding program that sets up its own backend first keeps it (then `/metrics` shows
/// only what this registry holds).
public enum HubMetrics {
    static let registry = PrometheusCollectorRegistry()

    /// Lookups of whole answers (``ResponseCacheMiddleware``) and of computed results (``ResultCache``), made once
    /// (after the backend is set: both are first used by requests, after ``buildRouter(store:)``).
    static let responseHits = Counter(label: "lmhub_response_cache_lookups_total", dimensions: [("result", "hit")])
    static let responseMisses = Counter(label: "lmhub_response_cache_lookups_total", dimensions: [("result", "miss")])
    static let resultHits = Counter(label: "lmhub_result_cache_lookups_total", dimensions: [("result", "hit")])
    static let resultMisses = Counter(label: "lmhub_result_cache_lookups_total", dimensions: [("result", "miss")])

    /// Sets the backend once per process.
    static let bootstrapped: Void = MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))

    /// Sets the backend now, before the store is opened, so that what it counts from the start (the seeding
    /// imports) reaches `/metrics`; ``buildRouter(store:)`` does it too, for embedders.
    public static func bootstrap() {
        _ = bootstrapped
    }

    /// The `/metrics` answer: the registry in the Prometheus text exposition format 0.0.4, after the gauges
    /// of `store` and `responses` are read.
    static func response(store: LMHubStore, responses: ResponseCache) async -> Response {
        if let revision = try? await store.currentRevision() { Gauge(label: "lmhub_store_revision").record(revision) }
        let readers = store.readerUsage
        Gauge(label: "lmhub_db_readers", dimensions: [("state", "in_use")]).record(readers.inUse)
        Gauge(label: "lmhub_db_readers", dimensions: [("state", "waiting")]).record(readers.waiting)
        Gauge(label: "lmhub_db_writes_waiting").record(store.writesWaiting)
        let size = responses.size
        Gauge(label: "lmhub_response_cache_entries").record(size.entries)
        Gauge(label: "lmhub_response_cache_bytes").record(size.bytes)
        return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
    }
}
