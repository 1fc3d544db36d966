import Foundation
import Hummingbird
import LMHubCore
import LMHubStorage
import LMHubViews

/// The knowledge hub's JSON API under `/api/v1`: `GET hub/items` (search and browse; JSON, CSV), `GET
/// hub/items/{id}`; with a bearer token, `POST hub/items` and `PUT hub/items/{id}` (editor), `DELETE
/// hub/items/{id}` and `GET audit` (admin).
struct HubController: Sendable {
    let hub: HubCatalog
    let auth: HubAuthorization
    let links: HubLinkCheck

    var routes: RouteCollection<HubRequestContext> {
        let routes = RouteCollection(context: HubRequestContext.self)
        let items = RouterPath.api(SitePaths.hubItems), item = RouterPath.api(SitePaths.hubItem)
        routes.get(items, use: search)
        routes.get(item, use: show)
        routes.post(items, use: create)
        routes.put(item, use: replace)
        routes.delete(item, use: delete)
        routes.get(.api(SitePaths.audit), use: audit)
        return routes
    }

    /// `GET /api/v1/hub/items?q=&kind=&country=&sdg=&year=&pillar=&theme=&limit=&offset=|cursor=&format=json|csv|geojson`
    /// (GeoJSON: one feature per place of the page's items).
    @Sendable func search(_ request: Request, context: HubRequestContext) async throws -> Response {
        let format = try ResponseFormat(request, offered: [.json, .csv, .geojson])
        let search = try HubSearchRequest(request)
        let result = try await hub.current().search(search.query, filter: search.filter, offset: search.offset, limit: search.limit)
        let end = search.offset + result.hits.count
        let link = end < result.total ? request.link(to: .offset(end)) : nil
        switch format {
        case .csv: return HubItemTable.csv(result.hits.map(\.item)).response(next: link, filename: "hub-items")
        case .geojson:
            var response = try context.json(HubItemFeatures.build(result.hits.map(\.item)), next: link)
            response.headers[.contentType] = ResponseFormat.geojson.contentType
            return response
        case .json: break
        }
        return try context.json(HubItemsDocument(search: search, result: result, next: link), next: link)
    }

    /// `GET /api/v1/hub/items/{id}`: the item and the items that link to it.
    @Sendable func show(_ request: Request, context: HubRequestContext) async throws -> HubItemDocument {
        let id = try StationPath.id(context)
        let index = try await hub.current()
        guard let item = index.item(id: id) else { throw ServiceError.notFound("no item '\(id)'") }
        return HubItemDocument(item: item, linkedFrom: index.links(to: id).map { .init(id: $0.item.id, relation: $0.relation) })
    }

    /// `POST /api/v1/hub/items` (editor): 201 with `Location`.
    @Sendable func create(_ request: Request, context: HubRequestContext) async throws -> Response {
        let token = try await auth.require(.editor, request)
        let item = try await checked(HubItemBody.read(request))
        let entry = try await Self.mapped { try await hub.create(item, actor: token.actor) }
        var response = try context.json(HubWriteDocument(item: item, audit: entry.id), status: .created)
        response.headers[.location] = SitePaths.path(SitePaths.hubItem, item.id)
        return response
    }

    /// `PUT /api/v1/hub/items/{id}` (editor).
    @Sendable func replace(_ request: Request, context: HubRequestContext) async throws -> Response {
        let id = try StationPath.id(context)
        let token = try await auth.require(.editor, request)
        let item = try await checked(HubItemBody.read(request, id: id))
        let entry = try await Self.mapped { try await hub.replace(item, actor: token.actor) }
        return try context.json(HubWriteDocument(item: item, audit: entry.id))
    }

    /// `DELETE /api/v1/hub/items/{id}` (admin): 204; 409 while other items link to it.
    @Sendable func delete(_ request: Request, context: HubRequestContext) async throws -> Response {
        let id = try StationPath.id(context)
        let token = try await auth.require(.admin, request)
        let linking = try await hub.current().links(to: id).map(\.item.id).filter { $0 != id }
        if !linking.isEmpty {
            throw ServiceError.conflict("items link to '\(id)': \(Set(linking).sorted().joined(separator: ", ")); remove those links first")
        }
        _ = try await Self.mapped { try await hub.delete(id: id, actor: token.actor) }
        return Response(status: .noContent)
    }

    /// `GET /api/v1/audit?item=&limit=&offset=|cursor=` (admin): entries newest first.
    @Sendable func audit(_ request: Request, context: HubRequestContext) async throws -> Response {
        _ = try await auth.require(.admin, request)
        let paging = try Paging(request, .audit)
        let offset = try paging.offset
        let (entries, total) = try await hub.store.auditLog(itemID: request.queryValue("item"), limit: paging.limit, offset: offset)
        let link = offset + entries.count < total ? request.link(to: .offset(offset + entries.count)) : nil
        return try context.json(AuditDocument(total: total, offset: offset, limit: paging.limit, entries: entries, next: link), next: link)
    }

    /// `item`, once its links all resolve. - Throws: ``ServiceError/invalid(_:)`` naming each link that does not.
    func checked(_ item: HubItem) async throws -> HubItem {
        let errors = try await links.errors(in: item, index: hub.current())
        if !errors.isEmpty { throw ServiceError.invalid(errors) }
        return item
    }

    /// Runs a store write, answering its refusals: 409 for an id in use, 404 for a missing item, 422 for content.
    static func mapped(_ write: () async throws -> AuditEntry) async throws -> AuditEntry {
        do { return try await write() } catch let error as HubStoreError {
            switch error {
            case let .exists(id): throw ServiceError.conflict("an item '\(id)' exists already; change it with PUT \(SitePaths.path(SitePaths.hubItem, id))")
            case let .notFound(id): throw ServiceError.notFound("no item '\(id)'")
            case let .invalid(fields): throw ServiceError.invalid(fields)
            }
        }
    }
}

/// Hub items as CSV: a row an item with its English and Chinese title, date, countries, SDGs and places.
enum HubItemTable {
    static func csv(_ items: [HubItem]) -> CSVTable {
        CSVTable(header: ["id", "kind", "title_en", "title_zh", "date", "countries", "sdgs", "pillar", "themes", "places"],
                 rows: items.map { item in
                     [.text(item.id), .text(item.kind.rawValue), .optional(item.title.values["en"]), .optional(item.title.values["zh"]),
                      .optional(item.date?.description), .text(item.countries.joined(separator: " ")), .text(item.sdgs.map(String.init).joined(separator: " ")),
                      .optional(item.pillar), .text(item.themes.joined(separator: " ")), .text(item.places.map { $0.name.text("en") }.joined(separator: "; "))]
                 })
    }
}
