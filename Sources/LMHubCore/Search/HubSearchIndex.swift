import Foundation

/// The full-text index of the knowledge hub's items, held in memory: titles and summaries in every language,
/// tokenized by ``SearchTokenizer``, with browse filters and facet counts.
///
/// Ranking: each query term adds `idf × w / (w + 1.2)` to an item, where `w` counts the term's occurrences,
/// 3 for each in a title and 1 for each in a summary, and `idf = ln(1 + (N − n + 0.5) / (n + 0.5))` over the
/// `N` items and the `n` that contain the term (the BM25 forms of Robertson & Zaragoza, "The Probabilistic
/// Relevance Framework: BM25 and Beyond", 2009, without length normalisation: titles and summaries are short).
/// An item must have at least half the query's terms (rounded up: one of two, two of three), so that a query
/// in Thai or Chinese does not find every item sharing one character pair with it. The sum is multiplied by
/// the square of the share of query terms the item has, and by 1.5 when it has every unspaced run of the query
/// as typed (a phrase such as 湄公河水质, not just its bigrams).
public struct HubSearchIndex: Sendable {
    struct Posting: Sendable {
        let document: UInt32
        let weight: Float
    }

    struct Document: Sendable {
        let item: HubItem
        let countries: [String]
    }

    private var documents: [Document?] = []
    private var slots: [String: Int] = [:]
    private var postings: [String: [Posting]] = [:]
    private var stale = 0

    public init(items: [HubItem] = []) {
        for item in items { upsert(item) }
    }

    /// Number of items indexed.
    public var count: Int { slots.count }

    /// Every item, in the order of ``HubSearchIndex/browseOrder``.
    public var items: [HubItem] { documents.compactMap { $0?.item }.sorted(by: Self.browseOrder) }

    public func item(id: String) -> HubItem? { slots[id].flatMap { documents[$0]?.item } }

    /// Adds `item`, or replaces the item of the same id.
    public mutating func upsert(_ item: HubItem) {
        remove(id: item.id)
        let slot = documents.count
        documents.append(Document(item: item, countries: item.allCountries))
        slots[item.id] = slot
        var weights: [String: Float] = [:]
        for (text, weight) in Self.fields(of: item) {
            for token in SearchTokenizer.tokens(text) { weights[token.term, default: 0] += weight }
        }
        for (term, weight) in weights { postings[term, default: []].append(Posting(document: UInt32(slot), weight: weight)) }
    }

    /// Removes the item `id`, if indexed. Its postings stay until more than half the index is stale, then the
    /// index is rebuilt.
    public mutating func remove(id: String) {
        guard let slot = slots.removeValue(forKey: id) else { return }
        documents[slot] = nil
        stale += 1
        if stale > 64, stale > slots.count { self = HubSearchIndex(items: documents.compactMap { $0?.item }) }
    }

    /// The items that match `query` and pass `filter`, best first (by date, newest first, for an empty query),
    /// `limit` of them from `offset`, with the total and the facet counts of all that matched.
    public func search(_ query: SearchQuery, filter: HubSearchFilter = HubSearchFilter(), offset: Int = 0, limit: Int = 20) -> HubSearchResult {
        var facets = HubFacets()
        var hits: [HubSearchResult.Hit] = []
        if query.isEmpty {
            for case let document? in documents where filter.accepts(document.item, countries: document.countries) {
                facets.count(document.item, countries: document.countries)
                hits.append(.init(item: document.item, score: 0))
            }
            hits.sort { Self.browseOrder($0.item, $1.item) }
        } else {
            let (scores, matched) = score(query)
            let termCount = Float(query.terms.count)
            let needed = UInt8(min(255, (query.terms.count + 1) / 2))
            for slot in matched.indices where matched[slot] >= needed {
                guard let document = documents[slot], filter.accepts(document.item, countries: document.countries) else { continue }
                let share = Float(matched[slot]) / termCount
                var score = scores[slot] * share * share
                if !query.phrases.isEmpty, Self.contains(document.item, every: query.phrases) { score *= 1.5 }
                facets.count(document.item, countries: document.countries)
                hits.append(.init(item: document.item, score: Double(score)))
            }
            hits.sort { $0.score != $1.score ? $0.score > $1.score : Self.browseOrder($0.item, $1.item) }
        }
        let page = offset < hits.count ? Array(hits[offset..<min(hits.count, offset + max(0, limit))]) : []
        return HubSearchResult(total: hits.count, hits: page, facets: facets)
    }

    /// The items that link to `id`, with the relation each names.
    public func links(to id: String) -> [(item: HubItem, relation: HubItem.Link.Relation)] {
        documents.compactMap { $0?.item }.sorted(by: Self.browseOrder).flatMap { item in
            item.links.filter { $0.target == id }.map { (item, $0.relation) }
        }
    }

    /// Newest first by date (undated last), then by id.
    public static func browseOrder(_ a: HubItem, _ b: HubItem) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: x > y
        case (.some, nil): true
        case (nil, .some): false
        default: a.id < b.id
        }
    }

    private func score(_ query: SearchQuery) -> (scores: [Float], matched: [UInt8]) {
        var scores = [Float](repeating: 0, count: documents.count)
        var matched = [UInt8](repeating: 0, count: documents.count)
        let total = Float(slots.count)
        for term in query.terms {
            guard let list = postings[term] else { continue }
            let found = Float(list.count)
            let idf = log(1 + (total - found + 0.5) / (found + 0.5))
            for posting in list {
                let slot = Int(posting.document)
                scores[slot] += idf * posting.weight / (posting.weight + 1.2)
                matched[slot] &+= 1
            }
        }
        return (scores, matched)
    }

    private static func fields(of item: HubItem) -> [(String, Float)] {
        item.title.values.values.map { ($0, 3) } + (item.summary?.values.values.map { ($0, 1) } ?? [])
    }

    private static func contains(_ item: HubItem, every phrases: [String]) -> Bool {
        let texts = fields(of: item).map(\.0)
        return phrases.allSatisfy { phrase in texts.contains { $0.contains(phrase) } }
    }
}

/// One page of a hub search: the items, best first, the number that matched, and facet counts over them.
public struct HubSearchResult: Sendable {
    public struct Hit: Sendable {
        public let item: HubItem
        /// 0 when browsing without a query.
        public let score: Double
    }

    public let total: Int
    public let hits: [Hit]
    public let facets: HubFacets
}
