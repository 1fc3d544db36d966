import Hummingbird
import LMHubCore
import LMHubStorage
import Logging

/// Builds the hub's Hummingbird application over an open store: pages, JSON API and health check.
///
/// Routes: `/` (overview), `/stations/{id}`, `/api/v1/stations`, `/api/v1/stations/{id}/observations`,
/// `/api/v1/standards[/{id}]`, `/api/v1/assessments`, `/api/v1/stations/{id}/aqi`, the knowledge hub's
/// `/api/v1/hub/items[/{id}]` and `/api/v1/audit` (``HubRoutes``), `/healthz`. Domain errors become HTTP errors once, in ``APIError``.
public func buildApplication(config: AppConfig, store: LMHubStore) throws -> some ApplicationProtocol {
    let logger = Logger(label: "lmhub")
    let router = try buildRouter(store: store)
    return Application(
        router: router,
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: "lmhub"),
        onServerRunning: { channel in
            let port = channel.localAddress?.port ?? config.port
            logger.info("LMHub at http://\(config.host):\(port)/ (database \(config.database); Ctrl-C to stop)")
        },
        logger: logger
    )
}

/// The router alone, for tests and for embedding.
public func buildRouter(store: LMHubStore) throws -> Router<HubRequestContext> {
    let catalog = try StandardCatalog.bundled()
    guard let standard = catalog.standards["cn-gb3838-2002"] else { throw APIError.internalError("GB 3838-2002 data file missing") }
    let air = AirService(store: store, schemes: try AQISchemeCatalog.bundled(), constants: try AirPollutants.bundled())
    let hub = HubService(store: store, standard: standard, catalog: catalog, indices: try IndexCalculator.bundled(catalog: catalog), air: air)
    let schemes = air.schemes
    let knowledge = HubCatalog(store: store) { try HubSeed.bundled(standards: catalog, schemes: schemes) }
    let router = Router(context: HubRequestContext.self)
    router.add(middleware: LogRequestsMiddleware(.debug))
    router.add(middleware: ErrorMiddleware())
    router.get("/healthz") { _, _ in "ok" }
    PageRoutes(hub: hub).register(on: router)
    APIRoutes(hub: hub).register(on: router)
    AssessmentRoutes(hub: hub).register(on: router)
    AirRoutes(hub: hub).register(on: router)
    HubRoutes(hub: knowledge, auth: HubAuthorization(store: store), links: HubLinkCheck(service: hub)).register(on: router)
    HubPageRoutes(hub: knowledge, service: hub).register(on: router)
    return router
}
