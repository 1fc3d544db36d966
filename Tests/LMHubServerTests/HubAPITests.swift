import Foundation
import Hummingbird
import HummingbirdTesting
import LMHubCore
import LMHubStorage
import Testing
@testable import LMHubServer

/// The hub with no monitoring data, an editor token and an admin token.
func withKnowledgeHub(_ body: @Sendable (any TestClientProtocol, _ editor: String, _ admin: String) async throws -> Void) async throws {
    let store = try await LMHubStore.openSQLite(path: ":memory:")
    let editor = try await store.createToken(name: "editor", role: .editor)
    let admin = try await store.createToken(name: "admin", role: .admin)
    do {
        try await Application(router: try buildRouter(store: store)).test(.router) { client in try await body(client, editor, admin) }
    } catch {
        try await store.close()
        throw error
    }
    try await store.close()
}

/// Sends `body` to `uri` with `token` (none when `nil`); returns the status and the body's text.
func send(_ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, token: String?, json body: String? = nil) async throws -> (HTTPResponse.Status, String) {
    var headers: HTTPFields = [.contentType: "application/json"]
    if let token { headers[.authorization] = "Bearer \(token)" }
    return try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) { response in
        (response.status, String(buffer: response.body))
    }
}

/// `/api/v1/hub/items` and `/api/v1/audit`: search, reads, token-checked writes and their audit trail.
struct HubAPITests {
    struct Page: Decodable {
        struct Hit: Decodable {
            struct Segment: Decodable { let text: String; let isMatch: Bool }
            let id: String
            let highlight: [String: [String: [Segment]]]?
        }
        let total: Int
        let items: [Hit]
    }

    struct Audit: Decodable {
        struct Entry: Decodable { let actor: String; let action: String; let itemID: String; let changedFields: [String]; let before: Item?; let after: Item? }
        struct Item: Decodable { let title: [String: String] }
        let total: Int
        let entries: [Entry]
    }

    static let valid = #"{"id": "demo-test-station", "kind": "project", "title": {"en": "Test monitoring project", "zh": "测试监测项目"}, "date": "2023-04", "countries": ["LA"], "places": [{"name": {"en": "Vientiane"}, "lat": 17.97, "lon": 102.6, "country": "LA"}], "links": [{"relation": "partner", "target": "lmec-center"}, {"relation": "standard", "target": "us-epa-2024"}]}"#

    func page(_ client: any TestClientProtocol, _ uri: String) async throws -> Page {
        let (status, body) = try await send(client, .get, uri, token: nil)
        #expect(status == .ok, "\(uri): \(body)")
        return try JSONDecoder().decode(Page.self, from: Data(body.utf8))
    }

    @Test func theInitiativeAndEveryStandardAreThereOnFirstStart() async throws {
        try await withKnowledgeHub { client, _, _ in
            let all = try await page(client, "/api/v1/hub/items?limit=100")
            #expect(all.total == 65, "50 initiative items, 8 water standards, 7 AQI schemes")
            #expect(all.items.contains { $0.id == "lmec-center" } && all.items.contains { $0.id == "standard-cn-hj633-2026" })
            let events = try await page(client, "/api/v1/hub/items?kind=event&year=2019&limit=100")
            #expect(events.total > 0 && events.items.allSatisfy { $0.id.contains("2019") })
            let (status, body) = try await send(client, .get, "/api/v1/hub/items/yunnan-office", token: nil)
            #expect(status == .ok && body.contains(#""relation":"parent","target":"lmec-center""#))
            let (_, center) = try await send(client, .get, "/api/v1/hub/items/lmec-center", token: nil)
            #expect(center.contains(#""linkedFrom":[{"id":"cambodia-office","relation":"parent"}"#))
        }
    }

    @Test func searchRanksAndHighlights() async throws {
        try await withKnowledgeHub { client, _, _ in
            let plastics = try await page(client, "/api/v1/hub/items?q=%E5%A1%91%E6%96%99")
            #expect(plastics.items.map(\.id) == ["pd-2022-06-youth-plastics"])
            let marked = plastics.items[0].highlight?["title"]?["zh"]?.filter(\.isMatch).map(\.text)
            #expect(marked == ["塑料"])
            let dialogues = try await page(client, "/api/v1/hub/items?q=dialogues&limit=100")
            let dialogue = try await page(client, "/api/v1/hub/items?q=Dialogue&limit=100")
            #expect(dialogues.items.map(\.id) == dialogue.items.map(\.id) && dialogue.total >= 10)
            #expect(dialogues.items.first?.highlight?["title"]?["en"]?.contains { $0.isMatch && $0.text == "Dialogue" } == true)
            try await expectAnswer(client, "/api/v1/hub/items?kind=blog", .badRequest, containing: "'kind' must be one of")
            try await expectAnswer(client, "/api/v1/hub/items?sdg=18", .badRequest, containing: "'sdg' must be a goal 1–17")
            try await expectAnswer(client, "/api/v1/hub/items?limit=0", .badRequest, containing: "'limit' must be a whole number 1–100")
        }
    }

