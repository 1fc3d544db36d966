import LMHubCore
import Plot

/// One sample judged against every standard, side by side: per standard its class, the parameters that
/// decided it, and every caution (unverified limits, a version not in force on the date, a single value where
/// the standard asks for a period percentile, a standard without limits).
enum StandardsMatrix {
    static func render(_ unit: AssessedUnit, station: Station, language lang: String) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text(Strings.text("matrix.heading", lang) + " " + unit.date + (unit.dayAssumed ? "*" : ""))),
            .div(.class("scroll"), .table(.class("matrix"),
                .tr(.th(.text(Strings.text("matrix.standard", lang))), .th(.text(Strings.text("matrix.class", lang))),
                    .th(.text(Strings.text("col.drivers", lang))), .th(.text(Strings.text("matrix.notes", lang)))),
                .forEach(unit.results) { row(unit, $0, lang) }
            )),
            .p(.class("note"), .text(Strings.text("matrix.note", lang)))
        )
    }

    private static func row(_ unit: AssessedUnit, _ result: AssessedUnit.StandardResult, _ lang: String) -> Node<HTML.TableContext> {
        let standard = result.resolution.standard, assessment = result.assessment
        let country = standard.country == "MRC" ? "MRC" : BasinGeography.bundled.countryName(standard.country, language: lang)
        let drivers = assessment.rank == 1 ? [] : assessment.parameters.filter { assessment.drivers.contains($0.parameter) }
        return .tr(
            .td(.strong(.text(country)), .br(), .text(standard.version), .br(),
                .a(.href(SitePaths.path(SitePaths.standard, standard.id)), .class("id"), .text(standard.id))),
            .td(badge(standard, assessment, lang)),
            .td(.text(drivers.map { "\($0.parameter) \(StationPage.format($0.measurement)) \($0.measurement.unit.rawValue)" }.joined(separator: "; "))),
            .td(.ul(.class("notes"), .forEach(notes(result, lang)) { note in
                note.caution ? .li(.class("caution"), .text("⚠ " + note.text)) : .li(.text(note.text))
            }))
        )
    }

    private static func badge(_ standard: WaterQualityStandard, _ assessment: SampleAssessment, _ lang: String) -> Node<HTML.BodyContext> {
        guard standard.status == .loaded else { return .em(.text(Strings.text("matrix.noLimits", lang))) }
        let rank = assessment.rank.map { ClassPalette.paletteRank($0, of: standard) }
        let name = assessment.rank.flatMap { standard.name(ofRank: $0)?.text(lang) }
        return ClassBadge.node(rank: rank, label: assessment.label.map { Strings.label($0, lang) }, language: lang, title: name)
    }

    private static func notes(_ result: AssessedUnit.StandardResult, _ lang: String) -> [(text: String, caution: Bool)] {
        let standard = result.resolution.standard, assessment = result.assessment
        var notes: [(String, Bool)] = []
        if let note = standard.statusNote { notes.append((note.text(lang), false)) }
        let unverified = assessment.parameters.filter { !$0.verified }.map(\.parameter)
        if !unverified.isEmpty { notes.append((Strings.text("matrix.unverified", lang) + ": " + unverified.joined(separator: ", "), true)) }
        if standard.status == .loaded, !standard.sampleClassRuleVerified { notes.append((Strings.text("matrix.ruleUnverified", lang), true)) }
        if standard.status == .loaded, !result.resolution.inForce { notes.append((Strings.text("matrix.notInForce", lang) + " (\(standard.inForce)" + (standard.lastDayInForce.map { " – \($0)" } ?? "") + ")", true)) }
        if result.resolution.chosenByDate { notes.append((Strings.text("matrix.byDate", lang), false)) }
        for item in assessment.parameters {
            if case let .singleValueForPercentile(statistic) = item.basis {
                notes.append((item.parameter + ": " + Strings.text("matrix.singleValue", lang) + " " + statistic.rawValue, false))
            }
        }
        if standard.status == .loaded, !assessment.notAssessed.isEmpty {
            notes.append((Strings.text("matrix.notAssessed", lang) + ": " + assessment.notAssessed.joined(separator: ", "), false))
        }
        return notes.map { (text: $0.0, caution: $0.1) }
    }
}
