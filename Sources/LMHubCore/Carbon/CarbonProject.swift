/// An infrastructure project to account for: its facts and its activity lines.
public struct CarbonProject: Sendable, Hashable, Codable {
    public let name: String
    public let kind: ProjectKind
    /// ISO 3166-1 code of the country.
    public let country: String?
    /// Route length, km (roads, railways, power lines).
    public let lengthKm: Double?
    /// Site area, ha (industrial parks).
    public let areaHa: Double?
    /// Installed capacity, MW (power plants).
    public let capacityMW: Double?
    /// Service life the use-stage lines were entered for, years.
    public let lifetimeYears: Double?
    /// Electricity generated, MWh per year (power plants), for results per MWh over the lifetime.
    public let annualGenerationMWh: Double?
    /// The GWP set's id (`ar5`…); `nil` for the default (``GWPCatalog/defaultSet``).
    public let gwpSet: String?
    /// Where the lines were read from, for errors.
    public let file: String?
    public let lines: [ActivityLine]
    /// A hydropower project's reservoir: its G-res net emissions enter B1–B5 over the lifetime.
    public let reservoir: ReservoirInput?

    public init(name: String, kind: ProjectKind, country: String? = nil, lengthKm: Double? = nil, areaHa: Double? = nil,
                capacityMW: Double? = nil, lifetimeYears: Double? = nil, annualGenerationMWh: Double? = nil, gwpSet: String? = nil,
                file: String? = nil, lines: [ActivityLine], reservoir: ReservoirInput? = nil) {
        self.name = name
        self.kind = kind
        self.country = country
        self.lengthKm = lengthKm
        self.areaHa = areaHa
        self.capacityMW = capacityMW
        self.lifetimeYears = lifetimeYears
        self.annualGenerationMWh = annualGenerationMWh
        self.gwpSet = gwpSet
        self.file = file
        self.lines = lines
        self.reservoir = reservoir
    }
}

/// The kinds of infrastructure LMHub accounts for.
public enum ProjectKind: String, Sendable, Hashable, Codable, CaseIterable {
    case road, railway
    case industrialPark = "industrial park"
    case hydropower
    /// Power lines and substations.
    case grid
    case other

    /// Reads `industrial park`, `industrial-park`, `industrial_park` and the other kinds, case-insensitive.
    public init?(parsing text: String) {
        let normal = text.lowercased().replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        guard let kind = ProjectKind(rawValue: normal) else { return nil }
        self = kind
    }
}

/// One activity of a project: a quantity in a life-cycle module, and the factor it is multiplied by.
public struct ActivityLine: Sendable, Hashable, Codable {
    /// The line of the project file (1-based; 0 where the line did not come from a file).
    public let line: Int
    public let module: LifeCycleModule
    public let item: String
    public let quantity: Double
    public let unit: CarbonUnit
    public let factor: FactorReference
    /// The document a literal factor comes from (required for literals); a note for a library factor.
    public let source: String?

    public init(line: Int, module: LifeCycleModule, item: String, quantity: Double, unit: CarbonUnit, factor: FactorReference, source: String?) {
        self.line = line
        self.module = module
        self.item = item
        self.quantity = quantity
        self.unit = unit
        self.factor = factor
        self.source = source
    }
}

/// A line's factor: an id of the ``FactorLibrary`` or a literal value written on the line.
public enum FactorReference: Sendable, Hashable, Codable {
    case library(String)
    case literal(EmissionFactor)
}
