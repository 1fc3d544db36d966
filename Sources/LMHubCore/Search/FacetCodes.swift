/// The browse values of the hub's items (`kind=event`, `country=LA`, `sdg=6`, …) numbered, so that filtering
/// and facet counting compare small integers instead of hashing text for every item.
struct FacetCodes: Sendable {
    private(set) var names: [(key: String, value: String)] = []
    private var codes: [String: UInt32] = [:]

    /// The facet values of `item`: its kind, every country (its own and its places'), SDGs, year, pillar and themes.
    static func values(of item: HubItem) -> [(key: String, value: String)] {
        var values = [("kind", item.kind.rawValue)] + item.allCountries.map { ("country", $0) }
        values += Set(item.sdgs).sorted().map { ("sdg", String($0)) } + Set(item.themes).sorted().map { ("theme", $0) }
        if let date = item.date { values.append(("year", String(date.year))) }
        if let pillar = item.pillar { values.append(("pillar", pillar)) }
        return values
    }

    /// The code of a value, numbering it if new.
    mutating func code(_ key: String, _ value: String) -> UInt32 {
        let name = key + "=" + value
        if let code = codes[name] { return code }
        let code = UInt32(names.count)
        codes[name] = code
        names.append((key, value))
        return code
    }

    func existing(_ key: String, _ value: String) -> UInt32? { codes[key + "=" + value] }

    /// The codes an item must have to pass `filter`, or `nil` when one of its values is on no item at all.
    func required(by filter: HubSearchFilter) -> [UInt32]? {
        let wanted: [(String, String?)] = [
            ("kind", filter.kind?.rawValue), ("country", filter.country), ("sdg", filter.sdg.map(String.init)),
            ("year", filter.year.map(String.init)), ("pillar", filter.pillar), ("theme", filter.theme),
        ]
        var required: [UInt32] = []
        for case let (key, value?) in wanted {
            guard let code = existing(key, value) else { return nil }
            required.append(code)
        }
        return required
    }

    /// Facet counts from a count per code.
    func facets(from counts: [Int32]) -> HubFacets {
        var facets = HubFacets()
        for (code, count) in counts.enumerated() where count > 0 {
            let (key, value) = names[code]
            facets.set(key, value, Int(count))
        }
        return facets
    }
}
