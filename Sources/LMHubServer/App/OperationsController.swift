import Hummingbird
import LMHubStorage
import LMHubViews

/// What operators and their monitors ask: `/healthz` (200 `ok` when the database answers a query, 503
/// naming the failure when it does not) and `/metrics` (``HubMetrics``, the Prometheus text format).
struct OperationsController: Sendable {
    let store: LMHubStore
    let responses: ResponseCache

    var routes: RouteCollection<HubRequestContext> {
        let routes = RouteCollection(context: HubRequestContext.self)
        routes.get(.site(SitePaths.health), use: health)
        routes.get(.site(SitePaths.metrics), use: metrics)
        return routes
    }

    @Sendable func health(_ request: Request, context: HubRequestContext) async throws -> Response {
        do {
            try await store.ping()
            return Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "ok")))
        } catch {
            context.logger.error("health check: the database does not answer: \(LMHubStore.describe(error: error))")
            return Response(status: .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: "the database does not answer: \(LMHubStore.describe(error: error))")))
        }
    }

    @Sendable func metrics(_ request: Request, context: HubRequestContext) async throws -> Response {
        await HubMetrics.response(store: store, responses: responses)
    }
}
