import Foundation
import Hummingbird

/// A link of an OGC API document (OGC 17-069r4 §7.2.3 / RFC 8288 web linking): `{"href", "rel", "type",
/// "title"}`. Hrefs are absolute when the request names its host (GDAL's OAPIF driver follows them as given).
struct OGCLink: Sendable, Encodable, Hashable {
    let href: String
    let rel: String
    var type: String?
    var title: String?
}

/// The origin links are built against: `http(s)://host[:port]` from the request's `Host` (the `:authority` of
/// HTTP/2) and `X-Forwarded-Proto`, or empty — root-relative links — when the request names no host.
struct OGCLinkBase: Sendable {
    let origin: String

    init(origin: String) {
        self.origin = origin
    }

    init(_ request: Request) {
        let forwarded = request.headers.first { $0.name.canonicalName == "x-forwarded-proto" }?.value
        let scheme = forwarded?.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? "http"
        origin = request.head.authority.map { "\(scheme)://\($0)" } ?? ""
    }

    /// `path` (root-relative, already percent-encoded, may carry a query) as an href.
    func href(_ path: String) -> String { origin + path }

    func link(_ path: String, rel: String, type: String? = GeoJSONResponse<String>.jsonType, title: String? = nil) -> OGCLink {
        OGCLink(href: href(path), rel: rel, type: type, title: title)
    }
}
