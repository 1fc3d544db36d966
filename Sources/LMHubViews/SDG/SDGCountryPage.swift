import Foundation
import LMHubCore
import Plot

/// `/sdg/{iso3}`: one country's SDG Index and rank, and goal by goal its score and dashboard colour with every
/// indicator's raw value, year, bounds, thresholds, normalised score, colour and trend arrow.
public enum SDGCountryPage {
    public static func render(_ model: SDGCountryModel) -> String {
        let lang = model.language, country = model.country, edition = model.context.edition
        let path = SitePaths.path(SitePaths.sdgCountryPage, country.iso3)
        let body: Node<HTML.BodyContext> = .group(
            .p(.a(.href(Layout.link(path: SitePaths.sdgPage, query: model.context.query, language: lang)), .plain("← " + Strings.text("sdg.heading", lang)))),
            .h1(.plain(country.name)),
            .p(.plain(String(format: Strings.text("sdg.countryFacts", lang), SDGDashboardCell.score(country.index),
                             country.rank.map(String.init) ?? "–", country.region, country.missingShare * 100))),
            .unwrap(country.notes.isEmpty ? nil : country.notes) { notes in .ul(.class("notes"), .forEach(notes) { .li(.plain($0)) }) },
            SDGEditionSwitcher.render(model.context, path: path, language: lang),
            SDGDashboardCell.legend(edition, lang),
            .p(.class("note"), .plain(Strings.text("sdg.trendNote", lang))),
            .forEach(1...17) { goal in section(country, goal, edition, lang) },
            SDGMethodNotes.render(edition, language: lang)
        )
        return Layout.render(title: "\(country.name) · SDG", language: lang, path: path, query: model.context.query, body: body)
    }

    private static func section(_ country: SDGCountryResult, _ goal: Int, _ edition: SDREdition, _ lang: String) -> Node<HTML.BodyContext> {
        let result = country.goal(goal)
        let rows = country.indicators.filter { $0.goal == goal }
        var heading = "SDG \(goal) · " + (edition.goalName(goal)?.text(lang) ?? "") + " — " + SDGDashboardCell.score(result?.score)
        if let colour = result?.colour, let name = edition.colourName(colour)?.text(lang) { heading += " · " + name }
        return .group(
            .h2(.id("goal\(goal)"), .span(.class("cls"), .attribute(named: "style", value: SDGDashboardCell.style(result?.colour)), .plain(String(goal))),
                .plain(" " + heading)),
            .unwrap(note(result, country, lang)) { .p(.class("note"), .plain($0)) },
            .if(!rows.isEmpty, .div(.class("scroll"), .table(.class("matrix"),
                .tr(.forEach(["sdg.indicator", "sdg.value", "sdg.year", "sdg.optimum", "sdg.lowerBound", "sdg.green", "sdg.red", "sdg.score", "sdg.trend"]) {
                    .th(.plain(Strings.text($0, lang)))
                }),
                .forEach(rows) { row in indicatorRow(row, edition, lang) }
            )))
        )
    }

    private static func note(_ result: SDGGoalResult?, _ country: SDGCountryResult, _ lang: String) -> String? {
        guard let result else { return nil }
        if !result.applicable { return Strings.text("sdg.landlocked", lang) }
        if let imputed = result.imputedScore {
            return String(format: Strings.text("sdg.imputedNote", lang), country.region, imputed)
        }
        if !result.worstIndicators.isEmpty {
            return String(format: Strings.text("sdg.worstNote", lang), result.worstIndicators.joined(separator: ", "))
        }
        return nil
    }

    private static func indicatorRow(_ row: SDGIndicatorResult, _ edition: SDREdition, _ lang: String) -> Node<HTML.TableContext> {
        let indicator = edition.indicator(row.code)
        let flags = row.flags.map(\.rawValue).joined(separator: ", ")
        let name: String = (indicator?.name.text(lang) ?? row.code) + (indicator?.scope == .oecd ? " (OECD)" : "")
        let code: String = row.code + (flags.isEmpty ? "" : " · ⚠ " + flags)
        let value: String = number(row.value) + (row.kind == .publishedNormalisedScore ? "*" : "")
        let constants: [Double?] = [indicator?.optimum, indicator?.lowerBound, indicator?.greenThreshold, indicator?.redThreshold]
        let score: String = row.normalisedScore.map { String(format: "%.1f", $0) } ?? "–"
        let trend: String = row.trend.map { $0.rawValue + " " + (edition.arrowName($0)?.text(lang) ?? "") } ?? ""
        let first: Node<HTML.TableRowContext> = .td(.plain(name), .br(), .span(.class("note"), .plain(code)))
        let numbers: [String] = [value, row.year.map(String.init) ?? ""] + constants.map { $0.map(number) ?? "" }
        return .tr(first, .forEach(numbers) { .td(.class("num"), .plain($0)) },
                   SDGDashboardCell.td(score, row.colour, edition, lang), .td(.plain(trend)))
    }

    /// A value as the database would print it: up to four significant decimals, no trailing zeros.
    static func number(_ value: Double) -> String {
        let text = String(format: "%.4f", value)
        guard text.contains(".") else { return text }
        return String(text.reversed().drop { $0 == "0" }.drop { $0 == "." }.reversed())
    }
}
