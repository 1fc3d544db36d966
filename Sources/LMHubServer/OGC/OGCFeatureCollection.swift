import Foundation
import LMHubViews

/// `GET /ogc/collections/{collectionId}/items`: a page of features as a GeoJSON `FeatureCollection`
/// (RFC 7946 §3.3) with the OGC members of OGC 17-069r4 §7.15.5–7.15.8: `links` (`self`, and `next`/`prev`
/// when there are such pages, all `application/geo+json`), `timeStamp` (when the response was made),
/// `numberMatched` (features matching the filters, all pages) and `numberReturned` (features in this page).
struct OGCFeatureCollection: Sendable, Encodable {
    let features: [GeoJSONFeature]
    let links: [OGCLink]
    let timeStamp: Date
    let numberMatched: Int
    var numberReturned: Int { features.count }

    enum CodingKeys: String, CodingKey { case type, features, links, timeStamp, numberMatched, numberReturned }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("FeatureCollection", forKey: .type)
        try container.encode(features, forKey: .features)
        try container.encode(links, forKey: .links)
        try container.encode(timeStamp.ISO8601Format(), forKey: .timeStamp)
        try container.encode(numberMatched, forKey: .numberMatched)
        try container.encode(numberReturned, forKey: .numberReturned)
    }

    /// The page `query` asks for of `records` (already in their stable order), with its links built on `base`
    /// for the items path `path`.
    static func page(_ records: [OGCFeatureRecord], query: OGCItemsQuery, base: OGCLinkBase, path: String, now: Date = Date()) -> OGCFeatureCollection {
        let matched = records.filter(query.matches)
        let start = min(query.offset, matched.count)
        let page = matched[start..<min(start + query.limit, matched.count)]
        let type = GeoJSONResponse<String>.geoJSONType
        var links = [base.link(SitePaths.link(path, query.linkQuery(offset: query.offset)), rel: "self", type: type, title: "this page")]
        if start + query.limit < matched.count {
            links.append(base.link(SitePaths.link(path, query.linkQuery(offset: start + query.limit)), rel: "next", type: type, title: "next page"))
        }
        if start > 0 {
            links.append(base.link(SitePaths.link(path, query.linkQuery(offset: max(0, start - query.limit))), rel: "prev", type: type, title: "previous page"))
        }
        return OGCFeatureCollection(features: page.map(\.feature), links: links, timeStamp: now, numberMatched: matched.count)
    }
}
