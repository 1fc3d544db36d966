import Foundation
import Hummingbird
import LMHubCore
import LMHubViews

/// The carbon pages: `/carbon` (every stored project, the designs of one project side by side, the modules, the
/// factor library) and `/carbon/{id}` (one project's result), for `?gwp=` (default: each project's own set), in
/// the language of `?lang=` or `Accept-Language`.
struct CarbonPagesController: Sendable {
    let carbon: CarbonService

    var routes: RouteCollection<HubRequestContext> {
        let routes = RouteCollection(context: HubRequestContext.self)
        routes.get(.site(SitePaths.carbonPage), use: overview)
        routes.get(.site(SitePaths.carbonProjectPage), use: project)
        return routes
    }

    @Sendable func overview(_ request: Request, context: HubRequestContext) async throws -> Response {
        PagesController.html(CarbonOverviewPage.render(try await overviewModel(gwp: request.queryValue("gwp"), language: LanguageNegotiation.language(of: request))))
    }

    @Sendable func project(_ request: Request, context: HubRequestContext) async throws -> Response {
        let model = try await projectModel(try StationPath.id(context), gwp: request.queryValue("gwp"), language: LanguageNegotiation.language(of: request))
        return PagesController.html(CarbonProjectPage.render(model))
    }

    func overviewModel(gwp: String?, language: String) async throws -> CarbonOverviewModel {
        let entries = try await carbon.list(gwp: gwp)
        let projects = entries.map { entry in
            let p = entry.stored.project
            let problem: String? = if case let .failure(error) = entry.outcome { error.description } else { nil }
            return CarbonOverviewModel.Project(id: entry.summary.id, name: p.name, kind: p.kind, country: p.country, lengthKm: p.lengthKm,
                                               areaHa: p.areaHa, capacityMW: p.capacityMW, lifetimeYears: p.lifetimeYears,
                                               result: try? entry.outcome.get(), problem: problem)
        }
        let labels = Dictionary(entries.map { ($0.summary.id, $0.stored.scenario?.label ?? LocalizedText(en: $0.summary.id)) }, uniquingKeysWith: { first, _ in first })
        let comparisons = carbon.comparisons(entries).map { group in
            CarbonOverviewModel.Comparison(title: group.scenario.title, ids: group.ids, labels: group.ids.map { labels[$0] ?? LocalizedText(en: $0) },
                                           comparison: group.comparison)
        }
        return CarbonOverviewModel(language: language, gwp: try carbon.gwpSet(gwp)?.id, gwpSets: carbon.accounting.gwp.sets,
                                   projects: projects, comparisons: comparisons)
    }

    func projectModel(_ id: String, gwp: String?, language: String) async throws -> CarbonProjectPageModel {
        let entry = try await carbon.entry(id, gwp: gwp)
        var scenario: CarbonProjectPageModel.Scenario?
        if let own = entry.stored.scenario {
            let others = try await carbon.list(gwp: gwp).filter { $0.stored.scenario?.group == own.group && $0.summary.id != entry.summary.id }
            scenario = .init(title: own.title, label: own.label, others: others.map { ($0.summary.id, $0.stored.scenario?.label ?? own.label) })
        }
        return CarbonProjectPageModel(language: language, id: entry.summary.id, gwp: try carbon.gwpSet(gwp)?.id, gwpSets: carbon.accounting.gwp.sets,
                                      result: entry.result, lineGWP: entry.lineGWP, references: carbon.references, scenario: scenario)
    }
}
