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
}

/// The classes of one sample: each assessable parameter's class and the sample class (the worst of them).
public struct SampleAssessment: Sendable, Hashable {
    public let parameters: [ParameterClass]
    /// `nil` when no item of the sample could be assessed: such a sample has no class (it is not class I).
    public let rank: Int?
    public let label: String?
    /// Codes of the parameters whose class is the sample class.
    public let drivers: [String]
}

/// Judges water samples against one class-based ``WaterQualityStandard``.
///
/// Rules (GB 3838-2002 Table 1 and §5; see the standard's data file for each source):
/// - a value at a limit meets it; where classes share a limit, the better class wins;
/// - `maximum` items: the best class whose limit the value does not exceed; `minimum` items (DO): the best
///   class whose limit the value reaches; `range` items (pH 6–9): best class inside, worse than the last outside;
/// - values ≤ 0 are classed like any other (a non-detect reported as 0 meets every maximum);
/// - a censored value is the interval it stands for (`<x`: [0, x); `>x`: (x, ∞)) and gets the worse of the
///   two ends' classes, flagged ``ParameterClass/isConservative`` when they differ (`>2` mg/L NH3-N is
///   劣V for certain; `>1.9` is V or 劣V, so 劣V, flagged);
/// - a parameter the standard has no (applicable) item for is not assessed, and is absent from the result.
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
            isConservative: Set(ranks).count > 1, inSampleClass: item.inSampleClass ?? true
        )
    }

    /// Classes every parameter of a sample and takes the worst class over the items that count towards
    /// the sample class. `values` is keyed by canonical parameter code; results follow the standard's item order.
    public func assess(_ values: [String: MeasuredValue]) -> SampleAssessment {
        let order = Dictionary(standard.items.enumerated().map { ($1.parameter, $0) }, uniquingKeysWith: min)
        let classes = values.compactMap { classify($1, parameter: $0) }
            .sorted { (order[$0.parameter] ?? .max, $0.parameter) < (order[$1.parameter] ?? .max, $1.parameter) }
        let counted = classes.filter(\.inSampleClass)
        guard let worst = counted.map(\.rank).max() else {
            return SampleAssessment(parameters: classes, rank: nil, label: nil, drivers: [])
        }
        return SampleAssessment(
            parameters: classes, rank: worst, label: standard.label(ofRank: worst),
            drivers: counted.filter { $0.rank == worst }.map(\.parameter)
        )
    }

    /// The class of `value`; with `open`, of values strictly beyond it on the limits' failing side (the
    /// censored `>2` under a maximum of 2 does not meet it).
    private func rank(_ value: Double, _ item: WaterQualityStandard.Item, open: Bool = false) -> Int {
        switch item.kind {
        case .maximum:
            let index = (item.limits ?? []).firstIndex { open ? value < $0 - Self.tolerance(of: $0) : value <= $0 + Self.tolerance(of: $0) }
            return index.map { $0 + 1 } ?? standard.worstRank
        case .minimum:
            let index = (item.limits ?? []).firstIndex { open ? value > $0 + Self.tolerance(of: $0) : value >= $0 - Self.tolerance(of: $0) }
            return index.map { $0 + 1 } ?? standard.worstRank
        case .range:
            guard let range = item.range, range.count == 2 else { return standard.worstRank }
            let inside = value >= range[0] - Self.tolerance(of: range[0])
                && value <= range[1] + Self.tolerance(of: range[1])
            return inside ? 1 : standard.worstRank
        case .narrative:
            return standard.worstRank
        }
    }

    private static func tolerance(of limit: Double) -> Double { abs(limit) * 1e-9 }
}
