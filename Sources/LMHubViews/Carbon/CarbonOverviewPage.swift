import LMHubCore
import Plot

/// The carbon overview `/carbon`: every stored project (kind, country, size, lifetime, GWP set, the whole-life
/// total A1–A3 to C1–C4, per functional unit, module D apart), the designs of one project side by side, what the
/// modules hold and that D is never netted, and the factor library.
public enum CarbonOverviewPage {
    public static func link(language: String, gwp: String? = nil) -> String {
        Layout.link(path: SitePaths.carbonPage, query: gwp.map { [("gwp", $0)] } ?? [], language: language)
    }

    public static func render(_ model: CarbonOverviewModel) -> String {
        let lang = model.language
        let body: Node<HTML.BodyContext> = .group(
            .h1(.plain(Strings.text("carbon.heading", lang))),
            .p(.plain(Strings.text("carbon.intro", lang))),
            .p(.class("note"), .plain(Strings.text("carbon.illustrative", lang))),
            gwpChoice(path: SitePaths.carbonPage, chosen: model.gwp, sets: model.gwpSets, language: lang),
            .h2(.plain(Strings.text("carbon.projects", lang))),
            projects(model),
            .forEach(model.comparisons) { comparison($0, model) },
            modules(lang),
            .h2(.plain(Strings.text("carbon.factorLibrary", lang))),
            .p(.plain(Strings.text("carbon.factorLibrary.text", lang) + " "),
               .a(.href(SitePaths.carbonFactors), .plain("JSON")), .plain(" · "),
               .a(.href(SitePaths.link(SitePaths.carbonFactors, [("format", "csv")])), .plain("CSV")), .plain(" · "),
               .a(.href(SitePaths.carbonProjects), .plain(Strings.text("carbon.projects", lang) + " (JSON)")))
        )
        return Layout.render(title: Strings.text("carbon.title", lang), language: lang, path: SitePaths.carbonPage,
                             query: model.gwp.map { [("gwp", $0)] } ?? [], body: body)
    }

    /// Links choosing the GWP100 set (`gwp`), the one in force in bold; `path` is the page's own, `own` the key naming
    /// the choice of no set (each project's own).
    static func gwpChoice(path: String, chosen: String?, sets: [GWPSet], own: String = "carbon.gwpOwn", language lang: String) -> Node<HTML.BodyContext> {
        let choices: [(id: String?, text: String, title: String)] = [(nil, Strings.text(own, lang), "")]
            + sets.map { (id: $0.id, text: $0.id, title: $0.title) }
        return .p(.class("params"), .plain(Strings.text("carbon.gwpChoice", lang) + ": "), .forEach(choices) { choice in
            choice.id == chosen
                ? .strong(.plain(choice.text))
                : .a(.href(Layout.link(path: path, query: choice.id.map { [("gwp", $0)] } ?? [], language: lang)),
                     .attribute(named: "title", value: Layout.attribute(choice.title)), .plain(choice.text))
        })
    }

    private static func projects(_ model: CarbonOverviewModel) -> Node<HTML.BodyContext> {
        let lang = model.language
        let headers = ["carbon.col.project", "carbon.col.kind", "carbon.col.country", "carbon.col.size", "carbon.col.lifetime",
                       "carbon.col.gwp", "carbon.col.total", "carbon.col.perUnit", "carbon.col.moduleD"]
        return .div(.class("scroll"), .table(.class("matrix"),
            .tr(.forEach(headers) { .th(.plain(Strings.text($0, lang))) }),
            .forEach(model.projects) { project in
                .tr(.td(.a(.href(CarbonProjectPage.link(project.id, language: lang, gwp: model.gwp)), .plain(project.name))),
                    .td(.plain(CarbonFormat.kind(project.kind, lang))),
                    .td(nowrap, .plain(CarbonFormat.country(project.country, lang))),
                    .td(nowrap, .plain(CarbonFormat.size(lengthKm: project.lengthKm, areaHa: project.areaHa, capacityMW: project.capacityMW))),
                    .td(nowrap, .plain(CarbonFormat.years(project.lifetimeYears, lang))),
                    .unwrap(project.result, { result in
                        .group(.td(.plain(result.gwpSet)), .td(.class("num"), .strong(.plain(CarbonFormat.number(result.total)))),
                               .td(.class("num"), .plain(CarbonFormat.functionalUnit(result))),
                               .td(.class("num"), .plain(CarbonFormat.number(result.moduleD))))
                    }, else: .td(.attribute(named: "colspan", value: "4"), .class("caution"),
                                 .plain(Strings.text("carbon.cannot", lang) + ": " + (project.problem ?? "")))))
            }))
    }

