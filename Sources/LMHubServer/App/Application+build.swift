import Foundation
import Hummingbird
import LMHubCore
import LMHubStorage
import LMHubViews
import Logging

/// Builds the hub's Hummingbird application over an open store: pages, the open-data API (`/api/v1`), OGC API
/// Features (`/ogc`), SensorThings (`/sta/v1.1`), the health check and metrics. Every path is in ``SitePaths``; each area
/// is a controller with a `RouteCollection`; services throw ``ServiceError``, mapped to HTTP in ``ErrorMiddleware``.
public func buildApplication(config: AppConfig, store: LMHubStore) throws -> some ApplicationProtocol {
    let logger = Logger(label: "lmhub")
    let router = try buildRouter(store: store)
    return Application(
        router: router,
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: "lmhub"),
        services: [router.warmer],
        onServerRunning: { channel in
            let port = channel.localAddress?.port ?? config.port
            logger.info("LMHub at http://\(config.host):\(port)/ (database \(config.database); Ctrl-C to stop)")
        },
        logger: logger
    )
}

/// The router alone, for tests and for embedding.
public func buildRouter(store: LMHubStore) throws -> HubRouter {
    let catalog = try StandardCatalog.bundled()
    guard let standard = catalog.standards["cn-gb3838-2002"] else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: "standards/cn-gb3838-2002.json"]) }
    let air = AirService(store: store, schemes: try AQISchemeCatalog.bundled(), constants: try AirPollutants.bundled(), cache: ResultCache(store: store))
    let hub = StationService(store: store, standard: standard, catalog: catalog, indices: try IndexCalculator.bundled(catalog: catalog), air: air)
    let schemes = air.schemes
    let knowledge = HubCatalog(store: store) { try HubSeed.bundled(standards: catalog, schemes: schemes) }
    let sdg = try SDGService(store: store, cache: air.cache)
    let fhi = try FHIService(store: store, cache: air.cache)
    let carbon = try CarbonService(store: store, cache: air.cache)
    let router = Router(context: HubRequestContext.self)
    _ = HubMetrics.bootstrapped
    router.add(middleware: AccessLogMiddleware())
    router.add(middleware: MetricsMiddleware())
    let methods = RouteMethods()
    router.add(middleware: CORSMiddleware(allowOrigin: .all, allowHeaders: [.accept, .authorization, .contentType, .ifNoneMatch],
                                          allowMethods: [.get, .head, .options], exposedHeaders: ["Link", "ETag", "LMHub-Attribution"]))
    router.add(middleware: ConditionalGetMiddleware(privatePaths: [SitePaths.audit]))
    let responses = ResponseCache()
    router.add(middleware: ResponseCacheMiddleware(cache: responses, store: store, uncached: [SitePaths.health, SitePaths.metrics, SitePaths.audit]))
    router.add(middleware: CompressionMiddleware())
    router.add(middleware: ErrorMiddleware(methods: methods))
    router.addRoutes(OperationsController(store: store, responses: responses).routes)
    router.addRoutes(PagesController(hub: hub).routes)
    router.addRoutes(HubPagesController(hub: knowledge, service: hub).routes)
    router.addRoutes(StationsController(hub: hub).routes, atPath: RouterPath(SitePaths.api))
    router.addRoutes(StandardsController(hub: hub).routes, atPath: RouterPath(SitePaths.api))
    router.addRoutes(AirController(hub: hub).routes, atPath: RouterPath(SitePaths.api))
    router.addRoutes(HubController(hub: knowledge, auth: HubAuthorization(store: store), links: HubLinkCheck(service: hub)).routes,
                     atPath: RouterPath(SitePaths.api))
    router.addRoutes(SDGController(sdg: sdg).routes, atPath: RouterPath(SitePaths.api))
    router.addRoutes(FHIController(fhi: fhi).routes, atPath: RouterPath(SitePaths.api))
    router.addRoutes(FHIPagesController(fhi: fhi).routes)
    router.addRoutes(CarbonController(carbon: carbon, auth: HubAuthorization(store: store)).routes, atPath: RouterPath(SitePaths.api))
    router.addRoutes(CarbonPagesController(carbon: carbon).routes)
    router.addRoutes(SDGPagesController(sdg: sdg).routes)
    router.addRoutes(OpenAPIController(document: try OpenAPIDocument.bundled()).routes, atPath: RouterPath(SitePaths.api))
    router.addRoutes(OGCFeaturesController(hub: hub, catalog: knowledge).routes, atPath: RouterPath(SitePaths.ogc))
    router.addRoutes(SensorThingsController(store: store).routes, atPath: RouterPath(SitePaths.sensorThings))
    methods.record(router.routes.map { ($0.path.description, $0.method) })
    // The bundled documents and hub items are stored first when absent (each store moves the revision), then
    // what is computed from them.
    let warmer = CacheWarmer(store: store, cache: air.cache, steps: [
        { _ = try await sdg.editions() }, { _ = try await fhi.entries() }, { _ = try await carbon.projects() },
        { _ = try await knowledge.current() },
        { for language in Strings.languages { _ = try await hub.overview(language: language) } },
        { try await air.warm() },
        { _ = try await sdg.report(nil) },
        { for language in Strings.languages { _ = try await fhi.listModel(language: language) } },
        { _ = try await carbon.list(gwp: nil) },
    ])
    return HubRouter(router: router, warmer: warmer)
}
