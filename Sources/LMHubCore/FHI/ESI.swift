/// The Ecosystem Service Indicator (ESI) of the FHI's provisioning and regulating services (water supply
/// reliability, biomass, sediment, water-quality, disease and flood regulation): a basin is split into spatial
/// units, the evaluation period into instances, and demand is tested in each (FHI manual, Ecosystem Services /
/// Provisioning and Regulating / Calculation; ESI paper, Environmental Management 2021,
/// doi 10.1007/s00267-021-01559-7):
///
///     F1 = 100 × spatial units missing the demand at least once / spatial units
///     F2 = 100 × instances missing it / instances            (pooled over the units)
///     nse = Σ excursions / instances,  F3 = 100 × nse / (nse + 1)
///     ESI = 100 − F1  |  100 − √(F1 · F2)  |  100 − √(F1 · F3)
///
/// The evidence level picks the formula: F1 alone when only compliance per unit is known, F1 + F2 with
/// compliance per instance, F1 + F3 with excursions (fuzzy, given; or sharp, from values and a
/// ``SharpObjective``). The FHI Toolbox ranks these as high, medium and low uncertainty.
public struct EcosystemServiceIndicator: Sendable, Hashable, Codable {
    /// Which factors are combined.
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case f1 = "F1", f2 = "F2", f3 = "F3"

        public static func < (lhs: Level, rhs: Level) -> Bool {
            allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
        }
    }

    public let spatialUnits: [ESISpatialUnit]
    /// The factors to combine; `nil` for the richest every unit's evidence supports.
    public let level: Level?

    public init(spatialUnits: [ESISpatialUnit], level: Level? = nil) {
        self.spatialUnits = spatialUnits
        self.level = level
    }

    /// - Parameter rounding: ``FHIRounding/toolbox`` rounds F1, F2 and F3 to integers before combining them
    ///   and rounds the ESI, as the FHI Toolbox 1.1 does; the default keeps full precision.
    /// - Throws: ``FHIInputError`` for no spatial units, a level some unit's evidence cannot support (F3 asked
    ///   of a unit with only compliance flags), or a unit whose series cannot be used.
    public func compute(rounding: FHIRounding = .unrounded) throws(FHIInputError) -> ESIResult {
        guard let supported = spatialUnits.map(\.level).min() else {
            throw FHIInputError(field: "spatialUnits", message: "an ESI needs at least one spatial unit")
        }
        let chosen = level ?? supported
        if chosen > supported, let weak = spatialUnits.firstIndex(where: { $0.level < chosen }) {
            throw FHIInputError(field: "spatialUnits[\(weak)]", message:
                "level \(chosen.rawValue) needs \(chosen == .f3 ? "excursions, or values with an objective," : "per-instance compliance") "
                + "for every spatial unit; '\(spatialUnits[weak].name)' supports only \(spatialUnits[weak].level.rawValue)")
        }
        var failedUnits = 0, instances = 0, failedInstances = 0, excursions = 0.0
        for (index, unit) in spatialUnits.enumerated() {
            let series: [(missed: Bool, excursion: Double)]?
            do { series = try unit.instances() } catch { throw error.within("spatialUnits[\(index)]") }
            guard let series else {
                if case .met(false) = unit.evidence { failedUnits += 1 }
                continue
            }
            let missed = series.filter(\.missed).count
            if missed > 0 { failedUnits += 1 }
            instances += series.count
            failedInstances += missed
            excursions += series.reduce(0) { $0 + $1.excursion }
        }
        let f1 = rounding.apply(100 * Double(failedUnits) / Double(spatialUnits.count))
        let pooled = chosen >= .f2 && instances > 0
        let f2 = pooled ? rounding.apply(100 * Double(failedInstances) / Double(instances)) : nil
        let nse = chosen == .f3 && instances > 0 ? excursions / Double(instances) : nil
        guard nse?.isFinite ?? true else {
            throw FHIInputError(field: "spatialUnits", message: "the excursions are too large to sum")
        }
        let f3 = nse.map { rounding.apply(100 * $0 / ($0 + 1)) }
        let value: Double
        switch chosen {
        case .f1: value = 100 - f1
        case .f2: value = rounding.apply(100 - (f1 * (f2 ?? 0)).squareRoot())
        case .f3: value = rounding.apply(100 - (f1 * (f3 ?? 0)).squareRoot())
        }
        return ESIResult(level: chosen, spatialUnits: spatialUnits.count, failedSpatialUnits: failedUnits,
                         instances: pooled ? instances : nil, failedInstances: pooled ? failedInstances : nil,
                         normalizedSumOfExcursions: nse, f1: f1, f2: f2, f3: f3, value: value, rounding: rounding)
    }
}

/// A computed ESI with its terms: F2 at levels F2 and F3 (pooled instances), F3 and nse at level F3 only.
public struct ESIResult: Sendable, Hashable, Codable {
    public let level: EcosystemServiceIndicator.Level
    public let spatialUnits: Int
    public let failedSpatialUnits: Int
    public let instances: Int?
    public let failedInstances: Int?
    /// nse: Σ excursions / instances.
    public let normalizedSumOfExcursions: Double?
    public let f1: Double
    public let f2: Double?
    public let f3: Double?
    /// 0–100.
    public let value: Double
    public let rounding: FHIRounding
}
