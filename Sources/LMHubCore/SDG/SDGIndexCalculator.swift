/// Computes the SDSN SDG Index and Dashboards of an SDR edition from raw indicator values (SDR methodology;
/// each step and how it was established in ``SDREdition/steps``):
///
/// 1. normalised score `x′ = 100 · (x − LB) / (Opt − LB)`, clamped to [0, 100] (``SDGIndicator/normalisedScore(_:)``);
/// 2. goal score = mean of the goal's global indicators with data (OECD-only ones left out); SDG 14 is not
///    scored for landlocked countries, even where the file has a value;
/// 3. inclusion: no index with more than 20 % of the applicable global indicators missing, except the
///    countries the edition ranks all the same;
/// 4. index = mean of the 17 goal scores, a missing goal taking the unweighted mean of that goal over the
///    countries of the same SDR region that have an index (not the population-weighted regional rows);
/// 5. ranks in descending order of the index;
/// 6. dashboards: indicator colours from the thresholds, goal colours from the two worst indicators
///    (``goalColour(_:applicable:oecdMember:)``), trend arrows from a panel's 2015 values when one is given.
public struct SDGIndexCalculator: Sendable {
    public let edition: SDREdition

    public init(edition: SDREdition) {
        self.edition = edition
    }

    /// The index, goals and indicators of every country in `countries`; trend arrows where `panel` has a
    /// 2015 value. Values are unrounded.
    public func compute(_ countries: [SDGCountryData], panel: SDGPanel? = nil) -> SDGReport {
        let scored = countries.map { score($0, panel: panel) }
        let means = regionalMeans(scored)
        let lookup = Dictionary(means.map { (RegionGoal(region: $0.region, goal: $0.goal), $0.mean) }, uniquingKeysWith: { first, _ in first })
        let finished = scored.map { complete($0, means: lookup) }
        let indices = finished.compactMap(\.index)
        let results = finished.map { country in
            country.ranked(country.index.map { index in 1 + indices.filter { $0 > index }.count })
        }
        let ordered = results.sorted { ($0.rank ?? Int.max, $0.iso3) < ($1.rank ?? Int.max, $1.iso3) }
        return SDGReport(edition: edition.id, countries: ordered, regionalMeans: means)
    }

    /// A country before imputation: indicators, own goal scores and colours, and whether it gets an index.
    struct ScoredCountry {
        let data: SDGCountryData
        let indicators: [SDGIndicatorResult]
        let goals: [SDGGoalResult]
        let missingShare: Double
        let inclusion: SDGInclusion
    }

    struct RegionGoal: Hashable {
        let region: String
        let goal: Int
    }

    func score(_ data: SDGCountryData, panel: SDGPanel?) -> ScoredCountry {
        let indicators = edition.indicators.compactMap { indicatorResult($0, data: data, panel: panel) }
        let landlocked = edition.landlocked.countries.contains(data.iso3)
        let oecdMember = data.region == edition.dashboard.oecdRegion
        let goals = (1...17).map { goal in
            goalResult(goal, indicators: indicators.filter { $0.goal == goal }, applicable: !(goal == 14 && landlocked), oecdMember: oecdMember)
        }
        let expected = goals.map(\.indicatorsExpected).reduce(0, +)
        let missing = expected - goals.map(\.indicatorsWithData).reduce(0, +)
        let share = expected == 0 ? 1 : Double(missing) / Double(expected)
        let inclusion: SDGInclusion = share <= edition.inclusion.maximumMissingShare + 1e-12 ? .withinRule
            : edition.inclusion.rankedDespiteRule.contains(data.iso3) ? .publishedException : .tooManyMissing
        return ScoredCountry(data: data, indicators: indicators, goals: goals, missingShare: share, inclusion: inclusion)
    }

    func indicatorResult(_ indicator: SDGIndicator, data: SDGCountryData, panel: SDGPanel?) -> SDGIndicatorResult? {
        guard let observation = data.observations[indicator.code] else { return nil }
        let colour = indicator.colour(of: observation.value)
        var trend: SDGTrendArrow?
        if indicator.trend, observation.kind == .raw, let year = observation.year,
           let start = panel?.value(data.iso3, indicator.code, year: edition.trend.baseYear) {
            trend = edition.trend.arrow(indicator, from: start, in: edition.trend.baseYear, to: observation.value, in: year)
        }
        var steps: Set<SDGStep> = indicator.scope == .global ? [.normalisation, .censoring, .bounds] : [.oecdDashboard]
        if colour != nil { steps.formUnion([.indicatorColour, .yellowOrangeThreshold]) }
        if observation.kind == .publishedNormalisedScore { steps.insert(.publishedNormalisedScore) }
        if trend != nil { steps.insert(.trend) }
        return SDGIndicatorResult(
            code: indicator.code, goal: indicator.goal, value: observation.value, year: observation.year, kind: observation.kind,
            normalisedScore: indicator.normalisedScore(observation.value), colour: colour,
            dashboardPosition: indicator.dashboardPosition(of: observation.value), trend: trend, flags: edition.unverified(steps))
    }

