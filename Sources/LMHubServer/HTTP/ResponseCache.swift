import Hummingbird
import NIOCore
import Synchronization

/// Whole answers of public `GET` requests, kept per store revision: the answer to the same URL (and the same
/// `Host`, `Accept`, `Accept-Language` and gzip or not) at the same revision is the same, so it is built once and served
/// from memory until an import or an edit moves the revision (``LMHubStore/currentRevision(maxAge:)``). Requests
/// for an answer being built wait for it instead of building it again. Bounded in bytes; the entries stored
/// first leave first. The body's `ETag` is computed once, when the answer is kept.
final class ResponseCache: Sendable {
    struct Key: Hashable, Sendable {
        let uri: String
        let host: String
        let accept: String
        let language: String
        /// Whether the client takes gzip: the kept body is compressed or not.
        let gzip: Bool
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
        /// Keys being built now, with the requests waiting for them.
        var building: [Key: [CheckedContinuation<Entry?, Never>]] = [:]
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

    /// What a lookup found: the kept answer, the answer another request was building (`nil` when that one
    /// was not kept: the waiter builds its own), or the turn to build it (then ``finish(_:)`` must follow).
    enum Lookup {
        case hit(Entry)
        case waited(Entry?)
        case build
    }

    /// The answer kept under `key` at `revision`; else, when another request is building it, that one's
    /// answer once built; else the turn to build it.
    func lookup(_ key: Key, revision: Int64) async -> Lookup {
        enum Found { case hit(Entry), wait, build }
        let found: Found = state.withLock { state in
            if let entry = state.entries[key], entry.revision == revision { return .hit(entry) }
            if state.building[key] != nil { return .wait }
            state.building[key] = []
            return .build
        }
        switch found {
        case let .hit(entry): return .hit(entry)
        case .build: return .build
        case .wait:
            return .waited(await withCheckedContinuation { continuation in
                let gone: Bool = state.withLock { state in
                    guard state.building[key] != nil else { return true }
                    state.building[key]?.append(continuation)
                    return false
                }
                if gone { continuation.resume(returning: nil) }
            })
        }
    }

    /// Ends the build of `key` that ``lookup(_:revision:)`` handed out: keeps `entry` (``keep(_:under:)``) when
    /// there is one, and hands it to the requests that waited.
    func finish(_ key: Key, with entry: Entry?) {
        if let entry { keep(entry, under: key) }
        let waiting = state.withLock { $0.building.removeValue(forKey: key) } ?? []
        for waiter in waiting { waiter.resume(returning: entry) }
    }

    /// Keeps `entry` under `key` (replacing what was there), unless its body is too large or its revision older
    /// than one kept; drops every entry of an older revision, and the oldest entries while more than
    /// ``capacity`` bytes are kept.
    func keep(_ entry: Entry, under key: Key) {
        guard entry.body.readableBytes <= largestBody else { return }
        state.withLock { state in
            guard entry.revision >= state.revision else { return }
            if entry.revision > state.revision {
                state.entries = [:]
                state.order = []
                state.bytes = 0
                state.revision = entry.revision
            }
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
