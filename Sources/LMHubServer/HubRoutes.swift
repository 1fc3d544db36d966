import Foundation
import Hummingbird
import LMHubCore
import LMHubStorage

/// The knowledge hub's JSON API: `GET /api/v1/hub/items` (search and browse), `GET /api/v1/hub/items/{id}`;
/// with a bearer token, `POST /api/v1/hub/items` and `PUT /api/v1/hub/items/{id}` (editor), `DELETE
/// /api/v1/hub/items/{id}` and `GET /api/v1/audit` (admin).
struct HubRoutes: Sendable {
    let hub: HubCatalog
    let auth: HubAuthorization
    let links: HubLinkCheck

    func register(on router: Router<HubRequestContext>) {
        let api = router.group("api/v1")
        api.get("hub/items") { request, _ in
            let search = try HubSearchRequest(request)
            let result = try await hub.current().search(search.query, filter: search.filter, offset: search.offset, limit: search.limit)
            return HubItemsDocument(search: search, result: result)
        }
        api.get("hub/items/:id") { _, context in
            let id = try Self.id(context)
            let index = try await hub.current()
            guard let item = index.item(id: id) else { throw APIError.notFound("no item '\(id)'") }
            return HubItemDocument(item: item, linkedFrom: index.links(to: id).map { .init(id: $0.item.id, relation: $0.relation) })
        }
        api.post("hub/items") { request, _ in
            let token = try await auth.require(.editor, request)
            let item = try await checked(HubItemBody.read(request))
            let entry = try await Self.mapped { try await hub.create(item, actor: token.actor) }
            return try Self.json(HubWriteDocument(item: item, audit: entry.id), status: .created,
                                 location: "/api/v1/hub/items/\(item.id)")
        }
        api.put("hub/items/:id") { request, context in
            let id = try Self.id(context)
            let token = try await auth.require(.editor, request)
            let item = try await checked(HubItemBody.read(request, id: id))
            let entry = try await Self.mapped { try await hub.replace(item, actor: token.actor) }
            return try Self.json(HubWriteDocument(item: item, audit: entry.id), status: .ok, location: nil)
        }
        api.delete("hub/items/:id") { request, context in
            let id = try Self.id(context)
            let token = try await auth.require(.admin, request)
            let linking = try await hub.current().links(to: id).map(\.item.id).filter { $0 != id }
            if !linking.isEmpty {
                throw APIError.conflict("items link to '\(id)': \(Set(linking).sorted().joined(separator: ", ")); remove those links first")
            }
            _ = try await Self.mapped { try await hub.delete(id: id, actor: token.actor) }
            return Response(status: .noContent)
        }
        api.get("audit") { request, _ in
            _ = try await auth.require(.admin, request)
            let limit = Int(request.queryValue("limit") ?? "50") ?? -1, offset = Int(request.queryValue("offset") ?? "0") ?? -1
            guard (1...500).contains(limit), offset >= 0 else { throw APIError.badRequest("'limit' must be 1–500 and 'offset' 0 or more") }
            let (entries, total) = try await hub.store.auditLog(itemID: request.queryValue("item"), limit: limit, offset: offset)
            return AuditDocument(total: total, offset: offset, limit: limit, entries: entries)
        }
    }

    /// `item`, once its links all resolve. - Throws: ``APIError`` 422 naming each link that does not.
    func checked(_ item: HubItem) async throws -> HubItem {
        let errors = try await links.errors(in: item, index: hub.current())
        if !errors.isEmpty { throw APIError.invalid(errors) }
        return item
    }

    static func id(_ context: HubRequestContext) throws -> String {
        try context.parameters.require("id").removingPercentEncoding ?? ""
    }

    /// Runs a store write, answering its refusals: 409 for an id in use, 404 for a missing item, 422 for content.
    static func mapped(_ write: () async throws -> AuditEntry) async throws -> AuditEntry {
        do { return try await write() } catch let error as HubStoreError {
            switch error {
            case let .exists(id): throw APIError.conflict("an item '\(id)' exists already; change it with PUT /api/v1/hub/items/\(id)")
            case let .notFound(id): throw APIError.notFound("no item '\(id)'")
            case let .invalid(fields): throw APIError.invalid(fields)
            }
        }
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status, location: String?) throws -> Response {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if let location { headers[.location] = location }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }
}
