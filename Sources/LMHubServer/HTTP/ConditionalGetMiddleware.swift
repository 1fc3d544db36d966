import Hummingbird
import NIOCore

/// Validators and caching rules of successful `GET` answers (RFC 9110 §8.8.3, §13.1.2; RFC 9111 §5.2):
/// the answer's `ETag` (set by ``ResponseCacheMiddleware`` when it kept the answer; else made here the same
/// way), `304 Not Modified` when `If-None-Match` names it, and `Cache-Control`: `public, max-age=60` for public
/// reads, `private, no-store` for the audit log (it needs a token) and for every other method.
struct ConditionalGetMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Paths whose answers depend on the caller's token.
    let privatePaths: [String]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        guard request.method == .get, response.status == .ok else {
            if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
            return response
        }
        if privatePaths.contains(where: { request.uri.path.hasPrefix($0) }) {
            response.headers[.cacheControl] = "private, no-store"
            return response
        }
        let tag: String
        if let kept = response.headers[.eTag] {
            tag = kept
        } else {
            let body = try await CollectedBody.bytes(of: response.body)
            tag = ResponseCacheMiddleware<Context>.tag(of: body)
            response.headers[.eTag] = tag
            response.body = ResponseBody(byteBuffer: body)
        }
        response.headers[.cacheControl] = "public, max-age=60"
        if let wanted = request.headers[.ifNoneMatch], Self.matches(wanted, tag) {
            var headers = response.headers
            headers[.contentLength] = nil
            headers[.contentType] = nil
            return Response(status: .notModified, headers: headers)
        }
        return response
    }

    /// Whether an `If-None-Match` list names `tag` (weak comparison, `*` matches any).
    static func matches(_ header: String, _ tag: String) -> Bool {
        let opaque = { (text: Substring) in text.hasPrefix("W/") ? text.dropFirst(2) : text }
        return header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces)[...] }.contains { $0 == "*" || opaque($0) == opaque(tag[...]) }
    }
}
