import Foundation
import LMHubCore
import Plot

/// `/sdg`: the six Lancang-Mekong countries' SDG Index and dashboards side by side — 17 goals × 6 countries,
/// each cell the goal score in its dashboard colour, index and rank per country, the region's unweighted mean
/// beside them — and a summary, generated from the data, of where the six do well and where they are
/// challenged, set against the Center's study.
public enum SDGOverviewPage {
    public static func render(_ model: SDGOverviewModel) -> String {
        let lang = model.language, edition = model.context.edition
        let body: Node<HTML.BodyContext> = .group(
            .h1(.plain(Strings.text("sdg.heading", lang))),
            .p(.plain(String(format: Strings.text("sdg.intro", lang), model.context.title))),
            SDGEditionSwitcher.render(model.context, path: SitePaths.sdgPage, language: lang),
            .unwrap(missing(model)) { .p(.class("caution"), .plain(String(format: Strings.text("sdg.missingCountries", lang), $0))) },
            summary(model),
            .h2(.plain(Strings.text("sdg.dashboard", lang))),
            .div(.class("scroll"), table(model)),
            SDGDashboardCell.legend(edition, lang),
            .p(.class("note"), .plain(String(format: Strings.text("sdg.regionNote", lang), model.review.region))),
            SDGMethodNotes.render(edition, language: lang)
        )
        return Layout.render(title: Strings.text("nav.sdg", lang), language: lang, path: SitePaths.sdgPage, query: model.context.query, body: body)
    }

    /// The review's countries this edition lacks, comma-separated; `nil` when it has them all.
    private static func missing(_ model: SDGOverviewModel) -> String? {
        let shown = Set(model.countries.map(\.iso3))
        let absent = model.review.countries.filter { !shown.contains($0) }
        return absent.isEmpty ? nil : absent.joined(separator: ", ")
    }

    private static func table(_ model: SDGOverviewModel) -> Node<HTML.BodyContext> {
        let lang = model.language, edition = model.context.edition
        return .table(.class("matrix sdg"),
            .tr(.th(.plain(Strings.text("sdg.goal", lang))),
                .forEach(model.countries) { country in
                    .th(.a(.href(Layout.link(path: SitePaths.path(SitePaths.sdgCountryPage, country.iso3), query: model.context.query, language: lang)),
                           .plain(country.name)))
                },
                .th(.plain(String(format: Strings.text("sdg.regionMean", lang), model.review.region)))),
            .tr(.th(.plain(Strings.text("sdg.index", lang))),
                .forEach(model.countries) { .td(.class("num"), .strong(.plain(SDGDashboardCell.score($0.index)))) },
                .td(.class("num"), .plain(""))),
            .tr(.th(.plain(Strings.text("sdg.rank", lang))),
                .forEach(model.countries) { country in .td(.class("num"), .plain(country.rank.map(String.init) ?? "–")) },
                .td(.plain(""))),
            .forEach(1...17) { goal in
                .tr(.th(.plain("\(goal) · " + (edition.goalName(goal)?.text(lang) ?? ""))),
                    .forEach(model.countries) { country in cell(country, goal, edition, lang) },
                    .td(.class("num"), .plain(SDGDashboardCell.score(model.regionalMeans[goal]))))
            }
        )
    }

    private static func cell(_ country: SDGCountryResult, _ goal: Int, _ edition: SDREdition, _ lang: String) -> Node<HTML.TableRowContext> {
        guard let result = country.goal(goal) else { return .td(.plain("–")) }
        if result.score == nil, let imputed = result.imputedScore {
            return SDGDashboardCell.td("(\(SDGDashboardCell.score(imputed)))", result.colour, edition, lang,
                                       note: String(format: Strings.text("sdg.imputed", lang), country.region))
        }
        return SDGDashboardCell.td(result.applicable ? SDGDashboardCell.score(result.score) : Strings.text("sdg.notApplicable", lang),
                                   result.colour, edition, lang)
    }

    /// The generated summary: goals the data read as strong, challenged and mixed for the group, and each goal
    /// the study names, with whether the dashboards agree.
    private static func summary(_ model: SDGOverviewModel) -> Node<HTML.BodyContext> {
        let lang = model.language, review = model.review
        let goals = { (reading: SDGGroupReview.Reading) in
            model.findings.filter { $0.reading == reading }.map { "SDG \($0.goal)" }.joined(separator: ", ")
        }
        let claimed = model.findings.filter { $0.study != nil }
        return .div(.class("summary"),
            .h2(.plain(Strings.text("sdg.summary", lang))),
            .p(.plain(String(format: Strings.text("sdg.readingStrong", lang), goals(.strong).isEmpty ? "–" : goals(.strong)))),
            .p(.plain(String(format: Strings.text("sdg.readingChallenged", lang), goals(.challenged).isEmpty ? "–" : goals(.challenged)))),
            .p(.class("note"), .plain(review.rule.text(lang))),
            .h3(.plain(Strings.text("sdg.study", lang))),
            .blockquote(.plain(review.finding.text(lang))),
            .p(.class("note"), .plain(review.title.text(lang))),
            .ul(.class("notes"), .forEach(claimed) { finding in
                .li(.strong(.plain("SDG \(finding.goal): ")), .plain(sentence(finding, lang)))
            }),
            .p(.plain(String(format: Strings.text("sdg.agreement", lang), claimed.filter { $0.agrees == true }.count, claimed.count)))
        )
    }

    /// "the study finds it strong; the dashboards agree (3 green, 1 yellow, 2 orange)".
    static func sentence(_ finding: SDGGroupReview.GoalFinding, _ lang: String) -> String {
        let counts = SDGColour.allCases.compactMap { colour -> String? in
            guard let count = finding.colours[colour], count > 0 else { return nil }
            return "\(count) " + Strings.text("sdg.colour.\(colour.rawValue)", lang)
        }.joined(separator: ", ")
        let claim = Strings.text("sdg.claim.\(finding.study?.rawValue ?? "mixed")", lang)
        let verdict = Strings.text(finding.agrees == true ? "sdg.agree" : "sdg.disagree", lang)
        return String(format: verdict, claim, counts)
    }
}
