import Foundation
import LMHubCore
import Plot

/// The knowledge hub's search and browse page `/hub`: a search form that works without JavaScript, the filters
/// in force as removable chips, the results with their matches marked, facets to narrow them by, the events on
/// a timeline and the items' places on a map.
public enum HubPage {
    /// A piece of a title or summary, marked when it matches the query.
    typealias Piece = (text: String, isMatch: Bool)

    /// Characters of a summary shown in a result before it is cut.
    static let summaryLength = 300

    /// Renders the page of `model`, in its language.
    public static func render(_ model: HubPageModel) -> String {
        let lang = model.language
        let facets = model.facets.filter { !$0.counts.isEmpty }
        let body: Node<HTML.BodyContext> = .group(
            .h1(.plain(Strings.text("hub.heading", lang))),
            .p(.plain(Strings.text("hub.intro", lang))),
            searchForm(model),
            .div(.class("hub"),
                 .div(.class("hub-main"), chips(model), results(model), pager(model)),
                 .if(!facets.isEmpty, .aside(.class("facets"), .h2(.plain(Strings.text("hub.facets", lang))),
                                             .forEach(facets) { facet($0, model) }))),
            timeline(model),
            map(model)
        )
        return Layout.render(title: Strings.text("nav.hub", lang), language: lang, path: SitePaths.hubPage,
                             query: query(model, filters: model.filters, offset: model.offset), body: body)
    }

    /// The query items of the page with `filters` and `offset`, the search text kept.
    static func query(_ model: HubPageModel, filters: [(key: String, value: String)], offset: Int = 0) -> [(String, String)] {
        var items: [(String, String)] = model.query.isEmpty ? [] : [("q", model.query)]
        items += filters.map { ($0.key, $0.value) }
        if offset > 0 { items.append(("offset", String(offset))) }
        if model.limit != 20 { items.append(("limit", String(model.limit))) }
        return items
    }

    /// The page with `filters` and `offset`, the search text and language kept.
    static func link(_ model: HubPageModel, filters: [(key: String, value: String)], offset: Int = 0) -> String {
        Layout.link(path: SitePaths.hubPage, query: query(model, filters: filters, offset: offset), language: model.language)
    }

    /// A facet value as the page shows it: kinds, pillars and themes in words, countries by name, SDGs numbered,
    /// anything else (years, unknown values) as given.
    static func label(key: String, value: String, language: String) -> String {
        switch key {
        case "kind", "pillar", "theme": Strings.term("hub." + key, value, language)
        case "country": BasinGeography.bundled.countryName(value, language: language)
        case "sdg": Strings.text("hub.sdg", language) + " " + value
        default: value
        }
    }

    /// Text pieces as nodes, the matches in `<mark>`.
    static func highlighted<Context>(_ pieces: [Piece]) -> Node<Context> {
        .group(pieces.map { piece -> Node<Context> in piece.isMatch ? .element(named: "mark", nodes: [.plain(piece.text)]) : .plain(piece.text) })
    }

    /// The first `limit` characters of `segments`, with an ellipsis when cut.
    static func excerpt(_ segments: [HighlightSegment], limit: Int) -> [Piece] {
        var pieces: [Piece] = []
        var room = limit
        for segment in segments {
            if segment.text.count > room {
                if room > 0 { pieces.append((text: String(segment.text.prefix(room)), isMatch: segment.isMatch)) }
                pieces.append((text: "…", isMatch: false))
                return pieces
            }
            pieces.append((text: segment.text, isMatch: segment.isMatch))
            room -= segment.text.count
        }
        return pieces
    }

    /// "23 items" / "共 23 条".
    static func count(_ total: Int, language: String) -> String {
        Strings.text(total == 1 ? "hub.result" : "hub.results", language).replacingOccurrences(of: "{count}", with: String(total))
    }

    private static func searchForm(_ model: HubPageModel) -> Node<HTML.BodyContext> {
        let lang = model.language
        return .form(.class("search"), .action(SitePaths.hubPage), .method(.get),
                     .label(.for("q"), .plain(Strings.text("hub.search", lang))),
                     .input(.type(.search), .name("q"), .id("q"), .value(Layout.attribute(model.query)),
                            .placeholder(Strings.text("hub.placeholder", lang))),
                     .forEach(model.filters) { filter in
                         .input(.type(.hidden), .name(Layout.attribute(filter.key)), .value(Layout.attribute(filter.value)))
                     },
                     .input(.type(.hidden), .name("lang"), .value(Layout.attribute(lang))),
                     .button(.type(.submit), .plain(Strings.text("hub.searchButton", lang))))
    }

    /// The filters in force, each a link to the page without it.
    private static func chips(_ model: HubPageModel) -> Node<HTML.BodyContext> {
        let lang = model.language
        return .if(!model.filters.isEmpty, .p(
            .plain(Strings.text("hub.filters", lang) + ": "),
            .forEach(model.filters) { chip($0, model) },
            .a(.href(link(model, filters: [])), .plain(Strings.text("hub.clear", lang)))
        ))
    }

