import Foundation
import Hummingbird
import LMHubCore
import LMHubViews

/// OGC API – Features – Part 1: Core (OGC 17-069r4) at `/ogc`, with the Core and GeoJSON conformance
/// classes, over the collections of ``OGCFeatureSource`` (`stations`, `hub-places`):
/// - `GET /ogc` — landing page (§7.2), ``OGCLandingPage``;
/// - `GET /ogc/conformance` — conformance declaration (§7.4), ``OGCConformance``;
/// - `GET /ogc/collections` — the collections (§7.13), ``OGCCollectionList``;
/// - `GET /ogc/collections/{collectionId}` — one collection (§7.14), ``OGCCollectionDescription``;
/// - `GET /ogc/collections/{collectionId}/items` — features (§7.15), ``OGCFeatureCollection``, query ``OGCItemsQuery``;
/// - `GET /ogc/collections/{collectionId}/items/{featureId}` — one feature (§7.16), a ``GeoJSONFeature``.
///
/// Metadata documents are `application/json`, features `application/geo+json`; every resource takes
/// `f=json`. An unknown collection or feature is a 404 and a malformed query a 400, both JSON
/// (``ErrorMiddleware``). Mounted with `router.addRoutes(controller.routes, atPath: SitePaths.ogc)`.
struct OGCFeaturesController: Sendable {
    let source: OGCFeatureSource

    init(hub: StationService, catalog: HubCatalog) {
        source = OGCFeatureSource(hub: hub, catalog: catalog)
    }

    var routes: RouteCollection<HubRequestContext> {
        let routes = RouteCollection(context: HubRequestContext.self)
        routes.get(use: landingPage)
        routes.get(RouterPath(SitePaths.relative(SitePaths.ogcConformance, to: SitePaths.ogc)), use: conformance)
        routes.get(RouterPath(SitePaths.relative(SitePaths.ogcCollections, to: SitePaths.ogc)), use: collections)
        routes.get(RouterPath(SitePaths.relative(SitePaths.ogcCollection, to: SitePaths.ogc)), use: collection)
        routes.get(RouterPath(SitePaths.relative(SitePaths.ogcItems, to: SitePaths.ogc)), use: items)
        routes.get(RouterPath(SitePaths.relative(SitePaths.ogcItem, to: SitePaths.ogc)), use: item)
        return routes
    }

    typealias JSONDocument<Body: Encodable & Sendable> = GeoJSONResponse<Body>

    /// §7.2 landing page.
    @Sendable func landingPage(_ request: Request, context: HubRequestContext) async throws -> JSONDocument<OGCLandingPage> {
        try Self.checkFormat(request)
        let base = OGCLinkBase(request)
        return JSONDocument(body: OGCLandingPage(
            title: "LMHub OGC API – Features",
            description: "Lancang-Mekong environmental monitoring stations and knowledge-hub places as OGC API – Features (OGC 17-069r4).",
            links: [
                base.link(SitePaths.ogc, rel: "self", title: "this document"),
                base.link(SitePaths.openAPIJSON, rel: "service-desc", type: OGCLandingPage.openAPIType,
                          title: "the API definition (OpenAPI 3.1, with /api/v1)"),
                base.link(SitePaths.ogcConformance, rel: "conformance", title: "conformance classes implemented"),
                base.link(SitePaths.ogcCollections, rel: "data", title: "feature collections"),
            ]), contentType: JSONDocument<OGCLandingPage>.jsonType)
    }

    /// §7.4 conformance declaration.
    @Sendable func conformance(_ request: Request, context: HubRequestContext) async throws -> JSONDocument<OGCConformance> {
        try Self.checkFormat(request)
        return JSONDocument(body: .implemented, contentType: JSONDocument<OGCConformance>.jsonType)
    }

