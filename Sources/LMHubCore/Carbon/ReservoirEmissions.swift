/// G-res CO2 and CH4 of one reservoir. Fluxes are per m² of reservoir surface, g CO2e m⁻² yr⁻¹, yearly means over
/// ``lifetimeYears``; totals are over the whole surface, t CO2e.
public struct ReservoirEmissions: Sendable, Hashable, Codable {
    public let name: String
    /// The GWP set CH4 is weighted with, and the non-fossil methane GWP100 used.
    public let gwpSet: String
    public let methaneGWP: Double
    public let lifetimeYears: Double
    /// Reservoir surface, km².
    public let area: Double
    public let co2: CO2
    public let ch4: CH4
    /// Net emission at the ages of the input's profile years.
    public let profile: [ProfilePoint]
    public let characteristics: ReservoirCharacteristics
    /// MWh per year, if given.
    public let annualGeneration: Double?
    public let notes: [String]

    public struct CO2: Sendable, Hashable, Codable {
        /// Diffusion integrated over the lifetime, before any subtraction.
        public let grossDiffusion: Double
        /// The flux at the end of the lifetime, which the reservoir would emit anyway.
        public let nonAnthropogenic: Double
        /// Emissions of the flooded land before impoundment (negative for a sink: a forest).
        public let preImpoundment: Double
        /// grossDiffusion − nonAnthropogenic − preImpoundment.
        public let net: Double
    }

    public struct CH4: Sendable, Hashable, Codable {
        public let diffusion, ebullition, degassing, preImpoundment: Double
        /// diffusion + ebullition + degassing − preImpoundment.
        public let net: Double
    }

    /// Net CO2 and CH4 at `year` after impoundment, g CO2e m⁻² yr⁻¹.
    public struct ProfilePoint: Sendable, Hashable, Codable {
        public let year, co2, ch4: Double
    }

    /// Net CO2 over the whole surface, t CO2e per year (g m⁻² × km² = t).
    public var co2PerYear: Double { co2.net * area }
    /// Net CH4 over the whole surface, t CO2e per year.
    public var ch4PerYear: Double { ch4.net * area }
    /// Net CO2 over the lifetime, t CO2e (not kt: the reference package labels its kt figure "tCO2eq").
    public var co2Lifetime: Double { co2PerYear * lifetimeYears }
    /// Net CH4 over the lifetime, t CO2e.
    public var ch4Lifetime: Double { ch4PerYear * lifetimeYears }
    /// Gross surface emissions (CO2 diffusion, CH4 diffusion and ebullition; no subtraction, no degassing
    /// downstream), t CO2e per year: the boundary of Räsänen et al. (2018), for comparison with their intensities.
    public var grossSurfacePerYear: Double { (co2.grossDiffusion + ch4.diffusion + ch4.ebullition) * area }
    /// Net CO2 + CH4 per MWh generated, kg CO2e/MWh, if the generation is known.
    public var netIntensity: Double? { annualGeneration.flatMap { $0 > 0 ? (co2PerYear + ch4PerYear) * 1000 / $0 : nil } }
    /// Gross surface emissions per MWh generated, kg CO2e/MWh, if the generation is known.
    public var grossSurfaceIntensity: Double? { annualGeneration.flatMap { $0 > 0 ? grossSurfacePerYear * 1000 / $0 : nil } }
}
