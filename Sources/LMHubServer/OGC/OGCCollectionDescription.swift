import Foundation

/// A feature collection as `/ogc/collections` lists it and `/ogc/collections/{collectionId}` answers it
/// (OGC 17-069r4 §7.14, Requirements /req/core/rc-md-items, /req/core/sfc-md-extent): `id`, `title`,
/// `description`, `links` (`self`; `items`, `application/geo+json`), `extent` (`spatial.bbox` in CRS84,
/// `temporal.interval`), `itemType` `feature` and `crs` (CRS84 only).
struct OGCCollectionDescription: Sendable, Encodable {
    /// §7.14: the spatial and temporal extent of the collection's features.
    struct Extent: Sendable, Encodable {
        struct Spatial: Sendable, Encodable {
            /// `[[minLon, minLat, maxLon, maxLat]]`.
            let bbox: [[Double]]
            let crs: String
        }

        struct Temporal: Sendable, Encodable {
            /// `[[start, end]]`, ISO 8601 UTC; `null` for an open end.
            let interval: [[String?]]
            let trs: String
        }

        let spatial: Spatial?
        let temporal: Temporal?
    }

    /// OGC 17-069r4 §7.14 Recommendation 7: WGS 84 longitude/latitude.
    static let crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
    static let gregorian = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian"

    let id: String
    let title: String
    let description: String
    let links: [OGCLink]
    let extent: Extent
    let itemType = "feature"
    let crs = [Self.crs84]

    enum CodingKeys: String, CodingKey { case id, title, description, links, extent, itemType, crs }

    /// The extent of `records`: the box of their points and the span of their times (either `nil` when none has one).
    static func extent(of records: [OGCFeatureRecord]) -> Extent {
        let points = records.compactMap(\.feature.geometry)
        let spatial = points.isEmpty ? nil : Extent.Spatial(bbox: [[
            points.map(\.longitude).min() ?? 0, points.map(\.latitude).min() ?? 0,
            points.map(\.longitude).max() ?? 0, points.map(\.latitude).max() ?? 0,
        ]], crs: crs84)
        let spans = records.compactMap(\.time)
        let temporal = spans.isEmpty ? nil : Extent.Temporal(interval: [[
            spans.map(\.lowerBound).min().map { $0.ISO8601Format() }, spans.map(\.upperBound).max().map { $0.ISO8601Format() },
        ]], trs: gregorian)
        return Extent(spatial: spatial, temporal: temporal)
    }
}

/// `GET /ogc/collections` (OGC 17-069r4 §7.13, Requirement /req/core/fc-md-success): `links` (`self`) and
/// `collections`.
struct OGCCollectionList: Sendable, Encodable {
    let links: [OGCLink]
    let collections: [OGCCollectionDescription]
}
