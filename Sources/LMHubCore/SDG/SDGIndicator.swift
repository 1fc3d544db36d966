/// One indicator of an SDR edition as data (`Resources/sdg/sdr-<year>.json`): what it measures, the values
/// scoring 100 and 0, and its dashboard thresholds. Direction is implicit: `optimum` below `lowerBound` means
/// lower is better.
///
/// Every constant is flagged: the 2023 database prints none of them, so bounds are derived from its
/// published normalised scores (``BoundsBasis``) and thresholds from its published colours
/// (``ThresholdBasis``, with the bracket the colours leave in ``colourBrackets``).
public struct SDGIndicator: Sendable, Hashable, Codable {
    /// Whether the indicator enters the index (`global`) or only OECD members' dashboards (`oecd`).
    public enum Scope: String, Sendable, Hashable, Codable { case global, oecd }

    /// Where `optimum` and `lowerBound` come from.
    public enum BoundsBasis: String, Sendable, Hashable, Codable {
        /// The simplest decimals reproducing every published normalised score of the edition's database.
        case derived
        /// The value is itself a published 0–100 normalised score (no raw value published): bounds 100 and 0.
        case normalisedScale
        /// The SDR 2024 codebook's integer-rounded bounds: used for OECD members' dashboards, never for scores.
        case codebook2024Rounded
    }

    /// Where a threshold comes from.
    public enum ThresholdBasis: String, Sendable, Hashable, Codable {
        /// The SDR 2024 codebook's (integer-rounded) value, which lies inside the edition's colour bracket.
        case codebook2024
        /// A round value inside the bracket the edition's published colours leave; the exact one is not published.
        case bracket
        /// The midpoint of the green and red thresholds, which lies inside the bracket.
        case midpoint
        /// The SDR 2024 codebook's value; no published colour of the edition brackets it.
        case codebook2024Unbracketed
    }

    /// The basis of each threshold.
    public struct ThresholdBases: Sendable, Hashable, Codable {
        public let green: ThresholdBasis?
        public let yellowOrange: ThresholdBasis?
        public let red: ThresholdBasis?
    }

    /// For each threshold, the interval its value must lie in for the published colours to come out:
    /// `[lower, upper]`, an end `nil` where no colour limits it.
    public struct ColourBrackets: Sendable, Hashable, Codable {
        public let green: [Double?]
        public let yellowOrange: [Double?]
        public let red: [Double?]
    }

    /// The database's code, e.g. `sdg1_wpc`.
    public let code: String
    /// 1–17.
    public let goal: Int
    /// English as the SDR writes it (completed from the SDR 2024 codebook where the database cuts it at 80
    /// characters, else ending in "…"); Chinese where LMHub gives a faithful translation.
    public let name: LocalizedText
    public let scope: Scope
    /// The value scoring 100 (in the indicator's unit).
    public let optimum: Double?
    /// The value scoring 0.
    public let lowerBound: Double?
    public let boundsBasis: BoundsBasis?
    /// What else to know about the constants (e.g. bounds taken from a related 2024 indicator).
    public let note: String?
    /// At or beyond it: green (SDG achieved).
    public let greenThreshold: Double?
    /// At or beyond it (and short of green): yellow; short of it: orange.
    public let yellowOrangeThreshold: Double?
    /// Short of it: red.
    public let redThreshold: Double?
    public let thresholdBasis: ThresholdBases?
    public let colourBrackets: ColourBrackets?
    /// `false` when the database gives only the normalised score (2023: `sdg16_safe`).
    public let rawValuePublished: Bool
    /// Whether the SDR gives this indicator a trend arrow.
    public let trend: Bool
    /// The data provider, as the SDR 2024 codebook names it (absent where the 2024 indicator differs).
    public let dataSource: String?
    /// Whether the constants were checked against a published table (none are: the 2023 tables are not printed).
    public let verified: Bool

    /// `true` when larger values are better; from the bounds, else from the thresholds.
    public var higherIsBetter: Bool? {
        if let optimum, let lowerBound, optimum != lowerBound { return optimum > lowerBound }
        if let greenThreshold, let redThreshold, greenThreshold != redThreshold { return greenThreshold > redThreshold }
        return nil
    }

    /// The normalised score, `100 · (value − lowerBound) / (optimum − lowerBound)` clamped to [0, 100]
    /// (SDR methodology); `nil` for an OECD-only indicator, which never enters a score.
    public func normalisedScore(_ value: Double) -> Double? {
        guard scope == .global, let optimum, let lowerBound, optimum != lowerBound else { return nil }
        return min(100, max(0, 100 * (value - lowerBound) / (optimum - lowerBound)))
    }

    /// The dashboard colour of `value`; a value on a threshold takes the better colour (as the 2023 colours
    /// show). `nil` when the thresholds are not known.
    public func colour(of value: Double) -> SDGColour? {
        guard let green = greenThreshold, let middle = yellowOrangeThreshold, let red = redThreshold,
              let higher = higherIsBetter else { return nil }
        let sign: Double = higher ? 1 : -1
        if sign * value >= sign * green { return .green }
        if sign * value >= sign * middle { return .yellow }
        if sign * value >= sign * red { return .orange }
        return .red
    }

    /// The position of `value` on the dashboard's 0–4 scale: linear from lowerBound (0) through the red (1),
    /// yellow/orange (2) and green (3) thresholds to the optimum (4), kept within the band of its own colour
    /// (so that a red threshold equal to the lower bound, as for `sdg9_uni`, puts a value there at 1, orange).
    public func dashboardPosition(of value: Double) -> Double? {
        guard let colour = colour(of: value), let base = colour.scaleBase, let optimum, let lowerBound,
              let green = greenThreshold, let middle = yellowOrangeThreshold, let red = redThreshold else { return nil }
        let (from, to): (Double, Double) = switch colour {
        case .green: (green, optimum)
        case .yellow: (middle, green)
        case .orange: (red, middle)
        case .red, .grey: (lowerBound, red)
        }
        guard from != to else { return base }
        return base + min(1, max(0, (value - from) / (to - from)))
    }
}
