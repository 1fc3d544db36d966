import Hummingbird
import NIOCore

/// Reads a response body whole into one buffer, for the middleware that must see all of it (ETag, gzip).
/// Bodies of the hub are built in memory already, so this copies at most once.
enum CollectedBody {
    /// The bytes of `body`.
    static func bytes(of body: ResponseBody) async throws -> ByteBuffer {
        let sink = Sink()
        try await body.write(Writer(sink: sink))
        return sink.buffer
    }

    private final class Sink {
        var buffer = ByteBuffer()
    }

    private struct Writer: ResponseBodyWriter {
        let sink: Sink

        mutating func write(_ buffer: ByteBuffer) async throws {
            var part = buffer
            sink.buffer.writeBuffer(&part)
        }

        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
