import Foundation
import LMHubCore
import Plot

/// One FHI assessment's page `/fhi/{id}`: its three components beside any published reference, the FHI circle
/// plot, where a zero score makes its parent 0, the DvNF hydrographs, the water-quality stations with links to
/// the hub's station pages, every node with its status, value, weight, inputs, evidence and notes, and the
/// assessment's notes.
public enum FHIAssessmentPage {
    static let componentIDs = ["ecosystem-vitality", "ecosystem-services", "governance-stakeholders"]

    public static func render(_ model: FHIAssessmentPageModel) -> String {
        let lang = model.language, result = model.assessment.result
        let title = result.title ?? "\(result.basin) \(result.date)"
        let body: Node<HTML.BodyContext> = .group(
            .p(.a(.href(Layout.link(path: SitePaths.fhiPage, query: [], language: lang)), .text(Strings.text("fhi.back", lang)))),
            .h1(.plain(title)),
            facts(model, lang),
            components(result, lang),
            circle(model, lang),
            zeroRule(result, lang),
            hydrographs(model, lang),
            FHIStationsPanel.render(model, lang),
            FHINodeTable.render(model, lang),
            .unwrap(result.notes.isEmpty ? nil : result.notes) { notes in
                .section(.h2(.text(Strings.text("fhi.notes", lang))), .ul(.class("notes"), .forEach(notes) { .li(.plain($0)) }))
            },
            .p(.a(.href(SitePaths.path(SitePaths.fhiAssessment, result.id)), .text(Strings.text("fhi.json", lang))), .text(" · "),
               .a(.href(SitePaths.link(SitePaths.path(SitePaths.fhiAssessment, result.id), [("format", "csv")])), .text("CSV")))
        )
        return Layout.render(title: title, language: lang, path: SitePaths.path(SitePaths.fhiAssessmentPage, result.id), query: [], body: body)
    }

    /// A published score, drawn apart from computed ones (dashed outline, no colour).
    static func publishedBadge(_ value: Double?, _ lang: String) -> Node<HTML.BodyContext> {
        .span(.class("cls"), .attribute(named: "style", value: "border:1px dashed #555;font-weight:400"),
              .attribute(named: "title", value: Strings.text("fhi.notComputed", lang)),
              .text(value.map { String(format: "%.0f", $0) } ?? "–"))
    }

    private static func facts(_ model: FHIAssessmentPageModel, _ lang: String) -> Node<HTML.BodyContext> {
        let result = model.assessment.result, document = model.assessment.document
        let weights = document.weights?.surveyFile.map { Strings.text("fhi.weights.survey", lang) + " (\($0))" }
            ?? (result.weights.isEmpty ? Strings.text("fhi.weights.equal", lang) : Strings.text("fhi.weights.given", lang))
        let rows: [(String, String)] = [
            ("fhi.basin", result.basin + (document.basin.area.map { " (\(TimeSeriesChart.format($0)) km²)" } ?? "")),
            ("col.date", result.date),
            ("fhi.period", result.period?.text ?? ""),
            ("fhi.framework", "\(model.framework.title.text(lang)) (\(result.framework))"),
            ("fhi.weights", weights),
            ("fhi.rounding", Strings.text("fhi.rounding.\(result.rounding.rawValue)", lang)),
            ("fhi.storedAt", LocalDate.string(model.storedAt, timeZone: "UTC")),
        ]
        return .dl(.class("facts"), .forEach(rows.filter { !$0.1.isEmpty }) { key, value in
            .group(.dt(.text(Strings.text(key, lang))), .dd(.plain(value)))
        })
    }

