/// The class of one parameter of one sample under a class-based standard.
public struct ParameterClass: Sendable, Hashable {
    public let parameter: String
    /// The value in the unit of the standard's limits.
    public let measurement: MeasuredValue
    /// Class rank, 1 = best; `standard.worstRank` = worse than the last class.
    public let rank: Int
    /// The standard's label for `rank` (`I` … `V`, `劣V`).
    public let label: String
    /// `true` when a censored value spans several classes and the worse one was taken.
    public let isConservative: Bool
    /// Whether this item counts towards the sample class.
    public let inSampleClass: Bool
    /// Whether the item's limits are verified against the cited source.
    public let verified: Bool
    /// What the class rests on: one value, a period's percentile, or a period's worst value.
    public let basis: Basis

    /// What a class rests on, so that outputs can say which rule was used.
    public enum Basis: Sendable, Hashable {
        /// One sample's value, and the standard judges single values.
        case singleValue
        /// One sample's value, though the standard asks for this percentile over a period (sample view).
        case singleValueForPercentile(WaterQualityStandard.Statistic)
        /// The percentile of the period's values the standard asks for, over `samples` values.
        case percentile(WaterQualityStandard.Statistic, samples: Int)
        /// The worst of the period's `samples` values: every single value must meet the limit.
        case worstOf(samples: Int)

        /// Whether one value stood in for the period percentile the standard asks for.
        public var isSingleValueForPercentile: Bool {
            if case .singleValueForPercentile = self { true } else { false }
        }

        /// Short English wording for reports: `single value`, `single value (standard: P20 over a period)`,
        /// `P20 of 6 values`, `worst of 6 values`.
        public var description: String {
            switch self {
            case .singleValue: "single value"
            case let .singleValueForPercentile(statistic): "single value (standard: \(statistic.rawValue) over a period)"
            case let .percentile(statistic, samples): "\(statistic.rawValue) of \(samples) value\(samples == 1 ? "" : "s")"
            case let .worstOf(samples): "worst of \(samples) value\(samples == 1 ? "" : "s")"
            }
        }
    }
}

/// The classes of one sample: each assessable parameter's class and the sample class (the worst of them).
public struct SampleAssessment: Sendable, Hashable {
    public let parameters: [ParameterClass]
    /// `nil` when no item of the sample could be assessed: such a sample has no class (it is not class I).
    public let rank: Int?
    public let label: String?
    /// Codes of the parameters whose class is the sample class.
    public let drivers: [String]
    /// Codes of the sample's parameters the standard does not judge: not assessed, which is not "passes".
    public let notAssessed: [String]
}

/// Judges water samples against one class-based ``WaterQualityStandard``.
///
/// Rules (GB 3838-2002 Table 1 and §5; see the standard's data file for each source):
/// - a value at a limit meets it; where classes share a limit, the better class wins;
/// - `maximum` items: the best class whose limit the value does not exceed; `minimum` items (DO): the best
///   class whose limit the value reaches; `range` items (pH 6–9): the best class whose range holds the value;
///   a class whose number is not at hand cannot be earned through the item, a class the standard sets no
///   limit for (`noLimitFor`, Thailand's coliforms in class 4) is met by any value;
/// - values ≤ 0 are classed like any other (a non-detect reported as 0 meets every maximum);
/// - a censored value is the interval it stands for (`<x`: [0, x); `>x`: (x, ∞)) and gets the worse of the
///   two ends' classes, flagged ``ParameterClass/isConservative`` when they differ (`>2` mg/L NH3-N is
///   劣V for certain; `>1.9` is V or 劣V, so 劣V, flagged);
/// - a parameter the standard has no (applicable) item for is not assessed: absent from the classes and listed
///   in ``SampleAssessment/notAssessed``;
/// - an item the standard judges on a percentile over a period (Thailand's DO P20, BOD5 P80) is judged on the
///   single value here and says so in ``ParameterClass/periodStatistic``; ``PeriodAssessor`` applies the percentile.
///
/// Comparisons allow a relative tolerance of 1e-9 so that a value converted between units (0.05 µg/L
/// to 0.00005 mg/L) stays at its limit instead of flipping through binary floating point.
public struct ClassAssessor: Sendable {
    public let standard: WaterQualityStandard
    public let waterBody: WaterQualityStandard.WaterBody

