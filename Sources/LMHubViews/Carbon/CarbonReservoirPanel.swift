import LMHubCore
import Plot

/// A hydropower project's reservoir on its page: G-res's pathways (gross and net CO2, CH4 diffusion, ebullition,
/// degassing and the subtractions) per m², per year and over the lifetime, and the intensity per MWh with the
/// published intensities (the Mekong median of Räsänen et al. 2018) beside it for context, each with its boundary.
enum CarbonReservoirPanel {
    static func render(_ model: CarbonProjectPageModel) -> Node<HTML.BodyContext> {
        guard let r = model.result.reservoir else { return .empty }
        let lang = model.language, years = CarbonFormat.number(r.lifetimeYears)
        let intro = CarbonFormat.fill(Strings.text("carbon.res.intro", lang), [
            "name": r.name, "area": CarbonFormat.number(r.area), "years": years, "gwp": CarbonFormat.number(r.methaneGWP), "set": r.gwpSet,
        ])
        let c = r.characteristics
        let characteristics = CarbonFormat.fill(Strings.text("carbon.res.characteristics", lang), [
            "tp": CarbonFormat.number(c.reservoirPhosphorus), "littoral": CarbonFormat.number(c.littoralPercent),
            "residence": CarbonFormat.number(c.residenceTime),
            "thermocline": c.thermoclineDepth.map { "\(CarbonFormat.number($0)) m" } ?? Strings.text("carbon.res.notStratified", lang),
        ])
        return .section(.id("reservoir"),
            .h2(.plain(Strings.text("carbon.res.heading", lang))),
            .p(.plain(intro)),
            pathways(r, language: lang),
            .p(.class("note"), .plain(characteristics)),
            intensity(r, references: model.references, language: lang)
        )
    }

    private static func pathways(_ r: ReservoirEmissions, language lang: String) -> Node<HTML.BodyContext> {
        let years = CarbonFormat.number(r.lifetimeYears)
        let rows: [(key: String, flux: Double, perYear: Double?, lifetime: Double?, strong: Bool)] = [
            ("carbon.res.co2Gross", r.co2.grossDiffusion, r.co2.grossDiffusion * r.area, nil, false),
            ("carbon.res.nonAnthropogenic", r.co2.nonAnthropogenic, nil, nil, false),
            ("carbon.res.preImpoundment", r.co2.preImpoundment, nil, nil, false),
            ("carbon.res.co2Net", r.co2.net, r.co2PerYear, r.co2Lifetime, true),
            ("carbon.res.ch4Diffusion", r.ch4.diffusion, nil, nil, false),
            ("carbon.res.ebullition", r.ch4.ebullition, nil, nil, false),
            ("carbon.res.degassing", r.ch4.degassing, nil, nil, false),
            ("carbon.res.preImpoundment", r.ch4.preImpoundment, nil, nil, false),
            ("carbon.res.ch4Net", r.ch4.net, r.ch4PerYear, r.ch4Lifetime, true),
            ("carbon.res.net", r.co2.net + r.ch4.net, r.co2PerYear + r.ch4PerYear, r.co2Lifetime + r.ch4Lifetime, true),
        ]
        func cell(_ value: Double?, strong: Bool) -> Node<HTML.TableRowContext> {
            let text = value.map { CarbonFormat.number($0) } ?? ""
            return .td(.class("num"), strong ? .strong(.plain(text)) : .plain(text))
        }
        return .div(.class("scroll"), .table(
            .tr(.th(.plain(Strings.text("carbon.res.pathway", lang))), .th(.plain(Strings.text("carbon.res.flux", lang))),
                .th(.plain(Strings.text("carbon.res.perYear", lang))),
                .th(.plain(Strings.text("carbon.res.lifetime", lang).replacingOccurrences(of: "{years}", with: years)))),
            .forEach(rows) { row in
                let label = Strings.text(row.key, lang).replacingOccurrences(of: "{years}", with: years)
                return .tr(.td(row.strong ? .strong(.plain(label)) : .plain(label)), cell(row.flux, strong: row.strong),
                           cell(row.perYear, strong: row.strong), cell(row.lifetime, strong: row.strong))
            }
        ))
    }

    /// The reservoir's net and gross surface intensities and the published ones, as a chart and a table.
    private static func intensity(_ r: ReservoirEmissions, references: [ReferenceIntensity], language lang: String) -> Node<HTML.BodyContext> {
        guard let net = r.netIntensity, let gross = r.grossSurfaceIntensity else { return .empty }
        let own: [(label: String, value: Double, boundary: String, colour: String)] = [
            (Strings.text("carbon.res.netIntensity", lang), net, Strings.text("carbon.res.netBoundary", lang), "#0d4a6b"),
            (Strings.text("carbon.res.grossIntensity", lang), gross, Strings.text("carbon.res.grossBoundary", lang), "#42a5f5"),
        ]
        // A reference's title "Who (how many): what" → the label "Who" and the caption's "what".
        let published = references.map { reference in
            let parts = reference.title.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let who = String((parts.first ?? "").prefix { $0 != "(" }).trimmingCharacters(in: .whitespaces)
            return (label: who, value: reference.value, what: parts.count > 1 ? ", " + parts[1] : "", colour: "#9e9e9e")
        }
        let rows = (own.map { (label: $0.label, value: $0.value, what: "", colour: $0.colour) } + published).map { entry in
            CarbonBarChart.Row(label: entry.label, bars: [.init(
                segments: [.init(value: entry.value, colour: entry.colour, title: "\(entry.label): \(CarbonFormat.number(entry.value)) kg CO2e/MWh")],
                caption: "\(CarbonFormat.number(entry.value)) kg CO2e/MWh\(entry.what)")], apart: false)
        }
        let chart = CarbonBarChart(width: 960, labelWidth: 330, captionWidth: 330)
            .render(rows, title: Strings.text("carbon.res.intensity", lang), apartCaption: "", unit: Strings.text("carbon.res.chart", lang))
        return .group(
            .h3(.plain(Strings.text("carbon.res.intensity", lang))),
            .div(.attribute(named: "style", value: "max-width:900px"), .raw(chart)),
            .p(.class("note"), .plain(Strings.text("carbon.res.context", lang))),
            .div(.class("scroll"), .table(.class("matrix"),
                .forEach(own) { entry in
                    .tr(.td(.strong(.plain(entry.label))), .td(.class("num"), CarbonOverviewPage.nowrap, .strong(.plain("\(CarbonFormat.number(entry.value)) kg CO2e/MWh"))),
                        .td(.plain(entry.boundary)))
                },
                .forEach(references) { reference in
                    let range = reference.low.flatMap { low in reference.high.map { high in
                        " (" + CarbonFormat.fill(Strings.text("carbon.res.range", lang), ["low": CarbonFormat.number(low), "high": CarbonFormat.number(high)]) + ")"
                    } } ?? ""
                    return .tr(.td(.plain(reference.title)), .td(.class("num"), .plain("\(CarbonFormat.number(reference.value)) \(reference.unit)\(range)")),
                               .td(.plain(reference.boundary + ". " + reference.source)))
                }
            ))
        )
    }
}
