/// `GET /ogc`: the landing page (OGC 17-069r4 §7.2, Requirement /req/core/root-success): a title, a
/// description and links `self`, `conformance` (§7.4) and `data` (§7.13).
///
/// Shape: `{"title": …, "description": …, "links": [{"href": ".../ogc", "rel": "self", "type":
/// "application/json"}, {"rel": "conformance", …}, {"rel": "data", …}]}`. No `service-desc`: `/ogc` has
/// no OpenAPI definition of its own, so it does not claim the `oas30` class.
struct OGCLandingPage: Sendable, Encodable {
    let title: String
    let description: String
    let links: [OGCLink]
}

/// `GET /ogc/conformance`: the conformance classes implemented (OGC 17-069r4 §7.4, Requirement
/// /req/core/conformance-success): Part 1 Core and GeoJSON (`/ogc` has no HTML and no OpenAPI 3.0 document).
struct OGCConformance: Sendable, Encodable {
    let conformsTo: [String]

    static let implemented = OGCConformance(conformsTo: [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
    ])
}