    @Test func writesWithoutAValidTokenChangeNothing() async throws {
        try await withKnowledgeHub { client, editor, _ in
            let before = try await page(client, "/api/v1/hub/items?limit=1").total
            let (none, noneBody) = try await send(client, .post, "/api/v1/hub/items", token: nil, json: Self.valid)
            #expect(none == .unauthorized && noneBody.contains("needs an API token"))
            #expect(try await send(client, .post, "/api/v1/hub/items", token: "lmh_forged", json: Self.valid).0 == .unauthorized)
            #expect(try await send(client, .put, "/api/v1/hub/items/lmec-center", token: nil, json: Self.valid).0 == .unauthorized)
            let (forbidden, message) = try await send(client, .delete, "/api/v1/hub/items/lmec-center", token: editor)
            #expect(forbidden == .forbidden && message.contains("needs admin"))
            #expect(try await send(client, .get, "/api/v1/audit", token: editor).0 == .forbidden)
            #expect(try await send(client, .get, "/api/v1/audit", token: nil).0 == .unauthorized)
            #expect(try await page(client, "/api/v1/hub/items?limit=1").total == before)
            #expect(try await send(client, .get, "/api/v1/hub/items/lmec-center", token: nil).0 == .ok)
        }
    }

    @Test(arguments: [
        (#"{"id": "x-1", "kind": "blog", "title": {"en": "A"}}"#, "kind"),
        (#"{"id": "x-1", "kind": "event", "title": {"en": "A"}, "date": "2021-02-30"}"#, "date"),
        (#"{"id": "x-1", "kind": "event", "title": {"en": "A"}, "places": [{"name": {"en": "P"}, "lat": 91, "lon": 100}]}"#, "places[0].lat"),
        (#"{"id": "x-1", "kind": "event", "title": {"en": " ", "zh": ""}}"#, "title.en"),
        (#"{"id": "x-1", "kind": "event", "title": {"en": "A", "zh": ""}}"#, "title.zh"),
        (#"{"id": "x-1", "kind": "event", "title": {"en": "A"}, "pillar": "Policy-Dialogue"}"#, "pillar"),
        (#"{"id": "x-1", "kind": "event", "title": {"en": "A"}, "themes": [""]}"#, "themes[0]"),
        (#"{"id": "x-1", "kind": "event", "title": {"en": "A"}, "places": [{"name": {"en": "P"}, "lat": 18, "lon": 102, "country": "Laos"}]}"#, "places[0].country"),
        (#"{"id": "x-1", "kind": "event", "title": {"en": "A"}, "date": "+201"}"#, "date"),
        (#"{"id": "x-1", "kind": "event", "title": {"en": "A"}, "date": "0999"}"#, "date"),
        (#"{"id": "x-1", "kind": "event", "title": {"en": "A"}, "sdgs": [6, 6]}"#, "sdgs"),
        (#"{"id": "x-1", "kind": "event", "title": {"en": "A"}, "partners": ["P\u0007"]}"#, "partners[0]"),
        (#"{"id": "x-1", "kind": "event"}"#, "title"),
        (#"{"id": "X 1", "kind": "event", "title": {"en": "A"}}"#, "id"),
        (#"{"id": "x-1", "kind": "event", "title": {"en": "A"}, "links": [{"relation": "parent", "target": "no-such-item"}]}"#, "links[0].target"),
        (#"{"id": "x-1", "kind": "event", "title": {"en": "A"}, "links": [{"relation": "standard", "target": "gb-9999"}]}"#, "links[0].target"),
        (#"{"id": "x-1", "kind": "event", "title": {"en": "A"}, "links": [{"relation": "station", "target": "Nowhere"}]}"#, "links[0].target"),
        (#"{"id": "x-1", "kind": "event", "title": {"en": "A"}, "links": [{"relation": "cousin", "target": "lmec-center"}]}"#, "links[0].relation"),
    ]) func invalidContentIsRefusedFieldByField(body: String, field: String) async throws {
        try await withKnowledgeHub { client, editor, admin in
            let (status, text) = try await send(client, .post, "/api/v1/hub/items", token: editor, json: body)
            #expect(status == .unprocessableContent, "\(text)")
            #expect(text.contains(#""field":"\#(field)""#), "\(text)")
            #expect(try await send(client, .get, "/api/v1/hub/items/x-1", token: nil).0 == .notFound)
            let audit = try JSONDecoder().decode(Audit.self, from: Data(try await send(client, .get, "/api/v1/audit?limit=500", token: admin).1.utf8))
            #expect(audit.entries.allSatisfy { $0.actor == "seed" })
        }
    }

    @Test func oneAnswerNamesEveryFieldAtFault() async throws {
        try await withKnowledgeHub { client, editor, _ in
            let body = #"{"id": "u-multi", "kind": "nope", "title": {}, "date": "2021-13", "summray": {"en": "typo"}, "places": [{"name": {"en": "x"}, "lat": 100, "lon": 200}], "sdgs": [19], "countries": ["xx"]}"#
            let (status, text) = try await send(client, .post, "/api/v1/hub/items", token: editor, json: body)
            #expect(status == .unprocessableContent)
            for field in ["kind", "date", "summray", "title", "places[0].lat", "places[0].lon", "sdgs[0]", "countries[0]"] {
                #expect(text.contains(#""field":"\#(field)""#), "\(field): \(text)")
            }
            let fraction = try await send(client, .post, "/api/v1/hub/items", token: editor, json: #"{"id": "u-2", "kind": "event", "title": {"en": "A"}, "sdgs": [6.5]}"#)
            #expect(fraction.0 == .unprocessableContent && fraction.1.contains(#""field":"sdgs"#), "\(fraction.1)")
            let control = try await send(client, .post, "/api/v1/hub/items", token: editor, json: #"{"id": "u-3", "kind": "event", "title": {"en": "A\u0007B"}}"#)
            #expect(control.0 == .unprocessableContent && control.1.contains(#""field":"title.en""#))
            #expect(try await send(client, .post, "/api/v1/hub/items", token: editor, json: "[1, 2]").0 == .badRequest)
            #expect(try await send(client, .post, "/api/v1/hub/items", token: editor, json: "{not json").0 == .badRequest)
        }
    }

    @Test func everyWriteIsInTheAuditLog() async throws {
        try await withKnowledgeHub { client, editor, admin in
            let (created, _) = try await send(client, .post, "/api/v1/hub/items", token: editor, json: Self.valid)
            #expect(created == .created)
            #expect(try await send(client, .post, "/api/v1/hub/items", token: editor, json: Self.valid).0 == .conflict)
            let renamed = Self.valid.replacingOccurrences(of: "Test monitoring project", with: "Renamed project")
            #expect(try await send(client, .put, "/api/v1/hub/items/demo-test-station", token: editor, json: renamed).0 == .ok)
            #expect(try await page(client, "/api/v1/hub/items?q=renamed").items.map(\.id) == ["demo-test-station"])
            let (linked, why) = try await send(client, .delete, "/api/v1/hub/items/lmec-center", token: admin)
            #expect(linked == .conflict && why.contains("yunnan-office"), "an item others link to stays until the links go")
            #expect(try await send(client, .delete, "/api/v1/hub/items/demo-test-station", token: admin).0 == .noContent)
            #expect(try await send(client, .delete, "/api/v1/hub/items/demo-test-station", token: admin).0 == .notFound)
            #expect(try await page(client, "/api/v1/hub/items?q=renamed").total == 0)
            let (status, text) = try await send(client, .get, "/api/v1/audit?item=demo-test-station", token: admin)
            #expect(status == .ok)
            let audit = try JSONDecoder().decode(Audit.self, from: Data(text.utf8))
            #expect(audit.total == 3 && audit.entries.map(\.action) == ["delete", "update", "create"])
            #expect(audit.entries.map(\.actor) == ["token:admin", "token:editor", "token:editor"])
            #expect(audit.entries[1].changedFields == ["title"])
            let update = audit.entries[1]
            #expect(update.before?.title["en"] == "Test monitoring project" && update.after?.title["en"] == "Renamed project")
        }
    }

    @Test func writesByAnotherProcessAreSeenOnTheNextRequest() async throws {
        let store = try await LMHubStore.openSQLite(path: ":memory:")
        try await Application(router: try buildRouter(store: store)).test(.router) { client in
            #expect(try await page(client, "/api/v1/hub/items?q=elsewhere").total == 0)
            let item = #"{"id": "written-elsewhere", "kind": "event", "title": {"en": "Written elsewhere"}}"#
            try await store.createHubItem(try JSONDecoder().decode(HubItem.self, from: Data(item.utf8)), actor: "token:other-server")
            #expect(try await page(client, "/api/v1/hub/items?q=elsewhere").items.map(\.id) == ["written-elsewhere"])
        }
        try await store.close()
    }

    @Test func thaiItemsAreFoundByTheirThaiText() async throws {
        try await withKnowledgeHub { client, editor, _ in
            let thai = #"{"id": "th-mekong-water", "kind": "research", "title": {"th": "คุณภาพน้ำแม่น้ำโขง", "en": "Mekong water quality"}}"#
            let (status, _) = try await send(client, .post, "/api/v1/hub/items", token: editor, json: thai)
            #expect(status == .created)
            let query = "แม่น้ำโขง".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            let found = try await page(client, "/api/v1/hub/items?q=" + query).items.first?.id
            #expect(found == "th-mekong-water")
        }
    }
}
