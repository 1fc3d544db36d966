/// A GeoJSON `Feature` (RFC 7946 §3.2) with a `Point` geometry (§3.1.2, `[longitude, latitude]` in WGS84) or
/// `"geometry": null` for something not yet placed, a string `id`, and flat scalar `properties`.
///
/// Shape: `{"type": "Feature", "id": "Lumphat", "geometry": {"type": "Point", "coordinates": [106.97, 13.50]},
/// "properties": {"name": "Lumphat", "DO": 7.2, …}}`; `links` is added when served by OGC API – Features
/// (OGC 17-069r4 §7.16.2).
struct GeoJSONFeature: Sendable, Encodable {
    /// A GeoJSON `Point`.
    struct Point: Sendable, Hashable, Encodable {
        let longitude: Double
        let latitude: Double

        enum CodingKeys: String, CodingKey { case type, coordinates }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("Point", forKey: .type)
            try container.encode([longitude, latitude], forKey: .coordinates)
        }
    }

    let id: String
    let geometry: Point?
    let properties: [String: GeoJSONValue]
    var links: [OGCLink]?

    init(id: String, geometry: Point?, properties: [String: GeoJSONValue], links: [OGCLink]? = nil) {
        self.id = id
        self.geometry = geometry
        self.properties = properties
        self.links = links
    }

    /// The point at `latitude`/`longitude`, or `nil` when either is missing.
    static func point(latitude: Double?, longitude: Double?) -> Point? {
        guard let latitude, let longitude else { return nil }
        return Point(longitude: longitude, latitude: latitude)
    }

    enum CodingKeys: String, CodingKey { case type, id, geometry, properties, links }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("Feature", forKey: .type)
        try container.encode(id, forKey: .id)
        // RFC 7946 §3.2: an unlocated feature has a `geometry` member whose value is null.
        if let geometry { try container.encode(geometry, forKey: .geometry) } else { try container.encodeNil(forKey: .geometry) }
        try container.encode(properties, forKey: .properties)
        try container.encodeIfPresent(links, forKey: .links)
    }
}
