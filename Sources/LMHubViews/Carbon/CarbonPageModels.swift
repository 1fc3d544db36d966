import LMHubCore

/// What the carbon overview `/carbon` shows: every stored project with its totals, the scenario groups side by
/// side, the GWP set in force.
public struct CarbonOverviewModel: Sendable {
    /// One stored project: its facts, and its result or why it cannot be accounted under the set asked for.
    public struct Project: Sendable {
        public let id: String
        public let name: String
        public let kind: ProjectKind
        public let country: String?
        public let lengthKm, areaHa, capacityMW, lifetimeYears: Double?
        public let result: CarbonResult?
        public let problem: String?

        public init(id: String, name: String, kind: ProjectKind, country: String?, lengthKm: Double?, areaHa: Double?, capacityMW: Double?,
                    lifetimeYears: Double?, result: CarbonResult?, problem: String?) {
            self.id = id
            self.name = name
            self.kind = kind
            self.country = country
            self.lengthKm = lengthKm
            self.areaHa = areaHa
            self.capacityMW = capacityMW
            self.lifetimeYears = lifetimeYears
            self.result = result
            self.problem = problem
        }
    }

    /// The designs of one project compared: their ids and labels in the comparison's order.
    public struct Comparison: Sendable {
        public let title: LocalizedText
        public let ids: [String]
        public let labels: [LocalizedText]
        public let comparison: ScenarioComparison

        public init(title: LocalizedText, ids: [String], labels: [LocalizedText], comparison: ScenarioComparison) {
            self.title = title
            self.ids = ids
            self.labels = labels
            self.comparison = comparison
        }
    }

    public let language: String
    /// The GWP set asked for (`?gwp=`); `nil` when each project is under its own.
    public let gwp: String?
    public let gwpSets: [GWPSet]
    public let projects: [Project]
    public let comparisons: [Comparison]

    public init(language: String, gwp: String?, gwpSets: [GWPSet], projects: [Project], comparisons: [Comparison]) {
        self.language = language
        self.gwp = gwp
        self.gwpSets = gwpSets
        self.projects = projects
        self.comparisons = comparisons
    }
}

/// What a project's page `/carbon/{id}` shows: its result, with the GWP set each line's CO2e rests on, the
/// published intensities a reservoir's is set beside, and the other designs when it is one of several.
public struct CarbonProjectPageModel: Sendable {
    /// The scenario group the project belongs to and the other designs in it (id, label).
    public struct Scenario: Sendable {
        public let title: LocalizedText
        public let label: LocalizedText
        public let others: [(id: String, label: LocalizedText)]

        public init(title: LocalizedText, label: LocalizedText, others: [(id: String, label: LocalizedText)]) {
            self.title = title
            self.label = label
            self.others = others
        }
    }

    public let language: String
    public let id: String
    /// The GWP set asked for (`?gwp=`); `nil` for the project's own.
    public let gwp: String?
    public let gwpSets: [GWPSet]
    public let result: CarbonResult
    /// Per line of the result: the set its CO2e rests on; `nil` for a CO2e factor whose source does not state it.
    public let lineGWP: [String?]
    public let references: [ReferenceIntensity]
    public let scenario: Scenario?

    public init(language: String, id: String, gwp: String?, gwpSets: [GWPSet], result: CarbonResult, lineGWP: [String?],
                references: [ReferenceIntensity], scenario: Scenario?) {
        self.language = language
        self.id = id
        self.gwp = gwp
        self.gwpSets = gwpSets
        self.result = result
        self.lineGWP = lineGWP
        self.references = references
        self.scenario = scenario
    }
}
