import Foundation

/// The full-text index of the knowledge hub's items, held in memory: titles and summaries in every language,
/// tokenized by ``SearchTokenizer``, with browse filters and facet counts.
///
/// Ranking: each query term adds `idf × w / (w + 1.2)` to an item, where `w` counts the term's occurrences,
/// 3 for each in a title and 1 for each in a summary, and `idf = ln(1 + (N − n + 0.5) / (n + 0.5))` over the
/// `N` items and the `n` that contain the term (the BM25 forms of Robertson & Zaragoza, "The Probabilistic
/// Relevance Framework: BM25 and Beyond", 2009, without length normalisation: titles and summaries are short).
/// Each word of the query, and each run of Chinese, Thai, …, is a clause, matched by an item that has at least
/// half its terms (so that a Thai or Chinese run does not find every item sharing one character pair with it);
/// an item must match at least half the clauses (rounded up: one of two, two of three). The sum is multiplied by
/// the square of the share of clauses the item matches, and by 1.5 when it has every unspaced run of three or
/// more characters of the query as typed (a phrase such as 湄公河水质, not just its bigrams; a run of two is
/// one bigram and needs no check).
public struct HubSearchIndex: Sendable {
    struct Posting: Sendable {
        let document: UInt32
        let weight: Float
    }

    /// Per slot, side by side (a removed item leaves `nil` in `items`): the item, its date as `YYYYMMDD` with
    /// 00 for a month or day not given (a year sorts before its months; 0 when undated), its facet codes.
    private var documents: [HubItem?] = []
    private var alive: [Bool] = []
    private var ids: [String] = []
    private var dateKeys: [Int32] = []
    private var facetsBySlot: [[UInt32]] = []
    private var slots: [String: Int] = [:]
    private var postings: [String: [Posting]] = [:]
    private var facetCodes = FacetCodes()
    private var stale = 0

    public init(items: [HubItem] = []) {
        for item in items { upsert(item) }
    }

    /// Number of items indexed.
    public var count: Int { slots.count }

    /// Every item, in the order of ``HubSearchIndex/browseOrder``.
    public var items: [HubItem] { documents.compactMap { $0 }.sorted(by: Self.browseOrder) }

    public func item(id: String) -> HubItem? { slots[id].flatMap { documents[$0] } }

    /// Adds `item`, or replaces the item of the same id.
    public mutating func upsert(_ item: HubItem) {
        remove(id: item.id)
        let slot = documents.count
        facetsBySlot.append(FacetCodes.values(of: item).map { facetCodes.code($0.key, $0.value) })
        dateKeys.append(item.date.map { Int32($0.year * 10_000 + ($0.month ?? 0) * 100 + ($0.day ?? 0)) } ?? 0)
        documents.append(item)
        alive.append(true)
        ids.append(item.id)
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
        alive[slot] = false
        stale += 1
        if stale > 64, stale > slots.count { self = HubSearchIndex(items: documents.compactMap { $0 }) }
    }

    /// The items that match `query` and pass `filter`, best first (by date, newest first, for an empty query),
    /// `limit` of them from `offset`, with the total and the facet counts of all that matched, and with
    /// `everything` every item that matched (for the map and timeline of a page), in no particular order.
    public func search(_ query: SearchQuery, filter: HubSearchFilter = HubSearchFilter(), offset: Int = 0, limit: Int = 20,
                       everything: Bool = false) -> HubSearchResult {
        guard let required = facetCodes.required(by: filter) else { return HubSearchResult(total: 0, hits: [], facets: HubFacets(), matches: []) }
        let documents = self.documents, dateKeys = self.dateKeys, ids = self.ids, alive = self.alive
        var best = BestOf<(slot: Int, score: Float)>(capacity: offset > Int.max - limit ? Int.max : offset + limit) { a, b in
            if a.score != b.score { return a.score > b.score }
            if dateKeys[a.slot] != dateKeys[b.slot] { return dateKeys[a.slot] > dateKeys[b.slot] }
            return ids[a.slot] < ids[b.slot]
        }
        var counts = [Int32](repeating: 0, count: facetCodes.names.count)
        var total = 0
        var found: [HubItem] = []
        func take(_ slot: Int, _ score: Float) {
            let facets = facetsBySlot[slot]
            guard required.allSatisfy(facets.contains) else { return }
            total += 1
            for code in facets { counts[Int(code)] += 1 }
            if everything, let item = documents[slot] { found.append(item) }
            best.offer((slot, score))
        }
        if query.isEmpty {
            for slot in alive.indices where alive[slot] { take(slot, 0) }
        } else {
            let (scores, matched, terms) = score(query)
            let termCount = query.clauses.reduce(0) { $0 + $1.count }
            let clauseCount = query.clauses.count
            let needed = UInt8(min(255, (clauseCount + 1) / 2))
            let phrases = query.phrases.filter { $0.count > 2 }
            for slot in matched.indices where matched[slot] >= needed && alive[slot] {
                let share = Float(matched[slot]) / Float(clauseCount)
                var score = scores[slot] * share * share
                if !phrases.isEmpty, Int(terms[slot]) == termCount, let item = documents[slot], Self.contains(item, every: phrases) { score *= 1.5 }
                take(slot, score)
            }
        }
        let page = best.sorted().dropFirst(offset).map { HubSearchResult.Hit(item: documents[$0.slot]!, score: Double($0.score)) }
        return HubSearchResult(total: total, hits: page, facets: facetCodes.facets(from: counts), matches: found)
    }

    /// The items that link to `id`, with the relation each names.
    public func links(to id: String) -> [(item: HubItem, relation: HubItem.Link.Relation)] {
        documents.compactMap { $0 }.filter { $0.links.contains { $0.target == id } }.sorted(by: Self.browseOrder).flatMap { item in
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

    /// Each slot's score, how many of the query's clauses it matches (at least half a clause's terms), and how
    /// many of the query's terms it has.
    private func score(_ query: SearchQuery) -> (scores: [Float], matched: [UInt8], terms: [UInt8]) {
        var scores = [Float](repeating: 0, count: documents.count)
        var matched = [UInt8](repeating: 0, count: documents.count)
        var terms = [UInt8](repeating: 0, count: documents.count)
        var hits = [UInt8](repeating: 0, count: documents.count)
        let total = Float(slots.count)
        for clause in query.clauses {
            let lists = clause.compactMap { postings[$0] }
            let needed = UInt8(min(255, (clause.count + 1) / 2))
            for list in lists {
                let found = Float(list.count)
                let idf = log(1 + (total - found + 0.5) / (found + 0.5))
                for posting in list {
                    let slot = Int(posting.document)
                    scores[slot] += idf * posting.weight / (posting.weight + 1.2)
                    hits[slot] &+= 1
                }
            }
            for list in lists {
                for posting in list {
                    let slot = Int(posting.document)
                    if hits[slot] >= needed { matched[slot] &+= 1 }
                    terms[slot] &+= hits[slot]
                    hits[slot] = 0
                }
            }
        }
        return (scores, matched, terms)
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
    /// Every item that matched, when asked for (``HubSearchIndex/search(_:filter:offset:limit:everything:)``).
    public let matches: [HubItem]
}