    private static func chip(_ filter: (key: String, value: String), _ model: HubPageModel) -> Node<HTML.BodyContext> {
        let lang = model.language
        let text = "\(Strings.text("hub.facet." + filter.key, lang)): \(label(key: filter.key, value: filter.value, language: lang)) ✕"
        return .a(.class("chip"), .href(link(model, filters: model.filters.filter { $0.key != filter.key || $0.value != filter.value })),
                  .attribute(named: "title", value: Strings.text("hub.remove", lang)), .plain(text))
    }

    private static func results(_ model: HubPageModel) -> Node<HTML.BodyContext> {
        let lang = model.language
        guard model.total > 0 else {
            let message = model.query.isEmpty
                ? Strings.text("hub.noMatches", lang)
                : Strings.text("hub.noResults", lang).replacingOccurrences(of: "{query}", with: model.query)
            return .p(.class("note"), .plain(message))
        }
        return .group(
            .h2(.plain(count(model.total, language: lang))),
            .ul(.class("hits"), .forEach(model.results) { result($0, language: lang) })
        )
    }

    private static func result(_ result: HubPageModel.Result, language lang: String) -> Node<HTML.ListContext> {
        let item = result.item
        let title: [Piece] = result.title.isEmpty
            ? [(text: item.title.text(lang), isMatch: false)]
            : result.title.map { (text: $0.text, isMatch: $0.isMatch) }
        let countries = item.allCountries.map { BasinGeography.bundled.countryName($0, language: lang) }
        return .li(
            .span(.class("kind"), .plain(Strings.term("hub.kind", item.kind.rawValue, lang))),
            .unwrap(item.date) { .span(.class("date"), .plain($0.description)) },
            .h3(.a(.href(HubItemPage.link(item.id, language: lang)), highlighted(title))),
            .if(!result.summary.isEmpty, .p(highlighted(excerpt(result.summary, limit: summaryLength)))),
            .if(!countries.isEmpty, .p(.class("note"), .plain(countries.joined(separator: Strings.text("hub.separator", lang)))))
        )
    }

    /// Previous and next links by `offset`, when the results take more than one page.
    private static func pager(_ model: HubPageModel) -> Node<HTML.BodyContext> {
        guard model.limit > 0, model.total > model.limit else { return .empty }
        let lang = model.language
        let last = min(model.offset + model.limit, model.total)
        let range = Strings.text("hub.range", lang)
            .replacingOccurrences(of: "{from}", with: String(min(model.offset + 1, model.total)))
            .replacingOccurrences(of: "{to}", with: String(last))
            .replacingOccurrences(of: "{total}", with: String(model.total))
        return .nav(.class("pager"),
                    .if(model.offset > 0, .a(.href(link(model, filters: model.filters, offset: max(model.offset - model.limit, 0))),
                                             .plain(Strings.text("hub.previous", lang)))),
                    .span(.plain(range)),
                    .if(last < model.total, .a(.href(link(model, filters: model.filters, offset: model.offset + model.limit)),
                                               .plain(Strings.text("hub.next", lang)))))
    }

    /// One facet: its values as links that set (or replace) its filter, years newest first.
    private static func facet(_ facet: HubPageModel.Facet, _ model: HubPageModel) -> Node<HTML.BodyContext> {
        let counts = facet.key == "year" ? facet.counts.sorted { (Int($0.value) ?? 0) > (Int($1.value) ?? 0) } : facet.counts
        return .section(
            .h3(.plain(Strings.text("hub.facet." + facet.key, model.language))),
            .ul(.forEach(counts) { facetValue(facet.key, $0.value, hits: $0.count, model) })
        )
    }

    /// A facet value with its count: in bold when its filter is in force, else a link that sets it (keeping the
    /// search text and the other facets' filters).
    private static func facetValue(_ key: String, _ value: String, hits: Int, _ model: HubPageModel) -> Node<HTML.ListContext> {
        let text = label(key: key, value: value, language: model.language)
        guard !model.filters.contains(where: { $0.key == key && $0.value == value }) else {
            return .li(.strong(.plain(text)), .plain(" (\(hits))"))
        }
        var filters = model.filters.filter { $0.key != key }
        filters.append((key: key, value: value))
        return .li(.a(.href(link(model, filters: filters)), .plain(text)), .plain(" (\(hits))"))
    }

    private static func timeline(_ model: HubPageModel) -> Node<HTML.BodyContext> {
        guard !model.timeline.isEmpty else { return .empty }
        return .section(.h2(.plain(Strings.text("hub.timeline", model.language))),
                        .div(.class("scroll"), .raw(HubTimeline(events: model.timeline).render(events: model.timeline, language: model.language))))
    }

    private static func map(_ model: HubPageModel) -> Node<HTML.BodyContext> {
        let lang = model.language
        let title = Strings.text("hub.map", lang)
        guard let svg = HubMap.render(HubMap.points(model.places, language: lang), margin: 0.6, title: title, language: lang) else {
            return .empty
        }
        return .section(.h2(.plain(title)), .div(.class("maps"),
            .element(named: "figure", nodes: [.raw(svg), .element(named: "figcaption", text: Strings.text("hub.mapNote", lang))])))
    }
}
