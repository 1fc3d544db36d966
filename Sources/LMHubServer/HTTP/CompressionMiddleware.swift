import CompressNIO
import Hummingbird
import NIOCore

/// gzip for answers of 1 KiB or more when the client takes it (`Accept-Encoding: gzip`, RFC 9110 §12.5.3) and
/// the content is text (HTML, JSON, GeoJSON, CSV, YAML, SVG); `Vary: Accept-Encoding` on every answer it
/// could have compressed, so shared caches keep the encodings apart. Compression is compress-nio's zlib.
struct CompressionMiddleware<Context: RequestContext>: RouterMiddleware {
    static var minimumSize: Int { 1_024 }
    static var compressible: [String] { ["text/", "application/json", "application/geo+json", "application/yaml", "image/svg+xml"] }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        guard response.status != .notModified, response.headers[.contentEncoding] == nil,
              let type = response.headers[.contentType], Self.compressible.contains(where: { type.hasPrefix($0) }) else { return response }
        response.headers[.vary] = [response.headers[.vary], "Accept-Encoding"].compactMap { $0 }.joined(separator: ", ")
        guard Self.acceptsGzip(request.headers[.acceptEncoding] ?? "") else { return response }
        var body = try await CollectedBody.bytes(of: response.body)
        guard body.readableBytes >= Self.minimumSize else {
            response.body = ResponseBody(byteBuffer: body)
            return response
        }
        let compressed = try body.compress(with: .gzip())
        response.headers[.contentEncoding] = "gzip"
        response.headers[.contentLength] = String(compressed.readableBytes)
        response.body = ResponseBody(byteBuffer: compressed)
        return response
    }

    /// Whether `Accept-Encoding` admits gzip (named, or `*`, with a q-value above 0).
    static func acceptsGzip(_ header: String) -> Bool {
        header.lowercased().split(separator: ",").contains { item in
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let name = parts.first, name == "gzip" || name == "*" else { return false }
            let q = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return q > 0
        }
    }
}