    public init(standard: WaterQualityStandard, waterBody: WaterQualityStandard.WaterBody = .river) {
        self.standard = standard
        self.waterBody = waterBody
    }

    /// Classes one measurement of `parameter` (canonical code), or returns `nil` when the standard does not
    /// judge it (no item, a narrative item) or its unit cannot be converted to the limits' unit.
    public func classify(_ measurement: MeasuredValue, parameter: String) -> ParameterClass? {
        guard let item = standard.item(for: parameter, in: waterBody), item.kind != .narrative,
              let value = try? measurement.converted(to: item.unit)
        else { return nil }
        let ranks: [Int]
        switch value.censoring {
        case .none: ranks = [rank(value.value, item)]
        case .below: ranks = [rank(min(0, value.value), item), rank(value.value, item, open: item.kind == .minimum)]
        case .above: ranks = [rank(value.value, item, open: item.kind == .maximum), rank(.infinity, item)]
        }
        let worst = ranks.max() ?? standard.worstRank
        return ParameterClass(
            parameter: parameter, measurement: value, rank: worst, label: standard.label(ofRank: worst),
            isConservative: Set(ranks).count > 1, inSampleClass: item.inSampleClass ?? true,
            verified: item.verified, basis: item.statistic.map { .singleValueForPercentile($0) } ?? .singleValue
        )
    }

    /// Classes every parameter of a sample and takes the worst class over the items that count towards
    /// the sample class. `values` is keyed by canonical parameter code; results follow the standard's item order.
    public func assess(_ values: [String: MeasuredValue]) -> SampleAssessment {
        let order = Dictionary(standard.items.enumerated().map { ($1.parameter, $0) }, uniquingKeysWith: min)
        let classes = values.compactMap { classify($1, parameter: $0) }
            .sorted { (order[$0.parameter] ?? .max, $0.parameter) < (order[$1.parameter] ?? .max, $1.parameter) }
        let assessed = Set(classes.map(\.parameter))
        let notAssessed = values.keys.filter { !assessed.contains($0) }.sorted()
        return Self.combine(classes, notAssessed: notAssessed, in: standard)
    }

    /// The sample (or period) class: the worst class over the items that count towards it, with its drivers.
    static func combine(
        _ classes: [ParameterClass], notAssessed: [String], in standard: WaterQualityStandard
    ) -> SampleAssessment {
        let counted = classes.filter(\.inSampleClass)
        guard let worst = counted.map(\.rank).max() else {
            return SampleAssessment(parameters: classes, rank: nil, label: nil, drivers: [], notAssessed: notAssessed)
        }
        return SampleAssessment(
            parameters: classes, rank: worst, label: standard.label(ofRank: worst),
            drivers: counted.filter { $0.rank == worst }.map(\.parameter), notAssessed: notAssessed
        )
    }

    /// The class of `value`; with `open`, of values strictly beyond it on the limits' failing side (the
    /// censored `>2` under a maximum of 2 does not meet it).
    private func rank(_ value: Double, _ item: WaterQualityStandard.Item, open: Bool = false) -> Int {
        let index: Int? = switch item.kind {
        case .maximum:
            (item.limits ?? []).indices.first { index in
                guard let limit = item.limits?[index] else { return standard.isUnlimited(item, rank: index + 1) }
                return open ? value < limit - Self.tolerance(of: limit) : value <= limit + Self.tolerance(of: limit)
            }
        case .minimum:
            (item.limits ?? []).indices.first { index in
                guard let limit = item.limits?[index] else { return standard.isUnlimited(item, rank: index + 1) }
                return open ? value > limit + Self.tolerance(of: limit) : value >= limit - Self.tolerance(of: limit)
            }
        case .range:
            (item.ranges ?? []).firstIndex { range in
                guard let range, range.count == 2 else { return false }
                return value >= range[0] - Self.tolerance(of: range[0]) && value <= range[1] + Self.tolerance(of: range[1])
            }
        case .narrative:
            nil
        }
        return index.map { $0 + 1 } ?? standard.worstRank
    }

    private static func tolerance(of limit: Double) -> Double { abs(limit) * 1e-9 }
}
