import Foundation
import LMHubCore
import Plot

/// One knowledge item's page `/hub/{id}`: its title (and the other language's, where it differs), its facts,
/// summary, places with a map, its links and the items that link to it, and a link to its JSON.
public enum HubItemPage {
    /// The page of item `id` in `language`.
    public static func link(_ id: String, language: String) -> String {
        Layout.link(path: SitePaths.path(SitePaths.hubItemPage, id), query: [], language: language)
    }

    /// Renders the page of `model`, in its language.
    public static func render(_ model: HubItemPageModel) -> String {
        let lang = model.language, item = model.item
        let title = item.title.text(lang)
        let body: Node<HTML.BodyContext> = .group(
            .p(.a(.href(Layout.link(path: SitePaths.hubPage, query: [], language: lang)), .plain(Strings.text("hub.back", lang)))),
            .h1(.plain(title)),
            .unwrap(alternateTitle(item, shown: title, language: lang)) { alternate in
                .p(.class("alt"), .attribute(named: "lang", value: alternate.language), .plain(alternate.text))
            },
            facts(item, lang),
            .unwrap(item.summary) { .section(.h2(.plain(Strings.text("hub.summary", lang))), .p(.plain($0.text(lang)))) },
            places(item, lang),
            links(model.links, heading: "hub.links", relations: "hub.rel", lang),
            links(model.linkedFrom, heading: "hub.linkedFrom", relations: "hub.relFrom", lang),
            .p(.a(.href(SitePaths.path(SitePaths.hubItem, item.id)), .plain(Strings.text("hub.json", lang))))
        )
        return Layout.render(title: title, language: lang, path: SitePaths.path(SitePaths.hubItemPage, item.id), query: [], body: body)
    }

    /// The item's title in another language the interface serves, where it differs from the one shown.
    static func alternateTitle(_ item: HubItem, shown title: String, language: String) -> (language: String, text: String)? {
        for code in Strings.languages where code != language {
            if let text = item.title.values[code], text != title { return (language: code, text: text) }
        }
        return nil
    }

    /// A place's name, position and country, e.g. "Beijing — 39.94° N, 116.37° E, China".
    static func describe(_ place: HubItem.Place, language: String) -> String {
        let latitude = String(format: "%.2f° ", abs(place.lat)) + (place.lat < 0 ? "S" : "N")
        let longitude = String(format: "%.2f° ", abs(place.lon)) + (place.lon < 0 ? "W" : "E")
        let country = place.country.map { ", " + BasinGeography.bundled.countryName($0, language: language) } ?? ""
        return "\(place.name.text(language)) — \(latitude), \(longitude)\(country)"
    }

    private static func facts(_ item: HubItem, _ lang: String) -> Node<HTML.BodyContext> {
        let themes = item.themes.map { Strings.term("hub.theme", $0, lang) }
        let countries = item.allCountries.map { BasinGeography.bundled.countryName($0, language: lang) }
        let sdgs = item.sdgs.map { HubPage.label(key: "sdg", value: String($0), language: lang) }
        let separator = Strings.text("hub.separator", lang)
        return .dl(.class("facts"),
                   fact("hub.facet.kind", Strings.term("hub.kind", item.kind.rawValue, lang), lang),
                   fact("col.date", item.date?.description, lang),
                   fact("hub.facet.pillar", item.pillar.map { Strings.term("hub.pillar", $0, lang) }, lang),
                   fact("hub.facet.theme", themes.joined(separator: separator), lang),
                   fact("hub.facet.country", countries.joined(separator: separator), lang),
                   fact("hub.facet.sdg", sdgs.joined(separator: separator), lang),
                   fact("hub.partners", item.partners.joined(separator: separator), lang))
    }

    /// A term and its value; nothing when the value is missing or empty.
    private static func fact(_ key: String, _ value: String?, _ lang: String) -> Node<HTML.DescriptionListContext> {
        guard let value, !value.isEmpty else { return .empty }
        return .group(.dt(.plain(Strings.text(key, lang))), .dd(.plain(value)))
    }

    private static func places(_ item: HubItem, _ lang: String) -> Node<HTML.BodyContext> {
        guard !item.places.isEmpty else { return .empty }
        let title = Strings.text("hub.places", lang)
        let points = HubMap.points(item.places.map { (place: $0, item: item) }, language: lang)
        return .section(
            .h2(.plain(title)),
            .ul(.forEach(item.places) { .li(.plain(describe($0, language: lang))) }),
            .unwrap(HubMap.render(points, margin: 3, title: title, language: lang)) { svg in
                .div(.class("maps"), .element(named: "figure", nodes: [.raw(svg), .element(named: "figcaption", text: Strings.text("hub.mapNote", lang))]))
            }
        )
    }

    /// The links (or back-links) as a list, each with its relation in words; nothing when there are none.
    private static func links(_ links: [HubItemPageModel.Link], heading: String, relations: String, _ lang: String) -> Node<HTML.BodyContext> {
        guard !links.isEmpty else { return .empty }
        return .section(
            .h2(.plain(Strings.text(heading, lang))),
            .ul(.forEach(links) { link in
                .li(.span(.class("rel"), .plain(Strings.term(relations, link.relation.rawValue, lang))),
                    .a(.href(Layout.attribute(link.href)), .plain(link.title ?? link.target)))
            })
        )
    }
}