    private static func comparison(_ group: CarbonOverviewModel.Comparison, _ model: CarbonOverviewModel) -> Node<HTML.BodyContext> {
        let lang = model.language, comparison = group.comparison
        let rows = comparison.rows + comparison.functionalUnits
        let chartRows = comparison.rows.filter { $0.label != "total" }.map { row in
            CarbonBarChart.Row(label: row.label, bars: row.values.enumerated().map { index, value in
                let label = group.labels[index].text(lang)
                return CarbonBarChart.Bar(segments: [.init(value: value, colour: colour(index), title: "\(label): \(CarbonFormat.number(value)) t CO2e")],
                                          caption: "\(CarbonFormat.number(value)) · \(label)")
            }, apart: row.label == LifeCycleModule.d.rawValue)
        }
        let chart = CarbonBarChart().render(chartRows, title: Strings.text("carbon.scenarios.chart", lang),
                                            apartCaption: Strings.text("carbon.apart", lang), unit: "t CO2e")
        return .section(.id("scenarios"),
            .h2(.plain(Strings.text("carbon.scenarios", lang) + ": " + group.title.text(lang))),
            .p(.class("note"), .plain(Strings.text("carbon.scenarios.intro", lang) + " GWP: \(comparison.gwpSet).")),
            .div(.class("scroll"), .table(
                .tr(.th(.plain(Strings.text("carbon.col.module", lang))),
                    .forEach(Array(group.ids.enumerated())) { index, id in
                        .th(.a(.href(CarbonProjectPage.link(id, language: lang, gwp: model.gwp)), .plain(group.labels[index].text(lang))))
                    }),
                .forEach(rows) { row in
                    .tr(.td(.plain(rowLabel(row, comparison: comparison, language: lang))),
                        .forEach(Array(zip(row.values, row.differences).enumerated())) { index, pair in
                            .td(.class("num"), .if(row.label == "total", .strong(.plain(CarbonFormat.number(pair.0))), else: .plain(CarbonFormat.number(pair.0))),
                                .if(index > 0, .plain(" (\(pair.1 > 0 ? "+" : "")\(CarbonFormat.number(pair.1)))")))
                        })
                })),
            .div(.attribute(named: "style", value: "max-width:900px"), .raw(chart), legend(group.labels.enumerated().map { (colour($0.offset), $0.element.text(lang)) }))
        )
    }

    /// A comparison row's label: the module, `total`, `D`, or a functional unit with its unit.
    private static func rowLabel(_ row: ScenarioComparison.Row, comparison: ScenarioComparison, language lang: String) -> String {
        if row.label == "total" { return Strings.text("carbon.total", lang) + " (t CO2e)" }
        if row.label == LifeCycleModule.d.rawValue { return Strings.text("carbon.moduleD", lang) + " (t CO2e)" }
        if comparison.functionalUnits.contains(row) { return "\(Strings.text("carbon.per.\(row.label)", lang)) (\(row.unit))" }
        return "\(row.label) (t CO2e)"
    }

    /// A cell that keeps its text on one line (short words, Chinese names that would break between characters).
    static var nowrap: Node<HTML.BodyContext> { .attribute(named: "style", value: "white-space:nowrap") }

    private static func colour(_ index: Int) -> String {
        CarbonFormat.scenarioColours[index % CarbonFormat.scenarioColours.count]
    }

    /// A legend of coloured swatches, in HTML so that it wraps.
    static func legend(_ entries: [(colour: String, text: String)]) -> Node<HTML.BodyContext> {
        .p(.class("legend"), .forEach(entries) { entry in
            .group(.span(.class("cls"), .attribute(named: "style", value: "background:\(entry.colour)"), .raw("&#160;")), .plain(entry.text + " "))
        })
    }

    /// What each module holds, and that D is never netted.
    private static func modules(_ lang: String) -> Node<HTML.BodyContext> {
        .section(
            .h2(.plain(Strings.text("carbon.modules", lang))),
            .table(.class("matrix"), .forEach(LifeCycleModule.allCases) { module in
                .tr(.td(.strong(.plain(module.rawValue))), .td(.plain(Strings.text("carbon.module.\(module.rawValue)", lang))))
            }),
            .p(.strong(.plain(Strings.text("carbon.dNever", lang))))
        )
    }
}
