import Foundation
import Hummingbird
import LMHubViews

/// The monitoring pages: `/` (overview) and `/stations/{id}` (a water station's samples and standards, or an
/// air station's index), in the language of `?lang=` or `Accept-Language`. Each page is a model loaded by a
/// service query (``StationService``, ``AirService``) and a view of it (``OverviewPage``, ``StationPage``,
/// ``AirStationPage``).
struct PagesController: Sendable {
    let hub: StationService

    var routes: RouteCollection<HubRequestContext> {
        let routes = RouteCollection(context: HubRequestContext.self)
        routes.get(.site(SitePaths.overview), use: overview)
        routes.get(.site(SitePaths.stationPage), use: station)
        return routes
    }

    @Sendable func overview(_ request: Request, context: HubRequestContext) async throws -> Response {
        Self.html(OverviewPage.render(try await hub.overview(language: LanguageNegotiation.language(of: request))))
    }

    @Sendable func station(_ request: Request, context: HubRequestContext) async throws -> Response {
        let language = LanguageNegotiation.language(of: request)
        let id = try StationPath.id(context)
        if let station = try await hub.store.station(id: id), station.kind == .air {
            let model = try await hub.air.page(station: station, scheme: request.queryValue("scheme"),
                                               policy: try AirService.policy(request.queryValue("qc")), language: language)
            return Self.html(AirStationPage.render(model))
        }
        return Self.html(StationPage.render(try await hub.stationPage(
            id: id, parameter: request.queryValue("parameter"), sample: request.queryValue("sample"), language: language)))
    }

    /// An HTML page's response; `Vary: Accept-Language`, as the page's language follows it (shared caches keep
    /// the languages apart).
    static func html(_ page: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .vary: "Accept-Language"],
                 body: .init(byteBuffer: ByteBuffer(string: page)))
    }
}
