import Foundation

/// The reservoir's physical characteristics that the G-res regressions take, derived from the inputs with the
/// equations of Prairie et al. (2021), Appendix A. Values as the G-res tool reports them among its
/// intermediate results.
public struct ReservoirCharacteristics: Sendable, Hashable, Codable {
    /// Mean annual inflow = runoff × catchment area, m³/yr.
    public let discharge: Double
    /// Water residence time = volume / inflow, years.
    public let residenceTime: Double
    /// River area before impoundment = river width (5.9·A_catchment^0.32 m) × inundated length, km².
    public let riverAreaBeforeImpoundment: Double
    /// Effective temperatures for CO2 and CH4 (Eqs. A.12–A.15), °C.
    public let effectiveTemperatureCO2, effectiveTemperatureCH4: Double
    /// Share of the surface shallower than the littoral depth (Eq. A.22), %.
    public let littoralPercent: Double
    /// Radiance chosen by latitude (kWh m⁻² d⁻¹) × months above 0 °C (Eq. A.29).
    public let globalRadiance: Double
    /// Hypolimnion and epilimnion temperatures, °C, and water densities, kg/m³ (Eqs. A.2–A.4).
    public let bottomTemperature, surfaceTemperature, bottomDensity, surfaceDensity: Double
    /// Depth of the summer thermocline, m; `nil` when the water column is not stratified.
    public let thermoclineDepth: Double?
    /// Total phosphorus of the inflow and of the reservoir, µg/L, and the retention coefficient.
    public let inflowPhosphorus, retention, reservoirPhosphorus: Double
}

extension GResModel {
    /// log10 of the mean of 10^(k·T) over the months (each month at least `floor` °C), divided by k.
    func effectiveTemperature(_ temperatures: [Double], k: Double) -> Double {
        let floor = coefficients.effectiveTemperature.floor
        let mean = temperatures.map { pow(10, k * max($0, floor)) }.reduce(0, +) / Double(temperatures.count)
        return log10(mean) / k
    }

    /// Water density at `temperature` °C, kg/m³ (Eq. A.3).
    func waterDensity(_ temperature: Double) -> Double {
        let c = coefficients.waterDensity
        return 1000 * (1 - (temperature + c.a) / (c.b * (temperature + c.c)) * pow(temperature - c.d, 2))
    }

    /// The physical characteristics of `input` (its phosphorus from ``phosphorus(of:residenceTime:)``).
    /// - Throws: ``ReservoirInputError`` for inputs the equations cannot take (``validate(_:)``), a catchment that
    ///   is not larger than the reservoir, or an unknown treatment or land-use intensity.
    public func characteristics(of input: ReservoirInput) throws(ReservoirInputError) -> ReservoirCharacteristics {
        try validate(input)
        let c = coefficients, basin = input.basin, temperatures = input.monthlyTemperatures
        let discharge = 1000 * input.catchment.runoff * input.catchment.area
        let residenceTime = basin.volume / discharge
        let width = c.riverWidth.coefficient * pow(input.catchment.area, c.riverWidth.exponent)
        let littoral: Double = basin.maximumDepth < c.littoralDepth ? 100
            : max(0, 100 * (1 - pow(1 - c.littoralDepth / basin.maximumDepth, basin.maximumDepth / basin.meanDepth - 1)))
        let latitude = input.coordinates?.latitude ?? 0
        let radiance = latitude > c.radianceLatitude ? basin.radianceMayToSeptember
            : latitude < -c.radianceLatitude ? basin.radianceNovemberToMarch : basin.meanRadiance
        let coldest = temperatures.min() ?? 0
        let b = c.bottomTemperature
        let bottom = coldest > b.threshold ? b.warmSlope * coldest + b.warmIntercept : b.coldSlope * coldest + b.coldIntercept
        let warmest = temperatures.sorted(by: >).prefix(c.thermocline.warmestMonths)
        let surface = warmest.reduce(0, +) / Double(warmest.count)
        let (bottomDensity, surfaceDensity) = (waterDensity(bottom), waterDensity(surface))
        let phosphorus = try phosphorus(of: input, residenceTime: residenceTime)
        return ReservoirCharacteristics(
            discharge: discharge, residenceTime: residenceTime, riverAreaBeforeImpoundment: width * input.catchment.riverLength / 1000,
            effectiveTemperatureCO2: effectiveTemperature(temperatures, k: c.effectiveTemperature.co2),
            effectiveTemperatureCH4: effectiveTemperature(temperatures, k: c.effectiveTemperature.ch4),
            littoralPercent: littoral, globalRadiance: radiance * Double(temperatures.filter { $0 > 0 }.count),
            bottomTemperature: bottom, surfaceTemperature: surface, bottomDensity: bottomDensity, surfaceDensity: surfaceDensity,
            thermoclineDepth: thermoclineDepth(basin: basin, surfaceTemperature: surface, bottomDensity: bottomDensity, surfaceDensity: surfaceDensity),
            inflowPhosphorus: phosphorus.inflow, retention: phosphorus.retention, reservoirPhosphorus: phosphorus.reservoir)
    }

    /// Gorham and Boyce (1989): z = 2·√(C_D·ρ_air·U² / (g·Δρ)) · A^¼ (A in m²); Hanna (1990) without wind
    /// data; `nil` when the bottom water is not denser than the surface water by the minimum difference.
    func thermoclineDepth(basin: ReservoirInput.Basin, surfaceTemperature: Double, bottomDensity: Double, surfaceDensity: Double) -> Double? {
        let t = coefficients.thermocline
        guard let wind = basin.windSpeed else { return t.hannaCoefficient * pow(basin.area, t.hannaExponent) }
        guard bottomDensity > surfaceDensity + t.minimumDensityDifference else { return nil }
        let drag = wind < coefficients.dragCoefficient.windThreshold ? coefficients.dragCoefficient.below : coefficients.dragCoefficient.above
        let air = coefficients.airDensity.pressure / (coefficients.airDensity.gasConstant * (surfaceTemperature + 273.15))
        let stress = drag * air * wind * wind / (t.gravity * (bottomDensity - surfaceDensity))
        return 2 * stress.squareRoot() * pow(basin.area * 1_000_000, 0.25)
    }
}
