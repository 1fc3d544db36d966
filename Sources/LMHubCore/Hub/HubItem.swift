import Foundation

/// A knowledge-hub item: a standard, case, publication, event, project, programme, organisation,
/// milestone, partner, dataset or piece of research, with bilingual text, a date at the precision known,
/// places, countries, the pillar and themes of the cooperation, SDGs, and links to other items, stations and
/// standards. Decodes the record format of `Resources/hub/initiative.json`.
public struct HubItem: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case standard, `case`, publication, event, project, programme, organisation, milestone, partner, dataset, research

        /// The kind a text names; the seed's American spellings (`program`, `organization`) are accepted.
        public init?(parsing text: String) {
            switch text.lowercased() {
            case "program": self = .programme
            case "organization": self = .organisation
            default: self.init(rawValue: text.lowercased())
            }
        }
    }

    /// A named place with WGS84 coordinates.
    public struct Place: Sendable, Codable, Hashable {
        public let id: String?
        public let name: LocalizedText
        /// Degrees, −90…90.
        public let lat: Double
        /// Degrees, −180…180.
        public let lon: Double
        /// ISO 3166-1 alpha-2.
        public let country: String?
    }

    /// A link from this item: to another item (`parent`, `partner`, `related`), a station, or a standard.
    public struct Link: Sendable, Codable, Hashable {
        public enum Relation: String, Sendable, Codable, CaseIterable { case parent, partner, related, station, standard }
        public let relation: Relation
        /// An item id, a station id, or a standard id.
        public let target: String
    }

    public var id: String
    public var kind: Kind
    public var title: LocalizedText
    public var summary: LocalizedText?
    public var date: PartialDate?
    public var places: [Place]
    public var countries: [String]
    /// The cooperation's pillar (`policy-dialogue`, `capacity-building`, `demonstration`, …).
    public var pillar: String?
    public var themes: [String]
    /// UN Sustainable Development Goals, 1…17.
    public var sdgs: [Int]
    /// Organisations named as partners, in the words of the source.
    public var partners: [String]
    public var links: [Link]

    public init(id: String, kind: Kind, title: LocalizedText, summary: LocalizedText? = nil, date: PartialDate? = nil,
                places: [Place] = [], countries: [String] = [], pillar: String? = nil, themes: [String] = [], sdgs: [Int] = [],
                partners: [String] = [], links: [Link] = []) {
        self.id = id
        self.kind = kind
        self.title = title
        self.summary = summary
        self.date = date
        self.places = places
        self.countries = countries
        self.pillar = pillar
        self.themes = themes
        self.sdgs = sdgs
        self.partners = partners
        self.links = links
    }

    enum CodingKeys: String, CodingKey { case id, kind, title, summary, date, places, countries, pillar, themes, sdgs, partners, links, parent }

    /// Reads an item; a `kind` that is not one of ``Kind`` and a malformed `date` are decoding errors naming
    /// the field. The seed's `parent` becomes a `parent` link.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        let kindText = try container.decode(String.self, forKey: .kind)
        guard let kind = Kind(parsing: kindText) else {
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "unknown kind '\(kindText)'")
        }
        self.kind = kind
        title = try container.decode(LocalizedText.self, forKey: .title)
        summary = try container.decodeIfPresent(LocalizedText.self, forKey: .summary)
        date = try container.decodeIfPresent(PartialDate.self, forKey: .date)
        places = try container.decodeIfPresent([Place].self, forKey: .places) ?? []
        countries = try container.decodeIfPresent([String].self, forKey: .countries) ?? []
        pillar = try container.decodeIfPresent(String.self, forKey: .pillar)
        themes = try container.decodeIfPresent([String].self, forKey: .themes) ?? []
        sdgs = try container.decodeIfPresent([Int].self, forKey: .sdgs) ?? []
        partners = try container.decodeIfPresent([String].self, forKey: .partners) ?? []
        links = try container.decodeIfPresent([Link].self, forKey: .links) ?? []
        if let parent = try container.decodeIfPresent(String.self, forKey: .parent), !links.contains(where: { $0.relation == .parent }) {
            links.insert(Link(relation: .parent, target: parent), at: 0)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind.rawValue, forKey: .kind)
        try container.encode(title, forKey: .title)
        try container.encodeIfPresent(summary, forKey: .summary)
        try container.encodeIfPresent(date, forKey: .date)
        try container.encode(places, forKey: .places)
        try container.encode(countries, forKey: .countries)
        try container.encodeIfPresent(pillar, forKey: .pillar)
        try container.encode(themes, forKey: .themes)
        try container.encode(sdgs, forKey: .sdgs)
        try container.encode(partners, forKey: .partners)
        try container.encode(links, forKey: .links)
    }
}
