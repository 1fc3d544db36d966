import LMHubCore
import Plot

/// A project's page `/carbon/{id}`: the whole-life total and module D apart, a bar per life-cycle module split by
/// gas, each module's share, the gases, every activity line with its factor, source, GWP set, check and flags,
/// the functional units, a hydropower project's reservoir (``CarbonReservoirPanel``) and the engine's notes.
public enum CarbonProjectPage {
    public static func link(_ id: String, language: String, gwp: String? = nil) -> String {
        Layout.link(path: SitePaths.path(SitePaths.carbonProjectPage, id), query: gwp.map { [("gwp", $0)] } ?? [], language: language)
    }

    public static func render(_ model: CarbonProjectPageModel) -> String {
        let lang = model.language, result = model.result, project = result.project
        let path = SitePaths.path(SitePaths.carbonProjectPage, model.id)
        let facts = [CarbonFormat.kind(project.kind, lang), CarbonFormat.country(project.country, lang),
                     CarbonFormat.size(lengthKm: project.lengthKm, areaHa: project.areaHa, capacityMW: project.capacityMW),
                     CarbonFormat.years(project.lifetimeYears, lang),
                     project.annualGenerationMWh.map { Strings.text("carbon.perYear", lang).replacingOccurrences(of: "{n}", with: CarbonFormat.number($0)) } ?? ""]
        let body: Node<HTML.BodyContext> = .group(
            .p(.a(.href(CarbonOverviewPage.link(language: lang, gwp: model.gwp)), .plain("← " + Strings.text("carbon.allProjects", lang)))),
            .h1(.plain(project.name)),
            .p(.plain(facts.filter { !$0.isEmpty }.joined(separator: " · "))),
            .unwrap(model.scenario) { scenario($0, model) },
            CarbonOverviewPage.gwpChoice(path: path, chosen: model.gwp, sets: model.gwpSets, own: "carbon.gwpProject", language: lang),
            .p(.plain("GWP100: \(result.gwpTitle)"), .if(!result.gwpVerified, .span(.class("caution"), .plain(" (\(Strings.text("carbon.gwpUnverified", lang)))")))),
            headline(model),
            .h2(.plain(Strings.text("carbon.chart", lang))),
            .div(.attribute(named: "style", value: "max-width:900px"), .raw(chart(result, language: lang))),
            CarbonOverviewPage.legend(gasesShown(result).map { (CarbonFormat.colour($0), CarbonFormat.gas($0, lang)) }),
            .p(.class("note"), .plain(Strings.text("carbon.chart.note", lang))),
            modules(result, language: lang),
            gases(result, language: lang),
            CarbonLinesTable.render(model),
            CarbonReservoirPanel.render(model),
            notes(model),
            .p(.plain(Strings.text("carbon.data", lang) + ": "),
               .a(.href(SitePaths.link(SitePaths.path(SitePaths.carbonProject, model.id), [("gwp", model.gwp ?? "")])), .plain("JSON")), .plain(" · "),
               .a(.href(SitePaths.link(SitePaths.path(SitePaths.carbonProject, model.id), [("gwp", model.gwp ?? ""), ("format", "csv")])), .plain("CSV")))
        )
        return Layout.render(title: project.name, language: lang, path: path, query: model.gwp.map { [("gwp", $0)] } ?? [], body: body)
    }

    /// The group this design belongs to and links to the others.
    private static func scenario(_ scenario: CarbonProjectPageModel.Scenario, _ model: CarbonProjectPageModel) -> Node<HTML.BodyContext> {
        let lang = model.language
        return .p(.class("note"),
                  .plain(Strings.text("carbon.scenarioOf", lang).replacingOccurrences(of: "{title}", with: scenario.title.text(lang))
                         + " (\(scenario.label.text(lang))). " + Strings.text("carbon.otherDesigns", lang) + ": "),
                  .forEach(scenario.others) { other in
                      .group(.a(.href(link(other.id, language: lang, gwp: model.gwp)), .plain(other.label.text(lang))), .plain(" · "))
                  },
                  .a(.href(CarbonOverviewPage.link(language: lang, gwp: model.gwp) + "#scenarios"), .plain(Strings.text("carbon.compareAll", lang))))
    }

    /// The total A–C, each functional unit, and D apart.
    private static func headline(_ model: CarbonProjectPageModel) -> Node<HTML.BodyContext> {
        let lang = model.language, result = model.result
        return .dl(.class("facts"),
            .dt(.plain(Strings.text("carbon.total", lang))),
            .dd(.strong(.plain("\(CarbonFormat.number(result.total)) t CO2e"))),
            .forEach(result.functionalUnits) { unit in
                .group(.dt(.plain(Strings.text("carbon.per.\(unit.per)", lang))),
                       .dd(.plain("\(CarbonFormat.number(unit.value)) \(unit.unit)"), .span(.class("note"), .plain(" (\(unit.basis))"))))
            },
            .dt(.plain(Strings.text("carbon.moduleD", lang))),
            .dd(.plain("\(CarbonFormat.number(result.moduleD)) t CO2e"), .span(.class("note"), .plain(" — " + Strings.text("carbon.apart", lang))))
        )
    }

    /// The gases present in A–C or D, in the gases' order.
    static func gasesShown(_ result: CarbonResult) -> [GreenhouseGas] {
        GreenhouseGas.allCases.filter { gas in (result.gases + result.gasesD).contains { $0.gas == gas } }
    }

