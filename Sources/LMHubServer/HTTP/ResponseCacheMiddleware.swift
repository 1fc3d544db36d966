import Crypto
import Hummingbird
import LMHubStorage
import NIOCore

/// Serves public `GET` answers from the ``ResponseCache`` while the store's revision stays, and keeps the
/// `200` answers it builds there with their `ETag` (a weak tag from the SHA-256 of the body, RFC 9110 §8.8.3).
/// It sits outside ``CompressionMiddleware``: a gzipped answer is kept gzipped, compressed once a revision. Not cached: requests with credentials
/// (`Authorization`), and the paths in `uncached` (health, metrics, the audit log) whose answers are not a
/// function of the stored data alone. When the revision cannot be read (the database is down), the request
/// goes on uncached and meets the database's error itself. Counts hits and misses in `lmhub_response_cache_lookups_total`.
struct ResponseCacheMiddleware<Context: RequestContext>: RouterMiddleware {
    let cache: ResponseCache
    let store: LMHubStore
    /// Path prefixes never cached.
    let uncached: [String]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get, request.headers[.authorization] == nil,
              !uncached.contains(where: { request.uri.path.hasPrefix($0) }) else {
            return try await next(request, context)
        }
        guard let revision = try? await store.currentRevision() else { return try await next(request, context) }
        let key = ResponseCache.Key(uri: request.uri.description, host: request.head.authority ?? "",
                                    accept: request.headers[.accept] ?? "", language: request.headers[.acceptLanguage] ?? "",
                                    gzip: CompressionMiddleware<Context>.acceptsGzip(request.headers[.acceptEncoding] ?? ""))
        switch await cache.lookup(key, revision: revision) {
        case let .hit(entry), let .waited(entry?):
            HubMetrics.responseHits.increment()
            return entry.response
        case .waited(nil):
            HubMetrics.responseMisses.increment()
            return try await next(request, context)
        case .build:
            HubMetrics.responseMisses.increment()
            do {
                let (response, entry) = try await build(request, context: context, revision: revision, next: next)
                cache.finish(key, with: entry)
                return response
            } catch {
                cache.finish(key, with: nil)
                throw error
            }
        }
    }

    /// The answer, and what to keep of it: a `200` with its body read whole and its `ETag` set.
    private func build(_ request: Request, context: Context, revision: Int64, next: (Request, Context) async throws -> Response)
        async throws -> (Response, ResponseCache.Entry?) {
        var response = try await next(request, context)
        guard response.status == .ok else { return (response, nil) }
        let body = try await CollectedBody.bytes(of: response.body)
        response.headers[.eTag] = Self.tag(of: body)
        let entry = ResponseCache.Entry(revision: revision, status: response.status, headers: response.headers, body: body)
        return (entry.response, entry)
    }

    /// `W/"…"` with the first 12 bytes of the body's SHA-256 in hex.
    static func tag(of body: ByteBuffer) -> String {
        "W/\"" + SHA256.hash(data: body.readableBytesView).prefix(12).map { String(format: "%02x", $0) }.joined() + "\""
    }
}
