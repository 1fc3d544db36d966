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
