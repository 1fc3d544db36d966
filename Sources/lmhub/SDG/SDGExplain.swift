import Foundation
import LMHubCore

/// `lmhub sdg index --explain ISO3`: one country's index and, goal by goal, its indicators with raw value,
/// year, bounds, normalised score, colour (and trend with a panel).
enum SDGExplain {
    static func render(_ country: SDGCountryResult, edition: SDREdition, report: SDGReport) -> String {
        var out = "\(country.iso3) \(country.name) (\(country.region)): "
        out += country.index.map { String(format: "SDG Index %.2f, rank %d of %d", $0, country.rank ?? 0, report.ranked.count) } ?? "no SDG Index"
        out += String(format: "; %.1f %% of the applicable indicators missing\n", 100 * country.missingShare)
        country.notes.forEach { out += "  \($0)\n" }
        for goal in country.goals {
            out += "\nSDG \(goal.goal) \(edition.goalName(goal.goal)?.text("en") ?? ""): " + summary(goal) + "\n"
            let indicators = country.indicators.filter { $0.goal == goal.goal }
            guard !indicators.isEmpty else { continue }
            out += "  code               value  year     optimum lower bound   score  colour  trend  indicator\n"
            for result in indicators {
                let indicator = edition.indicator(result.code)
                out += "  " + SDGIndexOutput.pad(result.code, 17) + SDGIndexOutput.pad(number(result.value), 8, left: true)
                    + SDGIndexOutput.pad(result.year.map(String.init) ?? "", 6, left: true)
                    + SDGIndexOutput.pad(indicator?.optimum.map(number) ?? "", 12, left: true)
                    + SDGIndexOutput.pad(indicator?.lowerBound.map(number) ?? "", 12, left: true)
                    + SDGIndexOutput.pad(result.normalisedScore.map { String(format: "%.2f", $0) } ?? "OECD", 8, left: true) + "  "
                    + SDGIndexOutput.pad(result.colour?.rawValue ?? "", 8) + SDGIndexOutput.pad(result.trend?.rawValue ?? "", 7)
                    + (indicator?.name.text("en") ?? "") + (result.kind == .publishedNormalisedScore ? " [published normalised score]" : "") + "\n"
            }
        }
        out += "\nunverified steps: " + country.flags.map { step in "\(step.rawValue) (\(edition.step(step)?.status.rawValue ?? ""))" }.joined(separator: ", ") + "\n"
        out += edition.attribution + "\n"
        return out
    }

    static func summary(_ goal: SDGGoalResult) -> String {
        guard goal.applicable else { return "not applicable (landlocked)" + imputed(goal) }
        let score = goal.score.map { String(format: "%.2f", $0) } ?? "no score"
        let worst = goal.worstIndicators.isEmpty ? "" : " (from \(goal.worstIndicators.joined(separator: ", ")))"
        return "\(score), \(goal.colour.rawValue)\(worst); \(goal.indicatorsWithData) of \(goal.indicatorsExpected) indicators" + imputed(goal)
    }

    static func imputed(_ goal: SDGGoalResult) -> String {
        goal.imputedScore.map { String(format: "; the index takes the regional mean %.2f", $0) } ?? ""
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(format: "%g", value)
    }
}
