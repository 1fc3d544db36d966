/// A sharp objective, the univariate target of the Ecosystem Service Indicator and of the FHI water-quality
/// sub-indicator (ESI paper, Environmental Management 2021, doi 10.1007/s00267-021-01559-7; the CCME WQI's
/// excursion rules): a value must not fall below `minimum`, must not exceed `maximum`, or must stay in the range
/// between them. A value exactly at the objective meets it.
///
/// The FHI Toolbox writes these as functions: its `<` is a minimum here (non-compliant when the value is below
/// it), its `>` a maximum (non-compliant above), its `<>` a range.
///
/// Excursion of a value that misses the objective: `value / maximum − 1` above a maximum, `minimum / value − 1`
/// below a minimum (0 when it meets it).
public struct SharpObjective: Sendable, Hashable, Codable {
    public let minimum: Double?
    public let maximum: Double?

    /// - Throws: ``FHIInputError`` when neither bound is given, a bound is not a positive finite number (an
    ///   excursion divides by it, or by a value below it), or the minimum is above the maximum.
    public init(minimum: Double? = nil, maximum: Double? = nil) throws(FHIInputError) {
        guard minimum != nil || maximum != nil else {
            throw FHIInputError(field: "objective", message: "an objective needs a minimum, a maximum or both")
        }
        for (name, bound) in [("minimum", minimum), ("maximum", maximum)] {
            if let bound, !(bound.isFinite && bound > 0) {
                throw FHIInputError(field: "objective.\(name)", message: "must be a positive number (an excursion divides by it), found \(bound)")
            }
        }
        if let minimum, let maximum, minimum > maximum {
            throw FHIInputError(field: "objective", message: "the minimum \(minimum) is above the maximum \(maximum)")
        }
        self.minimum = minimum
        self.maximum = maximum
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(minimum: container.decodeIfPresent(Double.self, forKey: .minimum),
                          maximum: container.decodeIfPresent(Double.self, forKey: .maximum))
        } catch let error as FHIInputError {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    /// Whether `value` misses the objective.
    public func misses(_ value: Double) -> Bool {
        (minimum.map { value < $0 } ?? false) || (maximum.map { value > $0 } ?? false)
    }

    /// How far `value` misses the objective (0 when it meets it).
    /// - Throws: ``FHIInputError`` for a value of 0 or less below a minimum: `minimum / value − 1` is undefined
    ///   there (the Toolbox replaces 0 with 0.00001, which makes the excursion 10⁵ × the minimum); give the
    ///   detection limit instead.
    public func excursion(of value: Double) throws(FHIInputError) -> Double {
        if let maximum, value > maximum { return value / maximum - 1 }
        if let minimum, value < minimum {
            guard value > 0 else {
                throw FHIInputError(field: "", message: "a value of \(value) under the minimum \(minimum) has no excursion (minimum / value − 1); give the detection limit instead of \(value)")
            }
            return minimum / value - 1
        }
        return 0
    }

    /// `≥ 4`, `≤ 2`, `4–6`: the values that meet the objective.
    public var text: String {
        switch (minimum, maximum) {
        case let (low?, high?): "\(Self.number(low))–\(Self.number(high))"
        case let (low?, nil): "≥ \(Self.number(low))"
        case let (nil, high?): "≤ \(Self.number(high))"
        case (nil, nil): ""
        }
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
