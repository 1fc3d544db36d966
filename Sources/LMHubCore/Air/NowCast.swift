import Foundation

/// The PM NowCast (EPA TAD 2024 §IV "How the NowCast is calculated"; VN_AQI QĐ 1459 Công thức 2), with the
/// parameters of the scheme's data file (``AQIScheme/NowCastRule``).
///
/// Over c₁…c₁₂, the last 12 hourly means, c₁ the current hour, valid hours only:
/// - w* = c_min / c_max (= 1 − range / c_max); w = max(w*, minimum weight ½);
/// - NowCast = Σ w^(i−1)·cᵢ / Σ w^(i−1);
/// - none unless at least 2 of c₁, c₂, c₃ are valid; a missing hour weighs nothing;
/// - 0 when every valid hour is 0 (clean air, not missing data); none when c_max < 0 (the weight is undefined);
/// - VN_AQI at w = ½ writes Σ (½)^i·cᵢ, not divided by the weights (`normaliseAtMinimumWeight: false`);
/// - the result is cut to the scheme's decimals (0.1 µg/m³ PM2.5, 1 µg/m³ PM10 for EPA).
public struct NowCast: Sendable {
    public let rule: AQIScheme.NowCastRule
    private let pm25Decimals: Int?
    private let pm10Decimals: Int?

    public init(_ rule: AQIScheme.NowCastRule) {
        self.rule = rule
        pm25Decimals = rule.truncateDecimals[Pollutant.pm25.rawValue]
        pm10Decimals = rule.truncateDecimals[Pollutant.pm10.rawValue]
    }

    /// The NowCast of `window` (hourly means, newest first; `nil` for a missing or invalid hour), or `nil`
    /// where it is not defined.
    public func value(_ window: ArraySlice<Double?>, pollutant: Pollutant) -> Double? {
        let start = window.startIndex
        return value(hours: window.count, pollutant: pollutant) { window[start + $0] }
    }

    /// The NowCast of the hour `index` of `series`, read in place (no copy of the window).
    public func value(in series: HourlySeries, endingAt index: Int) -> Double? {
        guard index >= 0, index < series.count else { return nil }
        let values = series.values
        return value(hours: index + 1, pollutant: series.pollutant) { values[index - $0] }
    }

    /// The computation over `hour(0)` (the current hour) … `hour(n − 1)`, `n` = min(`hours`, the rule's hours).
    @inline(__always)
    private func value(hours available: Int, pollutant: Pollutant, hour: (Int) -> Double?) -> Double? {
        let count = min(available, rule.hours)
        var latest = 0
        for offset in 0..<min(3, count) where hour(offset) != nil { latest += 1 }
        guard latest >= rule.requiredOfLatest3 else { return nil }
        var high = -Double.infinity, low = Double.infinity
        for offset in 0..<count {
            guard let value = hour(offset) else { continue }
            high = max(high, value)
            low = min(low, value)
        }
        guard high >= 0 else { return nil }
        if high == 0 { return 0 }
        let weight = max(low / high, rule.minimumWeight)
        var numerator = 0.0, denominator = 0.0, factor = 1.0
        for offset in 0..<count {
            if let value = hour(offset) {
                numerator += factor * value
                denominator += factor
            }
            factor *= weight
        }
        let normalise = rule.normaliseAtMinimumWeight || weight > rule.minimumWeight
        let result = normalise ? numerator / denominator : numerator * weight
        let decimals = pollutant == .pm25 ? pm25Decimals : pollutant == .pm10 ? pm10Decimals : rule.truncateDecimals[pollutant.rawValue]
        guard let decimals else { return result }
        return GuardedDecimal.truncate(result, decimals: decimals)
    }
}
