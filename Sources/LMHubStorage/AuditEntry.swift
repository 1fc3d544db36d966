import Foundation
import LMHubCore

/// One write to the knowledge hub, as the audit log keeps it: who (`token:<name>`, or `seed` for the items a
/// new hub starts with), when, what was done to which item, the item before and after, and the names of the
/// fields that changed.
public struct AuditEntry: Sendable, Codable, Hashable {
    public enum Action: String, Sendable, Codable { case create, update, delete, seed }

    public let id: Int64
    public let at: Date
    public let actor: String
    public let action: Action
    public let itemID: String
    public let before: HubItem?
    public let after: HubItem?
    /// Top-level fields of the item whose value differs between `before` and `after`, sorted (all fields of a
    /// created or deleted item).
    public let changedFields: [String]

    init(id: Int64, at: Date, actor: String, action: Action, itemID: String, before: HubItem?, after: HubItem?) throws {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.itemID = itemID
        self.before = before
        self.after = after
        changedFields = try Self.changes(before, after)
    }

    private static func changes(_ before: HubItem?, _ after: HubItem?) throws -> [String] {
        func fields(_ item: HubItem?) throws -> [String: String] {
            guard let item, let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(item)) as? [String: Any] else { return [:] }
            return try object.mapValues { value in
                String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]), as: UTF8.self)
            }
        }
        let old = try fields(before), new = try fields(after)
        return Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }.sorted()
    }
}

/// The `audit_log` row of an ``AuditEntry``.
struct AuditRow: Codable {
    var id: Int64?
    var at: Int64
    var actor: String
    var action: String
    var item_id: String
    var before: String?
    var after: String?

    var entry: AuditEntry {
        get throws {
            try AuditEntry(id: id ?? 0, at: Date(timeIntervalSince1970: Double(at) / 1000), actor: actor,
                           action: AuditEntry.Action(rawValue: action) ?? .update, itemID: item_id,
                           before: try before.map { try JSONText.decode(HubItem.self, from: $0) },
                           after: try after.map { try JSONText.decode(HubItem.self, from: $0) })
        }
    }
}
