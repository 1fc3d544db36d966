import Foundation
import LMHubCore
import LMHubStorage
import SQLKit
import Testing

/// Knowledge items, API tokens and the audit log, on every engine.
struct HubStoreTests {
    static let item = HubItem(id: "demo-test", kind: .project, title: LocalizedText(en: "Test project", zh: "测试项目"),
                              date: PartialDate("2021-05"), countries: ["LA"], sdgs: [6])

    @Test(arguments: Engine.available) func everyWriteIsAuditedWithBeforeAndAfter(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            try await store.createHubItem(Self.item, actor: "token:alice")
            var changed = Self.item
            changed.title = LocalizedText(en: "Renamed project", zh: "测试项目")
            let update = try await store.replaceHubItem(changed, actor: "token:bob")
            #expect(update.changedFields == ["title"] && update.before == Self.item && update.after == changed)
            try await store.deleteHubItem(id: Self.item.id, actor: "token:admin")
            #expect(try await store.hubItems().isEmpty)
            let (entries, total) = try await store.auditLog(itemID: Self.item.id)
            #expect(total == 3)
            #expect(entries.map(\.action) == [.delete, .update, .create], "newest first")
            #expect(entries.map(\.actor) == ["token:admin", "token:bob", "token:alice"])
            #expect(entries[0].before == changed && entries[0].after == nil)
            #expect(entries[2].changedFields.contains("kind") && entries[2].before == nil)
        }
    }

    @Test(arguments: Engine.available) func refusedWritesChangeNothing(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            try await store.createHubItem(Self.item, actor: "token:alice")
            await #expect(throws: HubStoreError.exists("demo-test")) { try await store.createHubItem(Self.item, actor: "token:alice") }
            var missing = Self.item
            missing.id = "no-such-item"
            await #expect(throws: HubStoreError.notFound("no-such-item")) { try await store.replaceHubItem(missing, actor: "token:alice") }
            await #expect(throws: HubStoreError.notFound("no-such-item")) { try await store.deleteHubItem(id: "no-such-item", actor: "token:alice") }
            var invalid = Self.item
            invalid.title = LocalizedText(["en": " "])
            await #expect(throws: HubStoreError.self) { try await store.replaceHubItem(invalid, actor: "token:alice") }
            #expect(try await store.hubItems() == [Self.item])
            #expect(try await store.auditLog().total == 1)
        }
    }

    @Test(arguments: Engine.available) func seedingAddsOnlyItemsNeverStored(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            let seed = try HubSeed.bundled(standards: try StandardCatalog.bundled(), schemes: try AQISchemeCatalog.bundled())
            #expect(try await store.seedHub(seed) == seed.count)
            #expect(try await store.seedHub(seed) == 0, "a second start adds nothing")
            try await store.deleteHubItem(id: "lmec-center", actor: "token:admin")
            #expect(try await store.seedHub(seed) == 0, "a deleted item stays deleted")
            #expect(try await store.hubItems().count == seed.count - 1)
            #expect(try await store.auditLog().entries.last?.actor == "seed")
        }
    }

    @Test(arguments: Engine.available) func tokensAreFoundByTheirSecretUntilRevoked(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            let secret = try await store.createToken(name: "alice", role: .editor)
            #expect(secret.hasPrefix("lmh_") && secret.count == 68)
            #expect(try await store.token(secret: secret)?.role == .editor)
            #expect(try await store.token(secret: secret + "0") == nil)
            await #expect(throws: APITokenError.self) { _ = try await store.createToken(name: "alice", role: .admin) }
            await #expect(throws: APITokenError.self) { _ = try await store.createToken(name: "a b", role: .admin) }
            try await store.revokeToken(name: "alice")
            #expect(try await store.token(secret: secret) == nil)
            #expect(try await store.tokens().first?.revokedAt != nil)
            await #expect(throws: APITokenError.self) { try await store.revokeToken(name: "alice") }
            let tokensTable = try await store.read { try await $0.raw("SELECT token_hash FROM api_tokens").all(decodingColumn: "token_hash", as: String.self) }
            #expect(tokensTable.count == 1 && tokensTable[0].count == 64 && !tokensTable[0].contains(secret.dropFirst(4)),
                    "only the SHA-256 of the secret is stored")
        }
    }

    @Test func rolesIncludeWhatTheyMayDo() {
        #expect(APIRole.admin.includes(.editor) && APIRole.admin.includes(.admin))
        #expect(APIRole.editor.includes(.editor) && !APIRole.editor.includes(.admin))
    }
}
