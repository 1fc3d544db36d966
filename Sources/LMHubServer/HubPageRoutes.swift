import Foundation
import Hummingbird
import LMHubCore
import LMHubStorage
import LMHubViews

/// The knowledge hub's pages: `/hub` (browse, search, timeline and map) and `/hub/{id}` (one item, its places
/// and its links both ways), in the language of `?lang=` or `Accept-Language`.
struct HubPageRoutes: Sendable {
    let hub: HubCatalog
    let service: HubService

    func register(on router: Router<HubRequestContext>) {
        router.get("/hub") { request, _ in
            let language = LanguageNegotiation.language(of: request)
            let search: HubSearchRequest
            do { search = try HubSearchRequest(request) } catch let error as APIError {
                throw PageError(status: error.status, message: error.message, language: language)
            }
            return PageRoutes.html(HubPage.render(try await browseModel(search, language: language)))
        }
        router.get("/hub/:id") { request, context in
            let language = LanguageNegotiation.language(of: request)
            let id = try HubRoutes.id(context)
            let index = try await hub.current()
            guard let item = index.item(id: id) else { throw PageError(status: .notFound, message: "no item '\(id)'", language: language) }
            return PageRoutes.html(HubItemPage.render(try await itemModel(item, index: index, language: language)))
        }
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
        let lang = "lang=" + language
        switch link.relation {
        case .station:
            let station = try await service.store.station(id: link.target)
            return [.init(relation: link.relation, target: link.target, title: station?.name.text(language),
                          href: "/stations/\(Self.encoded(link.target))?\(lang)")]
        case .standard:
            let stations = try await service.store.stations()
            if let standard = service.catalog.standards[link.target] {
                let table = HubItemPageModel.Link(relation: link.relation, target: link.target, title: standard.title.text(language),
                                                  href: "/api/v1/standards/\(Self.encoded(link.target))")
                return [table] + stations.filter { $0.kind == .water }.map { station in
                    .init(relation: .station, target: station.id, title: station.name.text(language),
                          href: "/stations/\(Self.encoded(station.id))?\(lang)")
                }
            }
            let title = service.air.schemes.schemes[link.target]?.title.text(language)
            return stations.filter { $0.kind == .air }.map { station in
                .init(relation: .station, target: station.id, title: "\(station.name.text(language)) · \(title ?? link.target)",
                      href: "/stations/\(Self.encoded(station.id))?scheme=\(Self.encoded(link.target))&\(lang)")
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

    private static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? text
    }
}
