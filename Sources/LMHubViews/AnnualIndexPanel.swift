import Foundation
import LMHubCore
import Plot

/// A station's yearly indices (CCME WQI, MRC WQI): one bar chart per index and a table with each year's
/// value, band, components and notes, or the reason there is no value.
enum AnnualIndexPanel {
    static func render(_ years: [AnnualIndices], definitions: [IndexDefinition], language lang: String) -> Node<HTML.BodyContext> {
        guard !years.isEmpty else { return .empty }
        return .group(
            .h2(.text(Strings.text("indices.heading", lang))),
            .div(.class("charts"), .forEach(definitions) { chart($0, years, lang) }),
            .div(.class("scroll"), table(years, definitions, lang)),
            .p(.class("note"), .text(Strings.text("indices.note", lang)))
        )
    }

    private static func chart(_ definition: IndexDefinition, _ years: [AnnualIndices], _ lang: String) -> Node<HTML.BodyContext> {
        let bars = years.map { year -> YearBarChart.Bar in
            let result = year.result(of: definition.id)
            return .init(year: year.year, value: result?.value, rank: result?.band.map { paletteRank($0.rank) },
                         label: "\(year.year): " + (result.map { summary($0, lang) } ?? "–"))
        }
        let scale = "\(format(definition.scale.lowerBound, 0))–\(format(definition.scale.upperBound, 0))"
        return .div(.class("fig"), .raw(YearBarChart().render(bars, maximum: definition.scale.upperBound, title: definition.shortName)),
                    .p(.text("\(definition.title.text(lang)) (\(scale))"),
                       .if(!definition.verified, .span(.class("caution"), .text(" ⚠ " + Strings.text("indices.unverified", lang))))))
    }

    private static func table(_ years: [AnnualIndices], _ definitions: [IndexDefinition], _ lang: String) -> Node<HTML.BodyContext> {
        .table(.class("matrix"),
            .tr(.th(.text(Strings.text("indices.year", lang))), .th(.text(Strings.text("col.samples", lang))),
                .forEach(definitions) { .th(.text($0.shortName)) }),
            .forEach(years) { year in
                .tr(.td(.text(year.year)), .td(.class("num"), .text(String(year.samples))),
                    .forEach(definitions) { definition in
                        .td(.text(year.result(of: definition.id).map { detail($0, lang) } ?? "–"))
                    })
            }
        )
    }

    /// "88.12 Good", or the first note when there is no value.
    private static func summary(_ result: IndexResult, _ lang: String) -> String {
        guard let value = result.value else { return result.notes.first ?? "–" }
        return [format(value, 2), result.band?.name.text(lang)].compactMap { $0 }.joined(separator: " ")
    }

    /// The summary with the components: "88.12 Good (F1 20.0 · F2 3.9 · F3 2.8)".
    private static func detail(_ result: IndexResult, _ lang: String) -> String {
        guard result.value != nil, !result.components.isEmpty else { return summary(result, lang) }
        let parts = result.components.map { "\($0.id) \($0.value.map { format($0, 1) } ?? "–")" }
        return summary(result, lang) + " (" + parts.joined(separator: " · ") + ")"
    }

    private static func format(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }

    /// Palette rank of an index band (five bands, best first): the worst band is red.
    private static func paletteRank(_ band: Int) -> Int { band >= 5 ? 6 : band }
}