    /// One bar per module with lines, split by gas; D apart below the line.
    static func chart(_ result: CarbonResult, language lang: String) -> String {
        let modules = result.modules.map(\.module) + (result.lines.contains { $0.module == .d } ? [.d] : [])
        let rows = modules.map { module -> CarbonBarChart.Row in
            let lines = result.lines.filter { $0.module == module }
            let segments = gasesShown(result).compactMap { gas -> CarbonBarChart.Segment? in
                let tonnes = lines.flatMap(\.gases).filter { $0.gas == gas }.map(\.tonnesCO2e).reduce(0, +)
                guard tonnes != 0 else { return nil }
                return .init(value: tonnes, colour: CarbonFormat.colour(gas),
                             title: "\(module.rawValue) · \(CarbonFormat.gas(gas, lang)): \(CarbonFormat.number(tonnes)) t CO2e")
            }
            let tonnes = result.tonnes(module)
            let share = result.modules.first { $0.module == module }?.share.map { " · " + CarbonFormat.percent($0) } ?? ""
            return .init(label: module.rawValue, bars: [.init(segments: segments, caption: "\(CarbonFormat.number(tonnes)) t\(share)")], apart: module == .d)
        }
        return CarbonBarChart().render(rows, title: Strings.text("carbon.chart", lang), apartCaption: Strings.text("carbon.apart", lang), unit: "t CO2e")
    }

    private static func modules(_ result: CarbonResult, language lang: String) -> Node<HTML.BodyContext> {
        let dLines = result.lines.filter { $0.module == .d }.count
        return .section(.h2(.plain(Strings.text("carbon.modules", lang))), .div(.class("scroll"), .table(.class("matrix"),
            .tr(.forEach(["carbon.col.module", "carbon.col.stage", "carbon.col.tonnes", "carbon.col.share", "carbon.col.lines"]) { .th(.plain(Strings.text($0, lang))) }),
            .forEach(result.modules) { module in
                .tr(.td(.strong(.plain(module.module.rawValue))), .td(.plain(Strings.text("carbon.module.\(module.module.rawValue)", lang))),
                    .td(.class("num"), .plain(CarbonFormat.number(module.tonnesCO2e))),
                    .td(.class("num"), .plain(module.share.map(CarbonFormat.percent) ?? "")), .td(.class("num"), .plain(String(module.lineCount))))
            },
            .tr(.td(.strong(.plain("A1–C4"))), .td(.strong(.plain(Strings.text("carbon.total", lang)))),
                .td(.class("num"), .strong(.plain(CarbonFormat.number(result.total)))), .td(.class("num"), .plain(result.total == 0 ? "" : "100.0 %")),
                .td(.class("num"), .plain(String(result.modules.map(\.lineCount).reduce(0, +))))),
            .tr(.td(.strong(.plain("D"))), .td(.plain(Strings.text("carbon.module.D", lang) + " — " + Strings.text("carbon.apart", lang))),
                .td(.class("num"), .plain(CarbonFormat.number(result.moduleD))), .td(), .td(.class("num"), .plain(String(dLines))))
        )))
    }

    private static func gases(_ result: CarbonResult, language lang: String) -> Node<HTML.BodyContext> {
        func rows(_ gases: [CarbonResult.GasEmission], _ scope: String) -> Node<HTML.TableContext> {
            .forEach(gases) { gas in
                .tr(.td(.plain(scope)), .td(.plain(CarbonFormat.gas(gas.gas, lang))),
                    .td(.class("num"), .plain(gas.gas == .co2e ? "" : CarbonFormat.number(gas.kilograms / 1000))),
                    .td(.class("num"), .plain(CarbonFormat.number(gas.tonnesCO2e))))
            }
        }
        return .section(.h2(.plain(Strings.text("carbon.gases", lang))), .table(
            .tr(.th(.plain(Strings.text("carbon.col.module", lang))), .th(.plain(Strings.text("carbon.col.gas", lang))),
                .th(.plain(Strings.text("carbon.col.mass", lang))), .th(.plain(Strings.text("carbon.col.tonnes", lang) + " (\(result.gwpSet))"))),
            rows(result.gases, "A1–C4"),
            rows(result.gasesD, Strings.text("carbon.gases.d", lang))
        ))
    }

    private static func notes(_ model: CarbonProjectPageModel) -> Node<HTML.BodyContext> {
        let lang = model.language, result = model.result
        return .section(
            .if(!result.functionalUnits.isEmpty, .group(
                .h2(.plain(Strings.text("carbon.functionalUnits", lang))),
                .table(.forEach(result.functionalUnits) { unit in
                    .tr(.td(.plain(Strings.text("carbon.per.\(unit.per)", lang))), .td(.class("num"), .plain(CarbonFormat.number(unit.value))),
                        .td(.plain(unit.unit)), .td(.class("note"), .plain(unit.basis)))
                }))),
            .if(!result.electricityFactorTypes.isEmpty, .p(.plain(Strings.text("carbon.electricity", lang) + ": "
                + result.electricityFactorTypes.map { Strings.text("carbon.grid.\($0.rawValue)", lang) }.joined(separator: "; ")))),
            .if(!result.unverifiedFactors.isEmpty, .p(.class("caution"), .plain(Strings.text("carbon.unverified", lang) + ": "
                + result.unverifiedFactors.joined(separator: ", ")))),
            .h2(.plain(Strings.text("carbon.notes", lang))),
            .p(.class("note"), .plain(Strings.text("carbon.notes.engine", lang))),
            .ul(.class("notes"), .forEach(result.notes + (result.reservoir?.notes ?? [])) { .li(.plain($0)) })
        )
    }
}
