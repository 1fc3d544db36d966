/// A value as reported, possibly censored at a detection or reporting limit.
///
/// `<0.01` is `MeasuredValue(value: 0.01, censoring: .below)`: the true value lies in [0, 0.01).
/// A censored value is never treated as 0 or as the limit itself when it is judged: see ``ClassAssessor``.
public struct MeasuredValue: Sendable, Hashable, Codable {
    public var value: Double
    public var unit: MeasurementUnit
    public var censoring: Censoring

    public init(value: Double, unit: MeasurementUnit, censoring: Censoring = .none) {
        self.value = value
        self.unit = unit
        self.censoring = censoring
    }

    /// The same measurement in `target` units.
    public func converted(to target: MeasurementUnit) throws(UnitConversionError) -> MeasuredValue {
        MeasuredValue(value: try unit.convert(value, to: target), unit: target, censoring: censoring)
    }
}

/// Censoring of a reported value.
public enum Censoring: String, Sendable, Hashable, Codable {
    case none = ""
    /// Below the limit given as the value (`<0.01`, non-detect).
    case below = "<"
    /// Above the limit given as the value (`>2400`, over range).
    case above = ">"
}

extension MeasuredValue {
    /// Why this value cannot be a measurement, or `nil` when it can: a negative concentration, count or
    /// conductivity, or a pH outside 0–14 (censored values are checked at their limit). Temperatures are
    /// not checked. Readers turn the reason into an error naming the file, line and field.
    public var implausibility: String? {
        switch unit.dimension {
        case .massConcentration, .countConcentration, .conductivity, .airMassConcentration, .mixingRatio:
            value < 0 ? "\(censoring.rawValue)\(value) \(unit.rawValue) is negative; a concentration, count or conductivity cannot be" : nil
        case .acidity:
            (0...14).contains(value) ? nil : "pH \(censoring.rawValue)\(value) lies outside 0–14"
        case .temperature:
            nil
        }
    }
}
