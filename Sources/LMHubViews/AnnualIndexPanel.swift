import LMHubCore
import Plot

/// A station's CCME WQI and MRC WQI per year: two bar charts and a table with each year's figures or the
/// reason there is no index.
enum AnnualIndexPanel {
    static func render(_ indices: [AnnualIndices], language lang: String) -> Node<HTML.BodyContext> {
        guard !indices.isEmpty else { return .empty }
        let ccmeBars = indices.map { year -> YearBarChart.Bar in
            switch year.ccme {
            case let .success(result):
                return .init(year: year.year, value: result.wqi, rank: result.categoryRank.map(paletteRank),
                             label: "\(year.year): \(String(format: "%.1f", result.wqi)) \(result.category?.name.text(lang) ?? "")")
            case let .failure(reason):
                return .init(year: year.year, value: nil, rank: nil, label: "\(year.year): \(reason.reason)")
            }
        }
        let mrcBars = indices.map { year in
            YearBarChart.Bar(year: year.year, value: year.mrc?.wqi, rank: year.mrc?.bandRank.map(paletteRank),
                             label: "\(year.year): " + (year.mrc.map { "\(String(format: "%.2f", $0.wqi)) \($0.band?.name.text(lang) ?? "")" } ?? "–"))
        }
        return .group(
            .h2(.text(Strings.text("indices.heading", lang))),
            .div(.class("charts"),
                 .div(.class("fig"), .raw(YearBarChart().render(ccmeBars, maximum: 100, title: "CCME WQI")),
                      .p(.text("CCME WQI 1.0 (0–100)"))),
                 .div(.class("fig"), .raw(YearBarChart().render(mrcBars, maximum: 10, title: "MRC WQI")),
                      .p(.text(Strings.text("indices.mrc", lang)), .span(.class("caution"), .text(" ⚠ " + Strings.text("indices.unverified", lang)))))),
            .div(.class("scroll"), table(indices, lang)),
            .p(.class("note"), .text(Strings.text("indices.note", lang)))
        )
    }

    private static func table(_ indices: [AnnualIndices], _ lang: String) -> Node<HTML.BodyContext> {
        .table(.class("matrix"),
            .tr(.th(.text(Strings.text("indices.year", lang))), .th(.text(Strings.text("col.samples", lang))),
                .th(.text("CCME WQI")), .th(.text("F1 / F2 / F3")), .th(.text(Strings.text("indices.mrc", lang)))),
            .forEach(indices) { year in
                let ccme: (String, String) = switch year.ccme {
                case let .success(result): ("\(String(format: "%.2f", result.wqi)) \(result.category?.name.text(lang) ?? "")",
                                            String(format: "%.1f / %.1f / %.1f", result.f1, result.f2, result.f3))
                case let .failure(reason): (reason.reason, "")
                }
                return .tr(.td(.text(year.year)), .td(.class("num"), .text(String(year.samples))), .td(.text(ccme.0)), .td(.text(ccme.1)),
                           .td(.text(year.mrc.map { "\(String(format: "%.2f", $0.wqi)) \($0.band?.name.text(lang) ?? "") (\($0.points)/\($0.possible))" } ?? "–")))
            }
        )
    }

    /// Palette rank of an index band (five bands, best first): the worst band is red.
    private static func paletteRank(_ band: Int) -> Int { band >= 5 ? 6 : band }
}
