import Foundation
import Hummingbird
import LMHubCore
import LMHubStorage
import LMHubViews

/// The knowledge hub's pages: `/hub` (browse, search, timeline and map) and `/hub/{id}` (one item, its places
/// and its links both ways), in the language of `?lang=` or `Accept-Language`.
struct HubPagesController: Sendable {
    let hub: HubCatalog
    let service: StationService

    var routes: RouteCollection<HubRequestContext> {
        let routes = RouteCollection(context: HubRequestContext.self)
        routes.get(.site(SitePaths.hubPage), use: browse)
        routes.get(.site(SitePaths.hubItemPage), use: item)
        return routes
    }

    @Sendable func browse(_ request: Request, context: HubRequestContext) async throws -> Response {
        let language = LanguageNegotiation.language(of: request)
        return PagesController.html(HubPage.render(try await browseModel(HubSearchRequest(request), language: language)))
    }

    @Sendable func item(_ request: Request, context: HubRequestContext) async throws -> Response {
        let language = LanguageNegotiation.language(of: request)
        let id = try StationPath.id(context)
        let index = try await hub.current()
        guard let item = index.item(id: id) else { throw ServiceError.notFound("no item '\(id)'") }
        return PagesController.html(HubItemPage.render(try await itemModel(item, index: index, language: language)))
    }

    func browseModel(_ search: HubSearchRequest, language: String) async throws -> HubPageModel {
        let index = try await hub.current()
        let result = index.search(search.query, filter: search.filter, offset: search.offset, limit: search.limit, everything: true)
        let page = result.hits.map { hit in
            HubPageModel.Result(item: hit.item, title: search.query.highlight(hit.item.title.text(language)),
                                summary: Self.summary(of: hit.item, language: language, query: search.query))
        }
        let facets = HubSearchRequest.filterKeys.map { key in
            HubPageModel.Facet(key: key, counts: Self.sorted(result.facets.counts(of: key), byValue: key == "year" || key == "sdg"))
        }
        let events = result.matches.filter { $0.kind == .event && $0.date != nil }.sorted { ($0.date!, $0.id) < ($1.date!, $1.id) }
        return HubPageModel(language: language, query: search.query.text, filters: search.filters, total: result.total,
                            offset: search.offset, limit: search.limit, results: Array(page), facets: facets, timeline: events,
                            places: result.matches.sorted(by: HubSearchIndex.browseOrder).flatMap { item in item.places.map { ($0, item) } })
    }

    func itemModel(_ item: HubItem, index: HubSearchIndex, language: String) async throws -> HubItemPageModel {
        var links: [HubItemPageModel.Link] = []
        for link in item.links {
            links += try await resolve(link, index: index, language: language)
        }
        let incoming = index.links(to: item.id).map { other in
            HubItemPageModel.Link(relation: other.relation, target: other.item.id, title: other.item.title.text(language),
                                  href: HubItemPage.link(other.item.id, language: language))
        }
        return HubItemPageModel(language: language, item: item, links: links, linkedFrom: incoming)
    }

    /// Where a link leads: an item's page; a station's page; for a water standard its table of limits and each
    /// water station's page (whose matrix judges the station's samples against it), for an AQI scheme each air
    /// station's page under that scheme.
    private func resolve(_ link: HubItem.Link, index: HubSearchIndex, language: String) async throws -> [HubItemPageModel.Link] {
        switch link.relation {
        case .station:
            let station = try await service.store.station(id: link.target)
            return [.init(relation: link.relation, target: link.target, title: station?.name.text(language),
                          href: SitePaths.link(SitePaths.path(SitePaths.stationPage, link.target), [("lang", language)]))]
        case .standard:
            let stations = try await service.store.stations()
            if let standard = service.catalog.standards[link.target] {
                let table = HubItemPageModel.Link(relation: link.relation, target: link.target, title: standard.title.text(language),
                                                  href: SitePaths.path(SitePaths.standard, link.target))
                return [table] + stations.filter { $0.kind == .water }.map { station in
                    .init(relation: .station, target: station.id, title: station.name.text(language),
                          href: SitePaths.link(SitePaths.path(SitePaths.stationPage, station.id), [("lang", language)]))
                }
            }
            let title = service.air.schemes.schemes[link.target]?.title.text(language)
            return stations.filter { $0.kind == .air }.map { station in
                .init(relation: .station, target: station.id, title: "\(station.name.text(language)) · \(title ?? link.target)",
                      href: SitePaths.link(SitePaths.path(SitePaths.stationPage, station.id), [("scheme", link.target), ("lang", language)]))
            }
        case .parent, .partner, .related:
            return [.init(relation: link.relation, target: link.target, title: index.item(id: link.target)?.title.text(language),
                          href: HubItemPage.link(link.target, language: language))]
        }
    }

    /// The summary pieces a result shows: in the page's language, or, when the query matches only the text of
    /// another language (遥感 on the English page), in the first language where it matches.
    static func summary(of item: HubItem, language: String, query: SearchQuery) -> [HighlightSegment] {
        let own = query.highlight(item.summary?.text(language) ?? "")
        guard !query.isEmpty, !own.contains(where: \.isMatch), !query.highlight(item.title.text(language)).contains(where: \.isMatch) else { return own }
        let texts = [item.title, item.summary].compactMap { $0 }.flatMap { $0.values.sorted { $0.key < $1.key }.map(\.value) }
        return texts.lazy.map(query.highlight).first { $0.contains(where: \.isMatch) } ?? own
    }

    /// Facet values by count (most first), or by value for years and goals (newest year, lowest goal first).
    private static func sorted(_ counts: [String: Int], byValue: Bool) -> [(value: String, count: Int)] {
        counts.map { (value: $0.key, count: $0.value) }.sorted { a, b in
            if byValue, let x = Int(a.value), let y = Int(b.value) { return a.value.count == 4 ? x > y : x < y }
            return a.count != b.count ? a.count > b.count : a.value < b.value
        }
    }
}
