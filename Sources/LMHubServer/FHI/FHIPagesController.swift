import Foundation
import Hummingbird
import LMHubViews

/// The Freshwater Health Index pages: `/fhi` (the stored assessments by basin and date) and `/fhi/{id}` (one
/// assessment: circle plot, every node, hydrographs, stations), in the language of `?lang=` or `Accept-Language`.
struct FHIPagesController: Sendable {
    let fhi: FHIService

    var routes: RouteCollection<HubRequestContext> {
        let routes = RouteCollection(context: HubRequestContext.self)
        routes.get(.site(SitePaths.fhiPage), use: list)
        routes.get(.site(SitePaths.fhiAssessmentPage), use: assessment)
        return routes
    }

    @Sendable func list(_ request: Request, context: HubRequestContext) async throws -> Response {
        PagesController.html(FHIListPage.render(try await fhi.listModel(language: LanguageNegotiation.language(of: request))))
    }

    @Sendable func assessment(_ request: Request, context: HubRequestContext) async throws -> Response {
        let model = try await fhi.pageModel(id: try StationPath.id(context), language: LanguageNegotiation.language(of: request))
        return PagesController.html(FHIAssessmentPage.render(model))
    }
}
