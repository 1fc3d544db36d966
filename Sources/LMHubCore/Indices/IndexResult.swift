/// One computed value of an index — a CCME WQI or MRC WQI of a station-year, a Freshwater Health Index
/// component, an SDG goal score — in one shape, whatever the index.
///
/// `value` is on the index's own scale (``IndexDefinition/scale``: 0–100 for CCME, FHI and SDG, 0–10 for
/// MRC); `nil` means *not assessed* (never 0, never the top of the scale) and `notes` say why.
/// Values are kept unrounded; rounding is for display.
public struct IndexResult: Sendable, Hashable, Codable {
    /// The ``IndexDefinition/id`` of the index this is a value of (`ccme-wqi-1.0`, `fhi-2020`, `sdr-2023`).
    public let index: String
    /// What was assessed: a station-year, a basin, a country, a goal.
    public let subject: String
    public let value: Double?
    /// The rating band of `value`, if the index has bands (CCME "Good", an SDG dashboard colour).
    public let band: Band?
    /// The parts the value is made of (CCME F1–F3, FHI indicators, SDG goals), in the index's order.
    public let components: [Component]
    /// How much of what the index asks for had data.
    public let coverage: Coverage?
    /// Whether every constant this value rests on was checked against its source.
    public let verified: Bool
    /// The document the formula comes from.
    public let source: String
    public let notes: [String]

    public init(index: String, subject: String, value: Double?, band: Band? = nil, components: [Component] = [],
                coverage: Coverage? = nil, verified: Bool, source: String, notes: [String] = []) {
        self.index = index
        self.subject = subject
        self.value = value
        self.band = band
        self.components = components
        self.coverage = coverage
        self.verified = verified
        self.source = source
        self.notes = notes
    }

    /// A band of a value: its name, its rank among the index's bands (1 = best) and, where the index
    /// publishes one, its colour name (`green`, `yellow`, `orange`, `red` for SDG dashboards).
    public struct Band: Sendable, Hashable, Codable {
        public let name: LocalizedText
        public let rank: Int
        public let colour: String?

        public init(name: LocalizedText, rank: Int, colour: String? = nil) {
            self.name = name
            self.rank = rank
            self.colour = colour
        }
    }

    /// One part of a value: an id, a name, its own value (`nil` = not assessed) and its weight in the whole
    /// (`nil` where the index does not weight its parts).
    public struct Component: Sendable, Hashable, Codable {
        public let id: String
        public let name: LocalizedText?
        public let value: Double?
        public let weight: Double?

        public init(id: String, name: LocalizedText? = nil, value: Double?, weight: Double? = nil) {
            self.id = id
            self.name = name
            self.value = value
            self.weight = weight
        }
    }

    /// `used` of `expected` inputs had data (variables, indicators, goals).
    public struct Coverage: Sendable, Hashable, Codable {
        public let used: Int
        public let expected: Int

        public init(used: Int, expected: Int) {
            self.used = used
            self.expected = expected
        }
    }
}
