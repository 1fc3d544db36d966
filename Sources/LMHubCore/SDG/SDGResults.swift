/// The SDG Index and Dashboards of every country of a database (``SDGIndexCalculator/compute(_:panel:)``).
public struct SDGReport: Sendable, Hashable, Codable {
    /// The edition's id (`sdr-2023`).
    public let edition: String
    /// Ranked countries by rank, then the others by ISO3.
    public let countries: [SDGCountryResult]
    /// The unweighted goal means per SDR region that fill missing goals, over the countries with an index.
    public let regionalMeans: [SDGRegionalMean]

    /// The countries with an index, by rank.
    public var ranked: [SDGCountryResult] { countries.filter { $0.rank != nil } }

    public func country(_ iso3: String) -> SDGCountryResult? { countries.first { $0.iso3 == iso3 } }

    /// The mean of `goal` in `region`, `nil` when no country of the region with an index has that goal.
    public func regionalMean(_ region: String, goal: Int) -> Double? {
        regionalMeans.first { $0.region == region && $0.goal == goal }?.mean
    }
}

/// The unweighted mean score of one goal over the countries of one SDR region that have an index and a
/// score of that goal (``SDGStep/imputation``).
public struct SDGRegionalMean: Sendable, Hashable, Codable {
    public let region: String
    public let goal: Int
    public let mean: Double?
    public let countries: Int
}

/// Why a country has, or has not, an index (``SDGStep/inclusion``).
public enum SDGInclusion: String, Sendable, Hashable, Codable {
    /// At most the edition's maximum share of applicable indicators is missing.
    case withinRule
    /// More is missing, but the edition's database ranks the country all the same (a published exception).
    case publishedException
    /// Too many indicators missing: no index and no rank, as published.
    case tooManyMissing
}

/// One country's SDG Index, goals and indicators. `index` and `rank` are `nil` for a country without index.
public struct SDGCountryResult: Sendable, Hashable, Codable {
    public let iso3: String
    public let name: String
    public let region: String
    /// Mean of the 17 goal scores (own or imputed), 0–100, unrounded.
    public let index: Double?
    /// 1 = best, among the countries with an index (equal indices share a rank).
    public let rank: Int?
    public let inclusion: SDGInclusion
    /// Share (0–1) of the applicable global indicators without data.
    public let missingShare: Double
    /// Goals 1–17 in order.
    public let goals: [SDGGoalResult]
    /// Every indicator with data, in the edition's order.
    public let indicators: [SDGIndicatorResult]
    /// The unverified method steps the index rests on (see ``SDREdition/steps``).
    public let flags: [SDGStep]
    public let notes: [String]

    public func goal(_ goal: Int) -> SDGGoalResult? { goals.first { $0.goal == goal } }

    public func indicator(_ code: String) -> SDGIndicatorResult? { indicators.first { $0.code == code } }
}

/// One goal of one country: its own score, the regional mean standing in for a missing one, and its colour.
public struct SDGGoalResult: Sendable, Hashable, Codable {
    public let goal: Int
    /// Mean normalised score of the goal's global indicators with data; `nil` without data or not applicable.
    public let score: Double?
    /// The regional mean the index uses when `score` is `nil`.
    public let imputedScore: Double?
    /// `false` for SDG 14 of a landlocked country.
    public let applicable: Bool
    /// Dashboard colour; grey when not applicable or fewer than half of the indicators have data.
    public let colour: SDGColour
    /// Global indicators with a score, and the applicable ones (alternatives counted once).
    public let indicatorsWithData: Int
    public let indicatorsExpected: Int
    /// The indicators (codes) whose mean position decides the colour, worst first.
    public let worstIndicators: [String]
    /// The unverified method steps the score and colour rest on.
    public let flags: [SDGStep]

    /// What the index takes for this goal: the own score, else the imputed regional mean.
    public var scoreInIndex: Double? { score ?? imputedScore }
}

/// One indicator of one country: its value, normalised score, colour and (with a panel) trend.
public struct SDGIndicatorResult: Sendable, Hashable, Codable {
    public let code: String
    public let goal: Int
    /// The raw value, or the published normalised score when `kind` says so.
    public let value: Double
    public let year: Int?
    public let kind: SDGObservation.Kind
    /// 0–100; `nil` for an OECD-only indicator.
    public let normalisedScore: Double?
    public let colour: SDGColour?
    /// Position on the dashboard's 0–4 scale (``SDGIndicator/dashboardPosition(of:)``).
    public let dashboardPosition: Double?
    /// Reconstructed from a panel's 2015 value (``SDGStep/trend``); `nil` without a panel or a 2015 value.
    public let trend: SDGTrendArrow?
    /// The unverified method steps the value's score, colour and trend rest on.
    public let flags: [SDGStep]
}
