import Crypto
import Hummingbird
import LMHubStorage
import Metrics
import NIOCore

/// Serves public `GET` answers from the ``ResponseCache`` while the store's revision stays, and keeps the
/// `200` answers it builds there with their `ETag` (a weak tag from the SHA-256 of the body, RFC 9110 §8.8.3;
/// weak because the same tag covers the gzip and identity encodings). Not cached: requests with credentials
/// (`Authorization`), and the paths in `uncached` (health, metrics, the audit log) whose answers are not a
/// function of the stored data alone. Counts hits and misses in `lmhub_response_cache_lookups_total`.
struct ResponseCacheMiddleware<Context: RequestContext>: RouterMiddleware {
    let cache: ResponseCache
    let store: LMHubStore
    /// Path prefixes never cached.
    let uncached: [String]

    static var hits: Counter { Counter(label: "lmhub_response_cache_lookups_total", dimensions: [("result", "hit")]) }
    static var misses: Counter { Counter(label: "lmhub_response_cache_lookups_total", dimensions: [("result", "miss")]) }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get, request.headers[.authorization] == nil,
              !uncached.contains(where: { request.uri.path.hasPrefix($0) }) else {
            return try await next(request, context)
        }
        let revision = try await store.currentRevision()
        let key = ResponseCache.Key(uri: request.uri.description, host: request.head.authority ?? "",
                                    accept: request.headers[.accept] ?? "", language: request.headers[.acceptLanguage] ?? "")
        if let entry = cache.entry(key, revision: revision) {
            Self.hits.increment()
            return entry.response
        }
        Self.misses.increment()
        var response = try await next(request, context)
        guard response.status == .ok else { return response }
        let body = try await CollectedBody.bytes(of: response.body)
        response.headers[.eTag] = Self.tag(of: body)
        let entry = ResponseCache.Entry(revision: revision, status: response.status, headers: response.headers, body: body)
        cache.keep(entry, under: key)
        return entry.response
    }

    /// `W/"…"` with the first 12 bytes of the body's SHA-256 in hex.
    static func tag(of body: ByteBuffer) -> String {
        "W/\"" + SHA256.hash(data: body.readableBytesView).prefix(12).map { String(format: "%02x", $0) }.joined() + "\""
    }
}
