import Foundation
import Hummingbird
import LMHubCore
import LMHubStorage

/// `GET /api/v1/hub/items`: the matching items, best first, each with its score and its title and summary in
/// every language cut into highlighted pieces (`{"text", "isMatch"}`: plain text, never HTML), the total, and
/// facet counts over all matches.
struct HubItemsDocument: Encodable {
    struct Hit: Encodable {
        let item: HubItem
        let score: Double?
        let highlight: Highlight?

        func encode(to encoder: Encoder) throws {
            try item.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encodeIfPresent(score, forKey: .score)
            try container.encodeIfPresent(highlight, forKey: .highlight)
        }

        enum Keys: String, CodingKey { case score, highlight }
    }

    struct Highlight: Encodable {
        let title: [String: [HighlightSegment]]
        let summary: [String: [HighlightSegment]]
    }

    let query: String?
    let filters: [String: String]
    let total: Int
    let offset: Int
    let limit: Int
    let items: [Hit]
    let facets: HubFacets
    /// The next page, `null` on the last.
    let next: String?

    init(search: HubSearchRequest, result: HubSearchResult, next: String?) {
        self.next = next
        let query = search.query
        self.query = query.text.isEmpty ? nil : query.text
        filters = Dictionary(search.filters.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        total = result.total
        offset = search.offset
        limit = search.limit
        facets = result.facets
        items = result.hits.map { hit in
            Hit(item: hit.item, score: query.isEmpty ? nil : hit.score, highlight: query.isEmpty ? nil : Highlight(
                title: hit.item.title.values.mapValues(query.highlight),
                summary: hit.item.summary?.values.mapValues(query.highlight) ?? [:]))
        }
    }
}

/// `GET /api/v1/hub/items/{id}`: the item and the items that link to it.
struct HubItemDocument: ResponseEncodable {
    struct Incoming: Encodable {
        let id: String
        let relation: HubItem.Link.Relation
    }

    let item: HubItem
    let linkedFrom: [Incoming]
}

/// The answer to a write: the item as stored and the number of its audit entry.
struct HubWriteDocument: Encodable {
    let item: HubItem
    let audit: Int64
}

/// `GET /api/v1/audit`: entries newest first.
struct AuditDocument: Encodable {
    let total: Int
    let offset: Int
    let limit: Int
    let entries: [AuditEntry]
    let next: String?
}
