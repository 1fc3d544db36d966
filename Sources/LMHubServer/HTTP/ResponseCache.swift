import Hummingbird
import NIOCore
import Synchronization

/// Whole answers of public `GET` requests, kept per store revision: the answer to the same URL (and the same
/// `Host`, `Accept` and `Accept-Language`) at the same revision is the same, so it is built once and served
/// from memory until an import or an edit moves the revision (``LMHubStore/currentRevision(maxAge:)``). Bounded
/// in bytes; the entries stored first leave first. The body's `ETag` is computed once, when the answer is kept.
final class ResponseCache: Sendable {
    struct Key: Hashable, Sendable {
        let uri: String
        let host: String
        let accept: String
        let language: String
    }

    /// A kept answer: status, headers (with its `ETag`) and body.
    struct Entry: Sendable {
        let revision: Int64
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let body: ByteBuffer

        var response: Response {
            Response(status: status, headers: headers, body: ResponseBody(byteBuffer: body))
        }
    }

    private struct State {
        /// The revision of every entry kept: answers of an older one are dropped when a newer one comes.
        var revision: Int64 = -1
        var entries: [Key: Entry] = [:]
        /// Keys in the order they were stored, for eviction; may name keys stored again or gone.
        var order: [Key] = []
        var bytes = 0
    }

    private let state = Mutex(State())
    /// The most bytes of bodies kept, and the largest body kept.
    let capacity: Int
    let largestBody: Int

    init(capacity: Int = 64 << 20, largestBody: Int = 8 << 20) {
        self.capacity = capacity
        self.largestBody = largestBody
    }

    /// The answer kept under `key` at `revision`, if any.
    func entry(_ key: Key, revision: Int64) -> Entry? {
        state.withLock { state in
            guard let entry = state.entries[key], entry.revision == revision else { return nil }
            return entry
        }
    }

    /// Keeps `entry` under `key` (replacing what was there), unless its body is too large or its revision older
    /// than one kept; drops every entry of an older revision, and the oldest entries while more than
    /// ``capacity`` bytes are kept.
    func keep(_ entry: Entry, under key: Key) {
        guard entry.body.readableBytes <= largestBody else { return }
        state.withLock { state in
            guard entry.revision >= state.revision else { return }
            if entry.revision > state.revision { state = State(revision: entry.revision) }
            if let old = state.entries.updateValue(entry, forKey: key) { state.bytes -= old.body.readableBytes }
            state.bytes += entry.body.readableBytes
            state.order.append(key)
            while state.bytes > capacity, !state.order.isEmpty {
                let oldest = state.order.removeFirst()
                if oldest != key, let gone = state.entries.removeValue(forKey: oldest) { state.bytes -= gone.body.readableBytes }
            }
            if state.order.count > 4 * max(state.entries.count, 256) {
                state.order = state.order.filter { state.entries[$0] != nil }
            }
        }
    }

    /// Entries and bytes kept now (`/metrics`).
    var size: (entries: Int, bytes: Int) {
        state.withLock { ($0.entries.count, $0.bytes) }
    }
}
