import Foundation

/// The PM NowCast (EPA TAD 2024 §IV "How the NowCast is calculated"; VN_AQI QĐ 1459 Công thức 2), with the
/// parameters of the scheme's data file (``AQIScheme/NowCastRule``).
///
/// Over c₁…c₁₂, the last 12 hourly means, c₁ the current hour, valid hours only:
/// - w* = c_min / c_max (= 1 − range / c_max); w = max(w*, minimum weight ½);
/// - NowCast = Σ w^(i−1)·cᵢ / Σ w^(i−1);
/// - none unless at least 2 of c₁, c₂, c₃ are valid; a missing hour weighs nothing;
/// - none when c_max ≤ 0 (the weight is undefined);
/// - VN_AQI at w = ½ writes Σ (½)^i·cᵢ, not divided by the weights (`normaliseAtMinimumWeight: false`);
/// - the result is cut to the scheme's decimals (0.1 µg/m³ PM2.5, 1 µg/m³ PM10 for EPA).
public struct NowCast: Sendable {
    public let rule: AQIScheme.NowCastRule

    public init(_ rule: AQIScheme.NowCastRule) {
        self.rule = rule
    }

    /// The NowCast of `window` (hourly means, newest first; `nil` for a missing or invalid hour), or `nil`
    /// where it is not defined.
    public func value(_ window: ArraySlice<Double?>, pollutant: Pollutant) -> Double? {
        let hours = window.prefix(rule.hours)
        guard hours.prefix(3).compactMap({ $0 }).count >= rule.requiredOfLatest3 else { return nil }
        let valid = hours.compactMap { $0 }
        guard let high = valid.max(), let low = valid.min(), high > 0 else { return nil }
        let weight = max(low / high, rule.minimumWeight)
        var numerator = 0.0, denominator = 0.0, factor = 1.0
        for value in hours {
            if let value {
                numerator += factor * value
                denominator += factor
            }
            factor *= weight
        }
        let normalise = rule.normaliseAtMinimumWeight || weight > rule.minimumWeight
        let result = normalise ? numerator / denominator : numerator * weight
        guard let decimals = rule.truncateDecimals[pollutant.rawValue] else { return result }
        return GuardedDecimal.truncate(result, decimals: decimals)
    }
}