    func goalResult(_ goal: Int, indicators: [SDGIndicatorResult], applicable: Bool, oecdMember: Bool) -> SDGGoalResult {
        let global = edition.indicators.filter { $0.goal == goal && $0.scope == .global }.map(\.code)
        let scored = indicators.filter { $0.normalisedScore != nil }
        let scores = scored.compactMap(\.normalisedScore)
        let score = applicable && !scores.isEmpty ? scores.reduce(0, +) / Double(scores.count) : nil
        let dashboard = goalColour(indicators, applicable: applicable, oecdMember: oecdMember)
        var steps: Set<SDGStep> = [.goalScore, .landlocked]
        if score != nil { steps.formUnion([.normalisation, .censoring, .bounds]) }
        if scored.contains(where: { $0.kind == .publishedNormalisedScore }) && score != nil { steps.insert(.publishedNormalisedScore) }
        if applicable { steps.formUnion([.indicatorColour, .yellowOrangeThreshold, .goalColour, .dashboardCoverage]) }
        if applicable && oecdMember && indicators.contains(where: { edition.indicator($0.code)?.scope == .oecd }) { steps.insert(.oecdDashboard) }
        return SDGGoalResult(
            goal: goal, score: score, imputedScore: nil, applicable: applicable, colour: dashboard.colour,
            indicatorsWithData: applicable ? units(scored.map(\.code)) : 0, indicatorsExpected: applicable ? units(global) : 0,
            worstIndicators: dashboard.worst, flags: edition.unverified(steps))
    }

    /// How many indicators `codes` count for, the members of an ``SDREdition/Alternative`` as one.
    func units(_ codes: [String]) -> Int {
        Set(codes.map { code in edition.alternatives.first { $0.codes.contains(code) }?.codes.first ?? code }).count
    }

    /// The unweighted mean of each goal per SDR region, over the countries that get an index and score the goal.
    func regionalMeans(_ countries: [ScoredCountry]) -> [SDGRegionalMean] {
        let included = countries.filter { $0.inclusion != .tooManyMissing }
        return Set(countries.map(\.data.region)).sorted().flatMap { region in
            (1...17).map { goal in
                let scores = included.filter { $0.data.region == region }.compactMap { $0.goals[goal - 1].score }
                return SDGRegionalMean(region: region, goal: goal, mean: scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count),
                                       countries: scores.count)
            }
        }
    }

    /// The country's result: missing goals imputed and the index computed when it is included.
    func complete(_ country: ScoredCountry, means: [RegionGoal: Double?]) -> SDGCountryResult {
        let data = country.data
        var notes: [String] = []
        guard country.inclusion != .tooManyMissing else {
            notes.append(String(format: "no index: %.1f %% of the applicable indicators are missing (more than %.0f %%)",
                                100 * country.missingShare, 100 * edition.inclusion.maximumMissingShare))
            return result(country, goals: country.goals, index: nil, steps: [.inclusion], notes: notes)
        }
        if country.inclusion == .publishedException {
            notes.append(String(format: "ranked as the SDR %d database ranks it, although %.1f %% of the applicable indicators are missing",
                                edition.edition, 100 * country.missingShare))
        }
        var steps: Set<SDGStep> = [.normalisation, .censoring, .bounds, .goalScore, .landlocked, .index, .rank]
        if country.inclusion == .publishedException { steps.insert(.inclusion) }
        if country.indicators.contains(where: { $0.kind == .publishedNormalisedScore }) { steps.insert(.publishedNormalisedScore) }
        let goals = country.goals.map { goal -> SDGGoalResult in
            guard goal.score == nil else { return goal }
            let mean = means[RegionGoal(region: data.region, goal: goal.goal)] ?? nil
            if let mean {
                steps.insert(.imputation)
                notes.append(String(format: "SDG %d enters the index at the unweighted mean of %@, %.2f (%@)", goal.goal, data.region, mean,
                                    goal.applicable ? "no indicator of the goal has data" : "not applicable to a landlocked country"))
            } else {
                notes.append("SDG \(goal.goal) has no score and no country of \(data.region) with an index has one: no index")
            }
            return goal.imputed(mean, flags: edition.unverified(Set(goal.flags).union(mean == nil ? [] : [.imputation])))
        }
        let inIndex = goals.compactMap(\.scoreInIndex)
        let index = inIndex.count == 17 ? inIndex.reduce(0, +) / 17 : nil
        return result(country, goals: goals, index: index, steps: steps, notes: notes)
    }

    private func result(_ country: ScoredCountry, goals: [SDGGoalResult], index: Double?, steps: Set<SDGStep>, notes: [String]) -> SDGCountryResult {
        SDGCountryResult(iso3: country.data.iso3, name: country.data.name, region: country.data.region, index: index, rank: nil,
                         inclusion: country.inclusion, missingShare: country.missingShare, goals: goals, indicators: country.indicators,
                         flags: edition.unverified(steps), notes: notes)
    }
}

extension SDGGoalResult {
    func imputed(_ mean: Double?, flags: [SDGStep]) -> SDGGoalResult {
        SDGGoalResult(goal: goal, score: score, imputedScore: mean, applicable: applicable, colour: colour, indicatorsWithData: indicatorsWithData,
                      indicatorsExpected: indicatorsExpected, worstIndicators: worstIndicators, flags: flags)
    }
}

extension SDGCountryResult {
    func ranked(_ rank: Int?) -> SDGCountryResult {
        SDGCountryResult(iso3: iso3, name: name, region: region, index: index, rank: rank, inclusion: inclusion, missingShare: missingShare,
                         goals: goals, indicators: indicators, flags: flags, notes: notes)
    }
}
