/// Conservation and cultural heritage areas (Ecosystem Services, cultural): the protected share of the basin
/// against a target (FHI Toolbox 1.1 `ConservationAreaIndicator`; targets in
/// `Resources/fhi/conservation-area-targets.json`):
///
///     score = min(100, 100 × protected % / target %),   protected % = 100 × protected / total
///
/// by area (default target 20 %) or by river length (default 17 %).
public struct ConservationArea: Sendable, Hashable, Codable {
    public enum Measure: String, Sendable, Hashable, Codable {
        case area
        case riverLength
    }

    public let measure: Measure
    /// Protected area or river length, in the unit of `total`.
    public let protected: Double
    /// The basin's area or river length.
    public let total: Double
    /// The target share in percent; `nil` for the default of `measure`.
    public let targetPercent: Double?

    public init(measure: Measure, protected: Double, total: Double, targetPercent: Double? = nil) {
        self.measure = measure
        self.protected = protected
        self.total = total
        self.targetPercent = targetPercent
    }

    /// - Throws: ``FHIInputError`` for a total that is not positive, a protected amount below 0 or above the
    ///   total, or a target outside (0, 100].
    public func compute(targets: ConservationTargets, rounding: FHIRounding = .unrounded) throws(FHIInputError) -> ConservationAreaResult {
        guard total.isFinite, total > 0 else { throw FHIInputError(field: "total", message: "the total is a positive number, found \(total)") }
        guard protected.isFinite, protected >= 0, protected <= total else {
            throw FHIInputError(field: "protected", message: "the protected \(measure == .area ? "area" : "length") is 0 to the total \(total), found \(protected)")
        }
        let target = targetPercent ?? (measure == .area ? targets.areaTargetPercent : targets.lengthTargetPercent)
        guard target.isFinite, target > 0, target <= 100 else {
            throw FHIInputError(field: "targetPercent", message: "a target is a share above 0 and up to 100 %, found \(target)")
        }
        let share = 100 * protected / total
        return ConservationAreaResult(measure: measure, protectedPercent: share, targetPercent: target,
                                      value: rounding.apply(min(100, 100 * share / target)), verified: targets.verified && targetPercent == nil)
    }
}

/// The default targets (`Resources/fhi/conservation-area-targets.json`).
public struct ConservationTargets: Sendable, Hashable, Codable {
    public let id: String
    public let source: String
    public let verified: Bool
    public let areaTargetPercent: Double
    public let lengthTargetPercent: Double

    /// - Throws: ``StandardFileError`` when the file is missing or malformed.
    public static func bundled() throws -> ConservationTargets {
        try FHIResources.load("conservation-area-targets")
    }
}

public struct ConservationAreaResult: Sendable, Hashable, Codable {
    public let measure: ConservationArea.Measure
    public let protectedPercent: Double
    public let targetPercent: Double
    /// 0–100.
    public let value: Double
    /// Whether the target is the bundled default, itself verified against its source.
    public let verified: Bool
}