    /// The three components, each with its coverage and any published score of it.
    private static func components(_ result: FHIAssessmentResult, _ lang: String) -> Node<HTML.BodyContext> {
        let published = result.published
        return .section(
            .h2(.text(Strings.text("fhi.components", lang))),
            .table(.class("matrix"),
                .tr(.th(.text(Strings.text("fhi.component", lang))), .th(.text(Strings.text("fhi.computed", lang))),
                    .th(.text(Strings.text("fhi.coverage", lang))),
                    .forEach(published) { .th(.text(Strings.text("fhi.published", lang) + " " + ($0.date ?? ""))) }),
                .forEach(result.components) { node in
                    .tr(.td(.a(.href("#node-\(node.id)"), .plain(node.name.text(lang)))), .td(FHIScoreScale.badge(node.value, lang)),
                        .td(.text(node.coverage.map { String(format: Strings.text("fhi.coverageOf", lang), $0.used, $0.expected) } ?? "")),
                        .forEach(published) { .td(publishedBadge($0.scores[node.id], lang)) })
                }
            ),
            .p(.class("note"), .text(Strings.text("fhi.separate", lang))),
            .forEach(published) { scores in
                .p(.class("note"), .span(.class("kind"), .text(Strings.text("fhi.published", lang) + " · " + Strings.text("fhi.notComputed", lang))),
                   .text(" "), .plain(scores.source + (scores.note.map { " " + $0 } ?? "")))
            }
        )
    }

    private static func circle(_ model: FHIAssessmentPageModel, _ lang: String) -> Node<HTML.BodyContext> {
        let result = model.assessment.result
        let svg = FHICirclePlot.render(result.components, title: Strings.text("fhi.circle", lang) + ": " + result.basin,
                                       centre: [Strings.text("fhi.abbreviation", lang), result.date], language: lang)
        return .section(
            .h2(.text(Strings.text("fhi.circle", lang))),
            .element(named: "figure", nodes: [
                .attribute(named: "style", value: "margin:0;max-width:820px"), .raw(svg),
                .element(named: "figcaption", nodes: [.class("note"), .text(Strings.text("fhi.circleNote", lang))]),
            ]),
            FHIScoreScale.legend(lang)
        )
    }

    /// Where a child scoring 0 makes its parent 0 (the weighted geometric mean), said in words.
    private static func zeroRule(_ result: FHIAssessmentResult, _ lang: String) -> Node<HTML.BodyContext> {
        let cases = result.components.flatMap(\.allNodes).flatMap { parent in
            parent.children.filter { $0.value == 0 && ($0.weight ?? 1) > 0 }.map { (parent, $0) }
        }
        guard !cases.isEmpty else { return .empty }
        return .section(.h2(.text(Strings.text("fhi.zeroRule", lang))), .ul(.class("notes"), .forEach(cases) { parent, child in
            .li(.class("caution"), .text(Strings.text("fhi.zeroRuleCase", lang).replacingOccurrences(of: "{child}", with: child.name.text(lang))
                .replacingOccurrences(of: "{parent}", with: parent.name.text(lang))))
        }))
    }

    private static func hydrographs(_ model: FHIAssessmentPageModel, _ lang: String) -> Node<HTML.BodyContext> {
        let charts = model.assessment.hydrographs.compactMap { hydrograph in
            FHIHydrographChart.render(hydrograph, language: lang).map { (hydrograph.station, $0) }
        }
        guard !charts.isEmpty else { return .empty }
        let dvnf = model.assessment.result.subIndicators.compactMap { outcome -> DvNFResult? in
            if case let .deviationFromNaturalFlow(result)? = outcome.detail { return result }
            return nil
        }.first
        return .section(
            .h2(.id("dvnf"), .text(Strings.text("fhi.hydrograph", lang))),
            .p(.class("note"), .text(Strings.text("fhi.hydrographNote", lang))),
            .div(.class("charts"), .forEach(charts) { station, svg in
                .div(.class("fig"), .raw(svg), .p(.plain(caption(station, dvnf, lang))))
            })
        )
    }

    /// "P1 — DvNF 70.08, AAPFD 0.50 over 23 complete years, weight 0.82".
    private static func caption(_ station: String, _ dvnf: DvNFResult?, _ lang: String) -> String {
        guard let result = dvnf?.stations.first(where: { $0.station == station }) else { return station }
        let parts = [
            "DvNF " + FHIScoreScale.format(result.dvnf, lang),
            result.aapfd.aapfd.map { "AAPFD " + String(format: "%.3f", $0) + " · " + String(format: Strings.text("fhi.years", lang), result.aapfd.years.count) },
            result.weight.map { Strings.text("fhi.weight", lang) + " " + String(format: "%.3f", $0) },
        ].compactMap { $0 }
        return station + " — " + parts.joined(separator: " · ")
    }
}
