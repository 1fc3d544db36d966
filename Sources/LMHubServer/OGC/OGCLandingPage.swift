/// `GET /ogc`: the landing page (OGC 17-069r4 §7.2, Requirement /req/core/root-success): a title, a
/// description and links `self`, `service-desc` (the OpenAPI 3.1 document at `/api/v1/openapi.json`, which
/// describes `/ogc` with `/api/v1`; GDAL reads it rather than guessing `/ogc/api`), `conformance` (§7.4) and
/// `data` (§7.13).
///
/// Shape: `{"title": …, "description": …, "links": [{"href": ".../ogc", "rel": "self", "type":
/// "application/json"}, {"rel": "service-desc", …}, {"rel": "conformance", …}, {"rel": "data", …}]}`. The
/// document is OpenAPI 3.1, not 3.0, so `/ogc` does not claim the `oas30` class.
struct OGCLandingPage: Sendable, Encodable {
    let title: String
    let description: String
    let links: [OGCLink]

    /// The media type of the `service-desc` link: OpenAPI 3.1 as JSON.
    static let openAPIType = "application/vnd.oai.openapi+json;version=3.1"
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
