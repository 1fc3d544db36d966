import Foundation
import LMHubCore
import Plot

/// The stations an assessment used: the water-quality stations with their scores and tests (FHI water quality
/// index F1–F3) linked to the hub's station pages, and any other station of the hub the assessment used.
enum FHIStationsPanel {
    static func render(_ model: FHIAssessmentPageModel, _ lang: String) -> Node<HTML.BodyContext> {
        let quality = model.assessment.result.subIndicators.compactMap { outcome -> WaterQualityScoreResult? in
            if case let .waterQuality(result)? = outcome.detail { return result }
            return nil
        }.first
        guard quality != nil || !model.stations.isEmpty else { return .empty }
        let links = Dictionary(model.stations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let tabled = Set(quality?.stations.map(\.station) ?? [])
        let others = model.stations.filter { !tabled.contains($0.id) }
        return .section(
            .h2(.text(Strings.text("fhi.stations", lang))),
            .unwrap(quality) { result in qualityTable(result, links: links, lang) },
            .if(!others.isEmpty, .p(
                .text(Strings.text("fhi.hubStations", lang) + ": "),
                .forEach(others) { station in
                    .group(.a(.href(StationPage.link(station.id, language: lang)), .plain(station.name.text(lang))),
                           .text(" (\(model.framework.node(station.node)?.name.text(lang) ?? station.node)) "))
                }
            ))
        )
    }

    private static func qualityTable(_ result: WaterQualityScoreResult, links: [String: FHIAssessmentPageModel.StationLink],
                                     _ lang: String) -> Node<HTML.BodyContext> {
        .div(.class("scroll"), .table(
            .tr(.th(.text(Strings.text("col.station", lang))), .th(.text(Strings.text("fhi.value", lang))),
                .th(.text(Strings.text("fhi.tests", lang))), .th(.text(Strings.text("fhi.failedTests", lang))),
                .th(.text("F1")), .th(.text("F2")), .th(.text("F3")), .th(.text(Strings.text("fhi.failedParameters", lang)))),
            .forEach(result.stations) { station in
                .tr(.td(links[station.station].map { link -> Node<HTML.BodyContext> in
                        .a(.href(StationPage.link(link.id, language: lang)), .plain(link.name.text(lang)))
                    } ?? .plain(station.station)),
                    .td(FHIScoreScale.badge(station.score, lang)),
                    .td(.class("num"), .text(String(station.tests))), .td(.class("num"), .text(String(station.failedTests))),
                    .td(.class("num"), .text(station.f1.map { String(format: "%.1f", $0) } ?? "–")),
                    .td(.class("num"), .text(station.f2.map { String(format: "%.1f", $0) } ?? "–")),
                    .td(.class("num"), .text(station.f3.map { String(format: "%.1f", $0) } ?? "–")),
                    .td(.text(station.failedParameters.joined(separator: ", "))))
            }
        ))
    }
}
