import LMHubStorage

/// Results computed from the store, kept until the store's revision (``LMHubStore/currentRevision(maxAge:)``)
/// moves: an import or a hub edit empties it on the next request (by another process, within a quarter
/// second). Concurrent requests for the same key wait for one computation instead of each starting their own.
/// Keys name what was computed and from what (`aqi|Hanoi|us-epa|hour|valid,suspect`); values are whatever the
/// caller stored under them.
actor ResultCache {
    private let store: LMHubStore
    private var revision: Int64 = -1
    private var entries: [String: Task<any Sendable, any Error>] = [:]
    /// Lookups answered from the cache and computations run, since start.
    private(set) var hits = 0
    private(set) var misses = 0

    init(store: LMHubStore) {
        self.store = store
    }

    /// The value under `key` at the store's current revision, computed by `compute` when absent.
    func value<T: Sendable>(_ key: String, _ compute: @escaping @Sendable () async throws -> T) async throws -> T {
        let current = try await store.currentRevision()
        if current != revision {
            entries = [:]
            revision = current
        }
        if let task = entries[key], let value = try await task.value as? T {
            hits += 1
            HubMetrics.resultHits.increment()
            return value
        }
        misses += 1
        HubMetrics.resultMisses.increment()
        let task = Task<any Sendable, any Error> { try await compute() }
        entries[key] = task
        do {
            guard let value = try await task.value as? T else { throw CacheTypeMismatch(key: key) }
            return value
        } catch {
            entries[key] = nil
            throw error
        }
    }

    /// A key stored with one type and asked for with another: a programming error, reported rather than trapped.
    struct CacheTypeMismatch: Error, CustomStringConvertible {
        let key: String
        var description: String { "the cached value of '\(key)' has another type" }
    }
}