    /// §7.13 feature collections.
    @Sendable func collections(_ request: Request, context: HubRequestContext) async throws -> JSONDocument<OGCCollectionList> {
        try Self.checkFormat(request)
        let base = OGCLinkBase(request)
        var described: [OGCCollectionDescription] = []
        for collection in OGCFeatureSource.all {
            described.append(try await describe(collection, base: base))
        }
        return JSONDocument(body: OGCCollectionList(links: [base.link(SitePaths.ogcCollections, rel: "self", title: "this document")],
                                                    collections: described), contentType: JSONDocument<OGCCollectionList>.jsonType)
    }

    /// §7.14 one feature collection.
    @Sendable func collection(_ request: Request, context: HubRequestContext) async throws -> JSONDocument<OGCCollectionDescription> {
        try Self.checkFormat(request)
        let collection = try OGCFeatureSource.collection(try Self.parameter("collectionId", context))
        return JSONDocument(body: try await describe(collection, base: OGCLinkBase(request)), contentType: JSONDocument<OGCCollectionDescription>.jsonType)
    }

    /// §7.15 features, filtered by `bbox` and `datetime`, paged by `limit` and `offset`.
    @Sendable func items(_ request: Request, context: HubRequestContext) async throws -> GeoJSONResponse<OGCFeatureCollection> {
        let collection = try OGCFeatureSource.collection(try Self.parameter("collectionId", context))
        let query = try OGCItemsQuery(request)
        let records = try await source.records(collection)
        let page = OGCFeatureCollection.page(records, query: query, base: OGCLinkBase(request),
                                             path: SitePaths.path(SitePaths.ogcItems, collection.id))
        return GeoJSONResponse(body: page)
    }

    /// §7.16 one feature, with links `self` and `collection`.
    @Sendable func item(_ request: Request, context: HubRequestContext) async throws -> GeoJSONResponse<GeoJSONFeature> {
        try Self.checkFormat(request)
        let collection = try OGCFeatureSource.collection(try Self.parameter("collectionId", context))
        let id = try Self.parameter("featureId", context)
        // Station ids are looked up as the store does (NFC, Unicode spaces folded, invisible characters dropped).
        let wanted = collection.id == "stations" ? StationID.lenient(id) : id
        guard var feature = try await source.records(collection).first(where: { $0.feature.id == wanted })?.feature else {
            throw ServiceError.notFound("collection '\(collection.id)' has no feature '\(id)'")
        }
        let base = OGCLinkBase(request)
        feature.links = [
            base.link(SitePaths.path(SitePaths.ogcItem, collection.id, id), rel: "self", type: GeoJSONResponse<GeoJSONFeature>.geoJSONType, title: "this feature"),
            base.link(SitePaths.path(SitePaths.ogcCollection, collection.id), rel: "collection", title: collection.title),
        ]
        return GeoJSONResponse(body: feature)
    }

    /// The collection's description with its extent computed from its current features.
    func describe(_ collection: OGCFeatureSource.Collection, base: OGCLinkBase) async throws -> OGCCollectionDescription {
        let records = try await source.records(collection)
        return OGCCollectionDescription(
            id: collection.id, title: collection.title, description: collection.description,
            links: [
                base.link(SitePaths.path(SitePaths.ogcCollection, collection.id), rel: "self", title: "this collection"),
                base.link(SitePaths.path(SitePaths.ogcItems, collection.id), rel: "items", type: GeoJSONResponse<String>.geoJSONType, title: collection.title),
            ],
            extent: OGCCollectionDescription.extent(of: records))
    }

    /// A path parameter, percent-decoded (`Andaung%20Meas` → `Andaung Meas`).
    static func parameter(_ name: String, _ context: HubRequestContext) throws -> String {
        let raw = try context.parameters.require(name)
        return raw.removingPercentEncoding ?? raw
    }

    /// Metadata resources take only `f=json`.
    static func checkFormat(_ request: Request) throws {
        if let format = request.queryValue("f") { try OGCItemsQuery.checkFormat(format) }
    }
}
