import Foundation
import Hummingbird
import LMHubCore
import LMHubViews

/// The SDG pages: `/sdg` (the six Lancang-Mekong countries side by side, with the review of the data against
/// the Center's study) and `/sdg/{iso3}` (one country's goals and indicators), for `?edition=`, in the language
/// of `?lang=` or `Accept-Language`.
struct SDGPagesController: Sendable {
    let sdg: SDGService

    var routes: RouteCollection<HubRequestContext> {
        let routes = RouteCollection(context: HubRequestContext.self)
        routes.get(.site(SitePaths.sdgPage), use: overview)
        routes.get(.site(SitePaths.sdgCountryPage), use: country)
        return routes
    }

    @Sendable func overview(_ request: Request, context: HubRequestContext) async throws -> Response {
        let (report, page) = try await edition(request)
        let review = sdg.review
        let countries = review.countries.compactMap { report.report.country($0) }
        let means = Dictionary(uniqueKeysWithValues: (1...17).compactMap { goal in
            report.report.regionalMean(review.region, goal: goal).map { (goal, $0) }
        })
        return PagesController.html(SDGOverviewPage.render(SDGOverviewModel(
            context: page, countries: countries, regionalMeans: means, review: review, findings: review.findings(report.report),
            language: LanguageNegotiation.language(of: request))))
    }

    @Sendable func country(_ request: Request, context: HubRequestContext) async throws -> Response {
        let (report, page) = try await edition(request)
        let result = try sdg.country(try StationPath.id(context, parameter: "iso3").trimmingCharacters(in: .whitespaces), in: report)
        return PagesController.html(SDGCountryPage.render(SDGCountryModel(context: page, country: result, language: LanguageNegotiation.language(of: request))))
    }

    /// The edition `?edition=` names (default: the bundled one) and what the pages show of it.
    private func edition(_ request: Request) async throws -> (SDGService.EditionReport, SDGEditionContext) {
        let report = try await sdg.report(request.queryValue("edition"))
        let all = try await sdg.editions()
        let standard = try await sdg.report(nil).summary.id
        return (report, SDGEditionContext(id: report.summary.id, title: report.summary.title, source: report.stored.source, edition: sdg.edition,
                                          editions: all.map(\.id), isDefault: report.summary.id == standard))
    }
}
