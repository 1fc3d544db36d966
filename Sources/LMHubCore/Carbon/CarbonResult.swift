/// A project's whole-life carbon: per module, gas, activity line and functional unit, under one GWP set.
/// Masses of CO2e in tonnes. Module D is reported apart and never enters ``total``.
public struct CarbonResult: Sendable, Hashable, Codable {
    public let project: Summary
    /// The GWP set every CO2e figure of the result uses, its title and whether its values were all verified.
    public let gwpSet: String
    public let gwpTitle: String
    public let gwpVerified: Bool
    /// A1–A3 to C1–C4, in module order, those with lines; each with its share of ``total``.
    public let modules: [ModuleTotal]
    /// A1–A3 to C1–C4, t CO2e. Never includes D.
    public let total: Double
    /// Module D (benefits and loads beyond the system boundary), t CO2e; 0 without D lines.
    public let moduleD: Double
    /// Per gas over A–C, and over D.
    public let gases: [GasEmission]
    public let gasesD: [GasEmission]
    public let lines: [LineResult]
    /// Total (A–C) per km, per ha, per MW, per MWh over the lifetime, per year: those the project's facts allow.
    public let functionalUnits: [FunctionalUnit]
    /// The kinds of grid electricity factor the result uses; more than one is said in ``notes``.
    public let electricityFactorTypes: [ElectricityFactorType]
    /// Ids of factors used that were not checked against their source.
    public let unverifiedFactors: [String]
    public let notes: [String]
    /// A hydropower project's reservoir emissions (G-res), if it has a reservoir.
    public let reservoir: ReservoirEmissions?

    /// The project's facts as the result restates them.
    public struct Summary: Sendable, Hashable, Codable {
        public let name: String
        public let kind: ProjectKind
        public let country: String?
        public let lengthKm, areaHa, capacityMW, lifetimeYears, annualGenerationMWh: Double?
    }

    public struct ModuleTotal: Sendable, Hashable, Codable {
        public let module: LifeCycleModule
        public let tonnesCO2e: Double
        /// Of ``CarbonResult/total`` (0–1); `nil` for D and when the total is 0.
        public let share: Double?
        public let lineCount: Int
    }

    /// The mass of one gas and its CO2e under the result's set.
    public struct GasEmission: Sendable, Hashable, Codable {
        public let gas: GreenhouseGas
        /// Mass of the gas itself, kg (for `CO2e`, of factors already in CO2e).
        public let kilograms: Double
        public let tonnesCO2e: Double
    }

    /// The total per a unit of the asset's function.
    public struct FunctionalUnit: Sendable, Hashable, Codable {
        /// `km`, `ha`, `MW`, `MWh`, `yr`.
        public let per: String
        public let value: Double
        /// `t CO2e/km`, `kg CO2e/MWh`…
        public let unit: String
        /// How it was reached (`total ÷ 12.5 km`).
        public let basis: String
    }

    /// The module's total, 0 for a module without lines.
    public func tonnes(_ module: LifeCycleModule) -> Double {
        module == .d ? moduleD : modules.first { $0.module == module }?.tonnesCO2e ?? 0
    }
}

/// One activity line's emissions.
public struct LineResult: Sendable, Hashable, Codable {
    public let line: Int
    public let module: LifeCycleModule
    public let item: String
    public let quantity: Double
    public let unit: CarbonUnit
    public let factorID: String
    public let factorName: String
    /// The factor as published (`74100 kgCO2/TJ + …`), its source and whether it was checked.
    public let factorText: String
    public let factorSource: String
    public let factorVerified: Bool
    public let electricity: ElectricityFactorType?
    /// The quantity in the factor's reference unit, and how it was converted.
    public let conversion: ActivityConversion
    public let gases: [CarbonResult.GasEmission]
    public let tonnesCO2e: Double
    /// The factor's flags, and its density's when litres were converted with it.
    public let flags: [String]
}
