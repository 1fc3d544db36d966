/// What a hub search or browse is narrowed to; a `nil` field does not narrow.
public struct HubSearchFilter: Sendable, Hashable {
    public var kind: HubItem.Kind?
    /// ISO 3166-1 alpha-2; an item matches through its `countries` or the country of one of its places.
    public var country: String?
    public var sdg: Int?
    /// The year of the item's date.
    public var year: Int?
    public var pillar: String?
    public var theme: String?

    public init(kind: HubItem.Kind? = nil, country: String? = nil, sdg: Int? = nil, year: Int? = nil, pillar: String? = nil, theme: String? = nil) {
        self.kind = kind
        self.country = country
        self.sdg = sdg
        self.year = year
        self.pillar = pillar
        self.theme = theme
    }

    /// Whether `item` passes; `countries` are its ``HubItem/allCountries``, worked out once by the caller.
    public func accepts(_ item: HubItem, countries: [String]) -> Bool {
        if let kind, item.kind != kind { return false }
        if let country, !countries.contains(country) { return false }
        if let sdg, !item.sdgs.contains(sdg) { return false }
        if let year, item.date?.year != year { return false }
        if let pillar, item.pillar != pillar { return false }
        if let theme, !item.themes.contains(theme) { return false }
        return true
    }
}

/// How many of a result's items fall under each value of each facet, for the browse links.
public struct HubFacets: Sendable, Hashable, Encodable {
    public var kind: [String: Int] = [:]
    public var country: [String: Int] = [:]
    public var sdg: [String: Int] = [:]
    public var year: [String: Int] = [:]
    public var pillar: [String: Int] = [:]
    public var theme: [String: Int] = [:]

    /// The counts of the facet named by its query key (`kind`, `country`, `sdg`, `year`, `pillar`, `theme`).
    public func counts(of key: String) -> [String: Int] {
        switch key {
        case "kind": kind
        case "country": country
        case "sdg": sdg
        case "year": year
        case "pillar": pillar
        default: theme
        }
    }

    mutating func set(_ key: String, _ value: String, _ count: Int) {
        switch key {
        case "kind": kind[value] = count
        case "country": country[value] = count
        case "sdg": sdg[value] = count
        case "year": year[value] = count
        case "pillar": pillar[value] = count
        default: theme[value] = count
        }
    }
}

extension HubItem {
    /// The item's countries and those of its places, sorted, each once.
    public var allCountries: [String] {
        Array(Set(countries + places.compactMap(\.country))).sorted()
    }
}
