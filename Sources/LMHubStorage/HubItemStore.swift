import Foundation
import LMHubCore
import SQLKit

/// A knowledge-hub write that cannot be made.
public enum HubStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case exists(String)
    case notFound(String)
    case invalid([HubFieldError])

    public var description: String {
        switch self {
        case let .exists(id): "an item '\(id)' exists already"
        case let .notFound(id): "no item '\(id)'"
        case let .invalid(errors): errors.map(\.description).joined(separator: "; ")
        }
    }
}

/// The `hub_items` table: each item as a JSON document, with its kind and the time of its last write. Every
/// write goes into the audit log in the same transaction, so an item never changes without its entry.
extension LMHubStore {
    /// Every stored item, by id.
    public func hubItems() async throws -> [HubItem] {
        try await db.select().column("document").from("hub_items").orderBy("id")
            .all(decodingColumn: "document", as: String.self)
            .map { try JSONText.decode(HubItem.self, from: $0) }
    }

    /// Stores a new item. - Throws: ``HubStoreError/exists``, ``HubStoreError/invalid``.
    @discardableResult
    public func createHubItem(_ item: HubItem, actor: String) async throws -> AuditEntry {
        try Self.validate(item)
        return try await write { db in
            if try await Self.stored(item.id, on: db) != nil { throw HubStoreError.exists(item.id) }
            try await Self.insert(item, on: db)
            return try await Self.audit(.create, item.id, before: nil, after: item, actor: actor, on: db)
        }
    }

    /// Replaces the item of the same id. - Throws: ``HubStoreError/notFound``, ``HubStoreError/invalid``.
    @discardableResult
    public func replaceHubItem(_ item: HubItem, actor: String) async throws -> AuditEntry {
        try Self.validate(item)
        return try await write { db in
            guard let before = try await Self.stored(item.id, on: db) else { throw HubStoreError.notFound(item.id) }
            try await db.update("hub_items")
                .set("kind", to: item.kind.rawValue).set("document", to: try JSONText.encode(item)).set("updated_at", to: Self.now())
                .where("id", .equal, item.id).run()
            return try await Self.audit(.update, item.id, before: before, after: item, actor: actor, on: db)
        }
    }

    /// Deletes the item `id`. - Throws: ``HubStoreError/notFound``.
    @discardableResult
    public func deleteHubItem(id: String, actor: String) async throws -> AuditEntry {
        try await write { db in
            guard let before = try await Self.stored(id, on: db) else { throw HubStoreError.notFound(id) }
            try await db.delete(from: "hub_items").where("id", .equal, id).run()
            return try await Self.audit(.delete, id, before: before, after: nil, actor: actor, on: db)
        }
    }

    /// Stores those of `items` that the hub has never had (no row and no audit entry for the id), each with a
    /// `seed` audit entry, in one transaction; an item an editor deleted stays deleted. Returns how many.
    public func seedHub(_ items: [HubItem]) async throws -> Int {
        for item in items { try Self.validate(item) }
        return try await write { db in
            let known = Set(try await db.select().column("item_id").from("audit_log").all(decodingColumn: "item_id", as: String.self))
                .union(try await db.select().column("id").from("hub_items").all(decodingColumn: "id", as: String.self))
            let new = items.filter { !known.contains($0.id) }
            for item in new {
                try await Self.insert(item, on: db)
                try await Self.audit(.seed, item.id, before: nil, after: item, actor: "seed", on: db)
            }
            return new.count
        }
    }

    /// The number of the newest audit entry (0 for none): it changes with every write to the hub, by any process.
    public func hubRevision() async throws -> Int64 {
        try await db.select().column(SQLFunction("MAX", args: SQLColumn("id")), as: "n").from("audit_log")
            .first(decodingColumn: "n", as: Int64?.self).flatMap { $0 } ?? 0
    }

    /// The audit log, newest first, of one item or all, `limit` entries from `offset`, and how many there are.
    public func auditLog(itemID: String? = nil, limit: Int = 50, offset: Int = 0) async throws -> (entries: [AuditEntry], total: Int) {
        var count = db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("audit_log")
        var rows = db.select().columns("*").from("audit_log").orderBy("id", .descending).limit(limit).offset(offset)
        if let itemID {
            count = count.where("item_id", .equal, itemID)
            rows = rows.where("item_id", .equal, itemID)
        }
        let total = try await count.first(decodingColumn: "n", as: Int.self) ?? 0
        return (try await rows.all(decoding: AuditRow.self).map { try $0.entry }, total)
    }

    private static func validate(_ item: HubItem) throws {
        let errors = item.fieldErrors
        if !errors.isEmpty { throw HubStoreError.invalid(errors) }
    }

    private static func stored(_ id: String, on db: any SQLDatabase) async throws -> HubItem? {
        try await db.select().column("document").from("hub_items").where("id", .equal, id)
            .first(decodingColumn: "document", as: String.self)
            .map { try JSONText.decode(HubItem.self, from: $0) }
    }

    private static func insert(_ item: HubItem, on db: any SQLDatabase) async throws {
        try await db.insert(into: "hub_items").columns("id", "kind", "document", "updated_at")
            .values(item.id, item.kind.rawValue, try JSONText.encode(item), now()).run()
    }

    @discardableResult
    private static func audit(_ action: AuditEntry.Action, _ id: String, before: HubItem?, after: HubItem?, actor: String,
                              on db: any SQLDatabase) async throws -> AuditEntry {
        let at = now()
        let row = AuditRow(id: nil, at: at, actor: actor, action: action.rawValue, item_id: id,
                           before: try before.map(JSONText.encode), after: try after.map(JSONText.encode))
        let number = try await db.insert(into: "audit_log").model(row).returning("id")
            .first(decodingColumn: "id", as: Int64.self) ?? 0
        var stored = row
        stored.id = number
        return try stored.entry
    }

    static func now() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
}
