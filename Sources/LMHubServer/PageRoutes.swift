import Foundation
import Hummingbird
import LMHubViews

/// HTML pages: `/` and `/stations/{id}` (a water station's samples and standards, or an air station's index), in the language of `?lang=` or `Accept-Language`.
struct PageRoutes: Sendable {
    let hub: HubService

    func register(on router: Router<HubRequestContext>) {
        router.get("/") { request, _ in
            try await Self.html(OverviewPage.render(hub.overview(language: LanguageNegotiation.language(of: request))))
        }
        router.get("/stations/:id") { request, context in
            let language = LanguageNegotiation.language(of: request)
            let id = try context.parameters.require("id").removingPercentEncoding ?? ""
            do {
                if let station = try await hub.store.station(id: id), station.kind == .air {
                    return Self.html(AirStationPage.render(try await hub.air.page(station: station, scheme: request.queryValue("scheme"), policy: try AirService.policy(request.queryValue("qc")), language: language)))
                }
                return Self.html(StationPage.render(try await hub.stationPage(
                    id: id, parameter: request.queryValue("parameter"), sample: request.queryValue("sample"), language: language)))
            } catch let error as APIError {
                throw PageError(status: error.status, message: error.message, language: language)
            }
        }
    }

    /// An HTML page's response.
    static func html(_ page: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: page)))
    }
}
