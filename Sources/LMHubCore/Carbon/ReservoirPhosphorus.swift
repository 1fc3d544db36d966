import Foundation

extension GResModel {
    /// Total phosphorus entering and in the reservoir (G-res technical documentation):
    /// - load = people × 0.002 kg P/d × 365.25 × treatment share + Σ land covers' export (kg P/ha/yr) × area, over
    ///   the catchment without the reservoir (its land covers less those the reservoir flooded);
    /// - inflow concentration = load / (runoff × that area), µg/L;
    /// - retention R = 1 − 1 / (1 + 0.801·WRT); in the reservoir: inflow × (1 − R).
    /// - Throws: ``ReservoirInputError`` for a reservoir not smaller than its catchment, or an unknown treatment
    ///   or land-use intensity.
    func phosphorus(of input: ReservoirInput, residenceTime: Double)
        throws(ReservoirInputError) -> (inflow: Double, retention: Double, reservoir: Double) {
        let p = coefficients.phosphorus, catchment = input.catchment, basin = input.basin
        func fail(_ field: String, _ message: String) -> ReservoirInputError {
            ReservoirInputError(reservoir: input.name, field: field, message: message)
        }
        guard let treatment = p.treatment[catchment.wastewaterTreatment] else {
            throw fail("catchment.biogenic_factors.treatment_factor", "unknown treatment '\(catchment.wastewaterTreatment)'; known: \(p.treatment.keys.sorted().joined(separator: ", "))")
        }
        guard let exports = p.landExport[catchment.landUseIntensity] else {
            throw fail("catchment.biogenic_factors.landuse_intensity", "unknown land-use intensity '\(catchment.landUseIntensity)'; known: \(p.landExport.keys.sorted().joined(separator: ", "))")
        }
        let remainingArea = catchment.area - basin.area
        guard remainingArea > 0 else {
            throw fail("reservoir.area", "the reservoir (\(basin.area) km²) is not smaller than its catchment (\(catchment.area) km²)")
        }
        let covers = coefficients.landCovers
        let human = catchment.population * p.humanLoadPerPersonPerDay * p.daysPerYear * treatment
        var land = 0.0
        for (index, cover) in covers.enumerated() {
            let flooded = stride(from: index, to: basin.landCover.count, by: covers.count).map { basin.landCover[$0] }.reduce(0, +)
            let coverArea = catchment.landCover[index] * catchment.area - flooded * basin.area
            guard coverArea > 0 else { continue }
            let perHectare: Double
            if let regression = p.landExportRegressions[catchment.landUseIntensity]?[cover] {
                perHectare = 0.01 * pow(10, regression.a - regression.b * log10(coverArea))
            } else {
                perHectare = exports[cover] ?? 0
            }
            land += perHectare * coverArea * 100
        }
        let inflow = 1e6 * (human + land) / (1000 * catchment.runoff * remainingArea)
        let retention = 1 - 1 / (1 + coefficients.retentionCoefficient * residenceTime)
        return (inflow, retention, inflow * (1 - retention))
    }
}
