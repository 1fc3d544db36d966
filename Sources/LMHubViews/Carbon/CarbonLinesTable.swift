import LMHubCore
import Plot

/// Every activity line of a result: its module, what it is with the conversions made and the flags raised (a
/// suspected density, an unstated GWP set), the quantity and unit, the factor (id, name, value and unit as
/// published, source), the GWP set its CO2e rests on, whether the factor was checked against its source, its t CO2e.
enum CarbonLinesTable {
    static func render(_ model: CarbonProjectPageModel) -> Node<HTML.BodyContext> {
        let lang = model.language, result = model.result
        let headers: [(key: String, width: String?)] = [
            ("carbon.col.line", nil), ("carbon.col.module", nil), ("carbon.col.item", "14em"), ("carbon.col.quantity", nil),
            ("carbon.col.factor", "16em"), ("carbon.col.gwp", nil), ("carbon.col.verified", nil), ("carbon.col.tonnes", nil),
        ]
        return .section(
            .h2(.plain(Strings.text("carbon.lines", lang))),
            .p(.class("note"), .plain(Strings.text("carbon.lines.note", lang))),
            .div(.class("scroll"), .table(.class("matrix"),
                .tr(.forEach(headers) { header in
                    .th(.unwrap(header.width) { .attribute(named: "style", value: "min-width:\($0)") }, .plain(Strings.text(header.key, lang)))
                }),
                .forEach(Array(result.lines.enumerated())) { index, line in
                    row(line, gwp: index < model.lineGWP.count ? model.lineGWP[index] : result.gwpSet, language: lang)
                }))
        )
    }

    private static func row(_ line: LineResult, gwp: String?, language lang: String) -> Node<HTML.TableContext> {
        .tr(.td(.class("num"), .plain(line.line == 0 ? "–" : String(line.line))),
            .td(CarbonOverviewPage.nowrap, .plain(line.module.rawValue)),
            .td(.plain(line.item),
                .if(!line.conversion.steps.isEmpty, .div(.class("note"), .plain(line.conversion.steps.joined(separator: "; ")))),
                .forEach(line.flags) { flag in .div(.class("caution"), .plain("⚠ " + flag)) }),
            .td(.class("num"), .plain("\(CarbonFormat.number(line.quantity))\u{A0}\(line.unit.symbol)")),
            .td(.code(.plain(line.factorID)), .br(), .span(.class("note"), .plain(line.factorName)), .br(),
                .strong(.plain(line.factorText)), .br(),
                .span(.class("note"), .plain(Strings.text("carbon.col.source", lang) + ": " + line.factorSource))),
            .td(.plain(gwp ?? Strings.text("carbon.asGiven", lang))),
            .td(line.factorVerified ? .plain(Strings.text("carbon.yes", lang)) : .span(.class("caution"), .plain(Strings.text("carbon.no", lang)))),
            .td(.class("num"), .plain(CarbonFormat.number(line.tonnesCO2e))))
    }
}
