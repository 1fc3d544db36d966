/// Judges the samples of a period (a year, say) against one standard, the way a standard with period
/// statistics asks for.
///
/// Per item of the standard:
/// - an item with a ``WaterQualityStandard/Statistic`` (Thailand: DO on P20, BOD5 and coliforms on P80) is
///   judged on that percentile of the period's values; the percentile is interpolated linearly between
///   order statistics (Hyndman & Fan 1996 definition 7, as Excel `PERCENTILE.INC` and R's default) —
///   the Thai notification does not say which definition it means, so this is LMHub's choice;
///   censored values enter at their reported bound and flag the class ``ParameterClass/isConservative``;
/// - any other item is judged on the period's worst value: every single value must meet the limit.
///
/// The period class is the worst class over the items that count towards the sample class.
public struct PeriodAssessor: Sendable {
    public let assessor: ClassAssessor

    public init(_ assessor: ClassAssessor) {
        self.assessor = assessor
    }

    /// - Parameter samples: each sample's values keyed by canonical parameter code.
    public func assess(_ samples: [[String: MeasuredValue]]) -> SampleAssessment {
        var values: [String: [MeasuredValue]] = [:]
        for sample in samples {
            for (code, value) in sample { values[code, default: []].append(value) }
        }
        let standard = assessor.standard
        var classes: [ParameterClass] = []
        var notAssessed: [String] = []
        for (code, measured) in values {
            guard let item = standard.item(for: code, in: assessor.waterBody), item.kind != .narrative,
                  let judged = judge(measured, item: item, parameter: code)
            else {
                notAssessed.append(code)
                continue
            }
            classes.append(judged)
        }
        let order = Dictionary(standard.items.enumerated().map { ($1.parameter, $0) }, uniquingKeysWith: min)
        classes.sort { (order[$0.parameter] ?? .max, $0.parameter) < (order[$1.parameter] ?? .max, $1.parameter) }
        return ClassAssessor.combine(classes, notAssessed: notAssessed.sorted(), in: standard)
    }

    private func judge(_ measured: [MeasuredValue], item: WaterQualityStandard.Item, parameter: String) -> ParameterClass? {
        if let statistic = item.statistic {
            let converted = measured.compactMap { try? $0.converted(to: item.unit) }
            guard let value = Self.percentile(converted.map(\.value), statistic.percentile),
                  let single = assessor.classify(MeasuredValue(value: value, unit: item.unit), parameter: parameter)
            else { return nil }
            return single.with(
                basis: .percentile(statistic, samples: converted.count),
                isConservative: converted.contains { $0.censoring != .none }
            )
        }
        let singles = measured.compactMap { assessor.classify($0, parameter: parameter) }
        guard let worst = singles.max(by: { $0.rank < $1.rank }) else { return nil }
        return worst.with(basis: .worstOf(samples: singles.count), isConservative: worst.isConservative)
    }

    /// The `p`-th percentile (0–100) of `values` by linear interpolation between order statistics
    /// (Hyndman & Fan definition 7): `h = (n − 1)·p/100`, `x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋])`.
    /// `nil` for no values.
    public static func percentile(_ values: [Double], _ p: Double) -> Double? {
        let sorted = values.sorted()
        guard let first = sorted.first else { return nil }
        let h = Double(sorted.count - 1) * p / 100
        let low = Int(h.rounded(.down))
        guard low + 1 < sorted.count else { return sorted.last ?? first }
        return sorted[low] + (h - Double(low)) * (sorted[low + 1] - sorted[low])
    }
}

extension ParameterClass {
    func with(basis: Basis, isConservative: Bool) -> ParameterClass {
        ParameterClass(
            parameter: parameter, measurement: measurement, rank: rank, label: label, isConservative: isConservative,
            inSampleClass: inSampleClass, verified: verified, basis: basis
        )
    }
}
