import LMHubCore
import LMHubStorage

/// The knowledge hub as the server holds it: the stored items in a ``HubSearchIndex``, loaded on first use
/// after the bundled items the store has never had are added (``LMHubStore/seedHub(_:)``), and kept current by
/// the writes that pass through it. Writes run one at a time, each stored (with its audit entry) before the
/// index changes, so the index never shows what the store does not have.
///
/// Writes made by another process on the same database (a second server) are picked up by comparing the audit
/// log's newest entry with the one the index was built at, on every use, and reloading when they differ.
actor HubCatalog {
    let store: LMHubStore
    private let seed: @Sendable () throws -> [HubItem]
    private var index: HubSearchIndex?
    /// The newest audit entry the index reflects.
    private var revision: Int64 = -1
    private let writes = WriteQueue()

    init(store: LMHubStore, seed: @escaping @Sendable () throws -> [HubItem]) {
        self.store = store
        self.seed = seed
    }

    /// A snapshot of the index (a value: searches on it run outside the actor).
    func current() async throws -> HubSearchIndex {
        if index == nil { _ = try await store.seedHub(try seed()) }
        let newest = try await store.hubRevision()
        if let index, newest == revision { return index }
        let loaded = HubSearchIndex(items: try await store.hubItems())
        index = loaded
        revision = newest
        return loaded
    }

    func create(_ item: HubItem, actor: String) async throws -> AuditEntry {
        try await write { [store] in try await store.createHubItem(item, actor: actor) }
    }

    func replace(_ item: HubItem, actor: String) async throws -> AuditEntry {
        try await write { [store] in try await store.replaceHubItem(item, actor: actor) }
    }

    func delete(id: String, actor: String) async throws -> AuditEntry {
        try await write { [store] in try await store.deleteHubItem(id: id, actor: actor) }
    }

    private func write(_ work: @escaping @Sendable () async throws -> AuditEntry) async throws -> AuditEntry {
        _ = try await current()
        return try await writes.run {
            let entry = try await work()
            apply(entry)
            return entry
        }
    }

    private func apply(_ entry: AuditEntry) {
        if let after = entry.after { index?.upsert(after) } else { index?.remove(id: entry.itemID) }
        if entry.id == revision + 1 { revision = entry.id }
    }
}
