import Foundation
import LMHubCore
import Plot

/// The Freshwater Health Index page `/fhi`: the stored assessments by basin and date, each with its three
/// component scores (never combined into one), and the scores published for the basin beside them, marked
/// as published and not computed.
public enum FHIListPage {
    /// The page of assessment `id` in `language`.
    public static func link(_ id: String, language: String) -> String {
        Layout.link(path: SitePaths.path(SitePaths.fhiAssessmentPage, id), query: [], language: language)
    }

    public static func render(_ model: FHIListPageModel) -> String {
        let lang = model.language
        var basins: [(name: String, entries: [FHIListPageModel.Entry])] = []
        for entry in model.entries {
            if basins.last?.name == entry.basin { basins[basins.count - 1].entries.append(entry) } else { basins.append((entry.basin, [entry])) }
        }
        let body: Node<HTML.BodyContext> = .group(
            .h1(.text(Strings.text("fhi.heading", lang))),
            .p(.text(Strings.text("fhi.intro", lang))),
            .if(basins.isEmpty, .p(.class("note"), .text(Strings.text("fhi.none", lang)))),
            .forEach(basins) { basin in basinSection(basin.name, basin.entries, lang) },
            FHIScoreScale.legend(lang),
            .p(.class("note"), .text(Strings.text("fhi.storeHint", lang)), .code("lmhub fhi assess ASSESSMENT.json --store")),
            .p(.a(.href(SitePaths.fhiAssessments), .text(Strings.text("fhi.json", lang))))
        )
        return Layout.render(title: Strings.text("fhi.heading", lang), language: lang, path: SitePaths.fhiPage, query: [], body: body)
    }

    private static func basinSection(_ basin: String, _ entries: [FHIListPageModel.Entry], _ lang: String) -> Node<HTML.BodyContext> {
        var published: [FHIAssessmentDocument.PublishedScores] = []
        for scores in entries.flatMap(\.published) where !published.contains(scores) { published.append(scores) }
        return .section(
            .h2(.plain(basin)),
            .div(.class("scroll"), .table(.class("matrix"),
                .tr(.th(.text(Strings.text("fhi.assessment", lang))), .th(.text(Strings.text("col.date", lang))),
                    .forEach(FHIAssessmentPage.componentIDs) { .th(.text(Strings.text("fhi.short.\($0)", lang))) },
                    .th(.text(Strings.text("fhi.assessed", lang))), .th(.text(Strings.text("fhi.storedAt", lang)))),
                .forEach(entries) { entry in
                    .tr(.td(.a(.href(link(entry.id, language: lang)), .plain(entry.title ?? entry.id))),
                        .td(.attribute(named: "style", value: "white-space:nowrap"), .text(entry.date)),
                        .forEach(FHIAssessmentPage.componentIDs) { id in .td(FHIScoreScale.badge(entry.components.first { $0.id == id }?.value, lang)) },
                        .td(.class("num"), .text("\(entry.assessed) / \(entry.subIndicators)")),
                        .td(.attribute(named: "style", value: "white-space:nowrap"), .text(LocalDate.string(entry.storedAt, timeZone: "UTC"))))
                },
                .forEach(published) { scores in
                    .tr(.td(.span(.class("kind"), .text(Strings.text("fhi.published", lang))), .text(" "), .plain(scores.source)),
                        .td(.attribute(named: "style", value: "white-space:nowrap"), .text(scores.date ?? "")),
                        .forEach(FHIAssessmentPage.componentIDs) { id in .td(FHIAssessmentPage.publishedBadge(scores.scores[id], lang)) },
                        .td(.attribute(named: "colspan", value: "2"), .class("note"), .text(Strings.text("fhi.notComputed", lang))))
                }
            )),
            .forEach(published.compactMap(\.note)) { .p(.class("note"), .plain($0)) },
            .unwrap(FHITrendChart.render(entries, basin: basin, language: lang)) { svg in
                .div(.attribute(named: "style", value: "max-width:640px"), .raw(svg), .p(.class("note"), .text(Strings.text("fhi.trendNote", lang))))
            }
        )
    }
}
