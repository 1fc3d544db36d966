import Foundation

/// Every URL of the hub, written once: the route patterns the server registers (`{id}` marks a path
/// parameter, as in Hummingbird and OpenAPI) and the functions that build links to them, which pages, API
/// bodies and `Link` headers use. A path changed here changes for routes and links together.
public enum SitePaths {
    // MARK: Pages
    public static let overview = "/"
    public static let stationPage = "/stations/{id}"
    public static let hubPage = "/hub"
    public static let hubItemPage = "/hub/{id}"
    public static let sdgPage = "/sdg"
    public static let sdgCountryPage = "/sdg/{iso3}"
    public static let carbonPage = "/carbon"
    public static let carbonProjectPage = "/carbon/{id}"
    public static let fhiPage = "/fhi"
    public static let fhiAssessmentPage = "/fhi/{id}"

    // MARK: Open-data API (`/api/v1`)
    public static let api = "/api/v1"
    public static let openAPIJSON = "/api/v1/openapi.json"
    public static let openAPIYAML = "/api/v1/openapi.yaml"
    public static let stations = "/api/v1/stations"
    public static let station = "/api/v1/stations/{id}"
    public static let observations = "/api/v1/stations/{id}/observations"
    public static let aggregates = "/api/v1/stations/{id}/aggregates"
    public static let aqi = "/api/v1/stations/{id}/aqi"
    public static let latest = "/api/v1/latest"
    public static let standards = "/api/v1/standards"
    public static let standard = "/api/v1/standards/{id}"
    public static let assessments = "/api/v1/assessments"
    public static let hubItems = "/api/v1/hub/items"
    public static let hubItem = "/api/v1/hub/items/{id}"
    public static let audit = "/api/v1/audit"
    public static let sdgEditions = "/api/v1/sdg/editions"
    public static let sdgCountries = "/api/v1/sdg/countries"
    public static let sdgCountry = "/api/v1/sdg/countries/{iso3}"
    public static let carbonProjects = "/api/v1/carbon/projects"
    public static let carbonProject = "/api/v1/carbon/projects/{id}"
    public static let carbonFactors = "/api/v1/carbon/factors"
    public static let fhiAssessments = "/api/v1/fhi/assessments"
    public static let fhiAssessment = "/api/v1/fhi/assessments/{id}"

    // MARK: Standards-based services
    public static let ogc = "/ogc"
    /// OGC API – Features (OGC 17-069r4) §7.4 conformance declaration.
    public static let ogcConformance = "/ogc/conformance"
    /// §7.13 feature collections.
    public static let ogcCollections = "/ogc/collections"
    /// §7.14 one feature collection.
    public static let ogcCollection = "/ogc/collections/{collectionId}"
    /// §7.15 features.
    public static let ogcItems = "/ogc/collections/{collectionId}/items"
    /// §7.16 one feature.
    public static let ogcItem = "/ogc/collections/{collectionId}/items/{featureId}"
    public static let sensorThings = "/sta/v1.1"

    // MARK: Operations
    public static let health = "/healthz"
    public static let metrics = "/metrics"

    /// `pattern` with its `{…}` parameters replaced, in order, by `values` (percent-encoded as path segments).
    /// `SitePaths.path(station, "Andaung Meas")` → `/api/v1/stations/Andaung%20Meas`.
    public static func path(_ pattern: String, _ values: String...) -> String {
        var remaining = values[...]
        return pattern.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            guard segment.hasPrefix("{"), segment.hasSuffix("}"), let value = remaining.popFirst() else { return String(segment) }
            return encode(value)
        }.joined(separator: "/")
    }

    /// `path` with `query` appended (names and values percent-encoded; pairs with an empty value dropped).
    public static func link(_ path: String, _ query: [(String, String)]) -> String {
        let items = query.filter { !$0.1.isEmpty }
        return items.isEmpty ? path : path + "?" + items.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
    }

    /// Percent-encodes a path segment or query value (RFC 3986 unreserved characters kept).
    public static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? text
    }

    /// The route pattern of a Hummingbird group relative to `prefix` (`/api/v1/stations/{id}` → `stations/{id}`).
    public static func relative(_ pattern: String, to prefix: String) -> String {
        String(pattern.dropFirst(prefix.count).drop { $0 == "/" })
    }
}
