/// An emission factor: the mass of each gas emitted per unit of a reference quantity, with where it comes from.
///
/// A factor is always *per* something (``per``): a value without a reference unit is a total, not a factor, and
/// is refused where factors are read (hyperledger-labs/blockchain-carbon-accounting#584). Fuel factors carry the
/// net calorific value and, for liquids, the density that turn a mass or a volume of fuel into energy.
public struct EmissionFactor: Sendable, Hashable, Codable, Identifiable {
    /// `ipcc2006.gas-diesel-oil.stationary`, `defra2023.freight.hgv-articulated-average`, `grid.vnm.2023.cm.dcc`;
    /// for a literal factor of a project line, `line N`.
    public let id: String
    public let name: String
    public let category: Category
    /// The reference quantity's unit.
    public let per: CarbonUnit
    public let amounts: [Amount]
    /// For CO2e amounts: the GWP set the source weighted the gases with (`ar5`, `ar6`…); `nil` when the source
    /// does not say.
    public let gwpSet: String?
    /// Net calorific value, MJ/kg (numerically TJ/Gg, as IPCC tabulates it).
    public let netCalorificValue: Double?
    /// Density of a liquid fuel, kg/L.
    public let density: Double?
    /// A suspicion about ``density``, shown on every line whose litres it converts.
    public let densityFlag: String?
    public let source: Source
    /// Suspicions about the value, shown wherever the factor is used.
    public let flags: [String]
    /// What the value covers or leaves out (a fuel mix, T&D losses not included, how a split was derived).
    public let note: String?
    /// For grid electricity: which kind of factor this is. Kinds are never mixed silently.
    public let electricity: ElectricityFactorType?
    /// ISO 3166-1 alpha-3 code or region name (`UK`, `US`, `Other`), where the factor is regional.
    public let region: String?

    public init(id: String, name: String, category: Category, per: CarbonUnit, amounts: [Amount], gwpSet: String? = nil,
                netCalorificValue: Double? = nil, density: Double? = nil, densityFlag: String? = nil, source: Source, flags: [String] = [], note: String? = nil,
                electricity: ElectricityFactorType? = nil, region: String? = nil) {
        self.id = id
        self.name = name
        self.category = category
        self.per = per
        self.amounts = amounts
        self.gwpSet = gwpSet
        self.netCalorificValue = netCalorificValue
        self.density = density
        self.densityFlag = densityFlag
        self.source = source
        self.flags = flags
        self.note = note
        self.electricity = electricity
        self.region = region
    }

    public enum Category: String, Sendable, Hashable, Codable, CaseIterable {
        case fuel, freight, electricity, material, reservoir, other
    }

    /// The mass of one gas per reference unit: `value` in `mass` (g, kg or t) of `gas`.
    public struct Amount: Sendable, Hashable, Codable {
        public let gas: GreenhouseGas
        public let value: Double
        public let mass: CarbonUnit

        public init(gas: GreenhouseGas, value: Double, mass: CarbonUnit = .kilogram) {
            self.gas = gas
            self.value = value
            self.mass = mass
        }

        /// Kilograms of the gas per reference unit.
        public var kilograms: Double { value * mass.inBaseUnits }
    }

    /// Where a factor comes from: the document and its table, the year the factor is for, the licence it is
    /// published under, and whether LMHub checked the value against that source.
    public struct Source: Sendable, Hashable, Codable {
        public let document: String
        public let table: String?
        public let year: Int?
        public let licence: String
        public let verified: Bool

        public init(document: String, table: String? = nil, year: Int? = nil, licence: String, verified: Bool) {
            self.document = document
            self.table = table
            self.year = year
            self.licence = licence
            self.verified = verified
        }
    }

    /// `74100 kgCO2/TJ + 10 kgCH4/TJ + 0.6 kgN2O/TJ`.
    public var unitText: String {
        amounts.map { "\(Self.number($0.value)) \($0.mass.symbol)\($0.gas.rawValue)/\(per.symbol)" }.joined(separator: " + ")
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}

/// The kind of a grid electricity factor. They answer different questions and are never added up in one result
/// without the result saying so.
public enum ElectricityFactorType: String, Sendable, Hashable, Codable, CaseIterable {
    /// CDM tool combined margin (operating and build margin): for project baselines and avoided emissions.
    case combinedMargin = "combined margin"
    /// Average emissions of generation: for a location-based Scope 2 inventory.
    case generationAverage = "generation average"
    /// Emissions per unit consumed: includes transmission and distribution losses, or a consumption-based
    /// (flow-traced) mix.
    case consumption
}
