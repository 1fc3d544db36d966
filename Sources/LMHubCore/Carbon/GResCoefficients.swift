/// The constants of the G-res model (Prairie et al. 2021 and the G-res technical documentation), as data in
/// `Resources/carbon/gres-2021.json`: the regression coefficients of each emission pathway, the constants of the
/// appendix equations (temperatures, densities, thermocline, littoral zone) and the land-cover tables
/// (phosphorus exports, pre-impoundment emissions).
public struct GResCoefficients: Sendable, Hashable, Codable {
    public let id: String
    public let title: String
    public let source: String
    public let verified: Bool
    /// Years the emissions are integrated over (100).
    public let lifetimeYears: Double
    /// The GWP set G-res publishes its results with (AR5 with climate-carbon feedback: CH4 = 34).
    public let referenceGWPSet: String
    /// The 9 land covers in the order of the input vectors.
    public let landCovers: [String]
    /// The 3 soil types in the order of the 27 reservoir fractions (9 land covers each).
    public let soilTypes: [String]
    public let co2Diffusion: CO2Diffusion
    public let ch4Diffusion: CH4Diffusion
    public let ch4Ebullition: Ebullition
    public let ch4Degassing: Degassing
    public let effectiveTemperature: EffectiveTemperature
    /// Depth of the littoral zone, m.
    public let littoralDepth: Double
    /// Above this latitude (north or south) the radiance of the warm season is used instead of the annual mean.
    public let radianceLatitude: Double
    public let riverWidth: PowerLaw
    public let bottomTemperature: BottomTemperature
    public let waterDensity: WaterDensity
    public let airDensity: AirDensity
    public let dragCoefficient: DragCoefficient
    public let thermocline: Thermocline
    /// Empirical retention of solutes: R = 1 − 1 / (1 + c·WRT).
    public let retentionCoefficient: Double
    public let phosphorus: Phosphorus
    public let preImpoundment: PreImpoundment
    /// The input ranges G-res's regressions assume, each with its reason.
    public let inputRanges: InputRanges
    /// The biomes a catchment may name (`catchment.biogenic_factors.biome`).
    public let biomes: Biomes

    /// The bundled coefficients.
    /// - Throws: ``StandardFileError`` when the file is missing or malformed.
    public static func bundled() throws -> GResCoefficients {
        try CarbonBundle.load("gres-2021")
    }

    /// log10 flux = k1 + k2·log10(age) + k3·T_eff + k4·log10(area km²) + k5·soil C (kg/m²) + k6·log10(TP µg/L),
    /// in mg CO2-C m⁻² d⁻¹.
    public struct CO2Diffusion: Sendable, Hashable, Codable {
        public let k1, k2, k3, k4, k5, k6, daysPerYear: Double
        public let source: String
    }

    /// log10 flux = k1 + k2·age + k3·log10(littoral fraction) + k4·T_eff, in mg CH4-C m⁻² d⁻¹.
    public struct CH4Diffusion: Sendable, Hashable, Codable {
        public let k1, k2, k3, k4, daysPerYear: Double
        public let source: String
    }

    /// log10 flux = k1 + k2·log10(littoral fraction) + k3·global radiance, in mg CH4-C m⁻² d⁻¹.
    public struct Ebullition: Sendable, Hashable, Codable {
        public let k1, k2, k3, daysPerYear: Double
        public let source: String
    }

    /// log10 ΔCH4 (mg CH4-C/L) = k1 + k2·log10(WRT) + k3·log10(integrated CH4 diffusion); k4 the yearly decay
    /// (log10 units) of the degassing profile; `outflowFraction` of the concentration difference degasses.
    public struct Degassing: Sendable, Hashable, Codable {
        public let k1, k2, k3, k4, outflowFraction: Double
        /// Types for which degassing is counted when the depth of the water intake is not given.
        public let reservoirTypesWithoutIntakeDepth: [String]
        public let source: String
    }

    /// T_eff = log10(mean over months of 10^(k·max(T, floor))) / k.
    public struct EffectiveTemperature: Sendable, Hashable, Codable {
        public let co2, ch4, floor: Double
        public let source: String
    }

    /// y = coefficient × x^exponent.
    public struct PowerLaw: Sendable, Hashable, Codable {
        public let coefficient, exponent: Double
        public let source: String
    }

    /// Hypolimnion temperature from the coldest month's mean air temperature, two lines split at `threshold`.
    public struct BottomTemperature: Sendable, Hashable, Codable {
        public let threshold, warmSlope, warmIntercept, coldSlope, coldIntercept: Double
        public let source: String
    }

    /// ρ = 1000·(1 − (T + a) / (b·(T + c)) · (T − d)²), kg/m³.
    public struct WaterDensity: Sendable, Hashable, Codable {
        public let a, b, c, d: Double
        public let source: String
    }

    /// ρ_air = pressure / (R·(T + 273.15)), kg/m³.
    public struct AirDensity: Sendable, Hashable, Codable {
        public let pressure, gasConstant: Double
        public let source: String
    }

    /// Wind drag coefficient: `below` under `windThreshold` m/s, `above` from it.
    public struct DragCoefficient: Sendable, Hashable, Codable {
        public let windThreshold, below, above: Double
        public let source: String
    }

    /// Gorham and Boyce (1989) thermocline depth, or Hanna (1990) without wind data.
    public struct Thermocline: Sendable, Hashable, Codable {
        public let gravity, minimumDensityDifference: Double
        public let warmestMonths: Int
        public let hannaCoefficient, hannaExponent: Double
        public let source: String
    }

    /// Phosphorus loading of the reservoir from people and land.
    public struct Phosphorus: Sendable, Hashable, Codable {
        /// kg P per person per day before treatment.
        public let humanLoadPerPersonPerDay: Double
        public let daysPerYear: Double
        /// Share of the human load that reaches the reservoir, by wastewater treatment.
        public let treatment: [String: Double]
        /// kg P/ha/yr by land-use intensity and land cover.
        public let landExport: [String: [String: Double]]
        /// Exports computed from the land cover's area instead of a table value, by intensity and land cover.
        public let landExportRegressions: [String: [String: Regression]]
        public let source: String

        /// export = 0.01 × 10^(a − b·log10(area km²)) kg P/ha/yr.
        public struct Regression: Sendable, Hashable, Codable {
            public let a, b: Double
        }
    }

    /// Emission factors of the inundated area before impoundment, by climate, soil type and land cover:
    /// CO2 in t CO2-C/ha/yr, CH4 in kg CH4/ha/yr.
    public struct PreImpoundment: Sendable, Hashable, Codable {
        public let co2: [String: [String: [String: Double]]]
        public let ch4: [String: [String: [String: Double]]]
        public let source: String
    }

    /// Ranges of inputs outside which the regressions give no meaningful flux.
    public struct InputRanges: Sendable, Hashable, Codable {
        public let monthlyTemperature: Range
    }

    /// A closed range with its unit and why it holds.
    public struct Range: Sendable, Hashable, Codable {
        public let minimum, maximum: Double
        public let unit: String
        public let reason: String

        public func contains(_ value: Double) -> Bool { value >= minimum && value <= maximum }
    }

    /// The known biome names, with their source.
    public struct Biomes: Sendable, Hashable, Codable {
        public let names: [String]
        public let source: String
        public let verified: Bool
    }
}
