import Hummingbird
import Metrics
import Prometheus

/// The process's metrics in the Prometheus text format (swift-metrics with swift-prometheus), served at
/// `/metrics`: Hummingbird's request metrics (``MetricsMiddleware``: `http_server_requests_total`,
/// `http_server_request_duration_seconds` by route, method and status, active requests by method).
/// swift-metrics takes one backend per process, set up the first time
/// a router is built; an embedding program that sets up its own backend first keeps it (then `/metrics` shows
/// only what this registry holds).
enum HubMetrics {
    static let registry = PrometheusCollectorRegistry()

    /// Sets the backend once per process.
    static let bootstrapped: Void = MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))

    /// The `/metrics` answer: the registry in the Prometheus text exposition format 0.0.4.
    static func response() -> Response {
        Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
    }
}
