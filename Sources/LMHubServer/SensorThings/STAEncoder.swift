import Foundation
import LMHubStorage

/// One page of a collection: its entities' JSON, the total when `$count=true`, whether more follow.
struct STAPage: Sendable {
    var values: [STAJSON]
    var count: Int?
    var more: Bool
}

/// Writes entities as SensorThings JSON (OGC 18-088 §9.2): properties plus `@iot.id`, `@iot.selfLink`
/// (absolute, under `root`) and `<Nav>@iot.navigationLink` for every navigation property; applies `$select`
/// (§9.3.2.2), and `$expand` (§9.3.2.1) with the nested options of each expanded property, where an
/// expanded collection carries `<Nav>@iot.count` and `<Nav>@iot.nextLink` as a collection does.
/// Collections are filtered, sorted and cut in memory for the small sets, in SQL for Observations.
struct STAEncoder: Sendable {
    let model: STAModel
    /// The absolute service root, e.g. `http://127.0.0.1:8080/sta/v1.1`.
    let root: String

    func selfLink(_ entity: STAEntity) -> String { "\(root)/\(entity.set.rawValue)(\(entity.pathKey))" }

    func entity(_ entity: STAEntity, _ query: STAQuery) async throws -> STAJSON {
        let link = selfLink(entity)
        var members = model.properties(of: entity)
        members["@iot.id"] = entity.id
        members["@iot.selfLink"] = .string(link)
        for navigation in entity.set.navigation { members["\(navigation.name)@iot.navigationLink"] = .string("\(link)/\(navigation.name)") }
        if let select = query.select {
            let known = Set(members.keys).union(entity.set.navigation.map(\.name)).union(["id"])
            if let unknown = select.first(where: { !known.contains($0) }) {
                throw ServiceError.badRequest("$select: \(entity.set.singular) has no property \(unknown)")
            }
            let wanted = Set(select)
            members = members.filter { key, _ in
                key == "@iot.selfLink" || (key == "@iot.id" && wanted.contains("id"))
                    || wanted.contains(key) || wanted.contains(String(key.prefix { $0 != "@" }))
            }
        }
        for (name, inner) in Self.expansions(query.expand) {
            guard let navigation = entity.set.navigation(named: name) else {
                throw ServiceError.badRequest("$expand: \(entity.set.singular) has no navigation property \(name); it has \(entity.set.navigation.map(\.name).joined(separator: ", "))")
            }
            switch try model.follow(navigation, from: entity) {
            case let .one(target):
                members[name] = try await self.entity(target, inner)
            case let .many(_, entities):
                put(try await page(entities, inner), as: name, link: "\(link)/\(name)", query: inner, into: &members)
            case let .observations(datastreams):
                put(try await observations(datastreams, inner), as: name, link: "\(link)/\(name)", query: inner, into: &members)
            }
        }
        return .object(members)
    }

    private func put(_ page: STAPage, as name: String, link: String, query: STAQuery, into members: inout [String: STAJSON]) {
        members[name] = .array(page.values)
        if let count = page.count { members["\(name)@iot.count"] = .integer(Int64(count)) }
        if page.more, query.top > 0 { members["\(name)@iot.nextLink"] = .string(query.nextLink(link)) }
    }

    /// `Datastreams/Observations` becomes `Datastreams($expand=Observations)`; options stay with the last step.
    static func expansions(_ items: [(navigation: String, query: STAQuery)]) -> [(String, STAQuery)] {
        items.map { item in
            let steps = item.navigation.split(separator: "/").map(String.init)
            guard steps.count > 1 else { return (item.navigation, item.query) }
            var query = STAQuery()
            query.expand = [(steps.dropFirst().joined(separator: "/"), item.query)]
            return (steps[0], query)
        }
    }

    /// A page of a small set: `$filter`, `$orderby`, `$count`, `$skip`, `$top` in memory.
    func page(_ entities: [STAEntity], _ query: STAQuery) async throws -> STAPage {
        var chosen = entities
        if let filter = query.filter { chosen = try chosen.filter { try model.matches($0, filter) } }
        chosen = try model.sorted(chosen, by: query.orderBy)
        let slice = chosen.dropFirst(query.skip).prefix(query.top)
        var values: [STAJSON] = []
        for entity in slice { values.append(try await self.entity(entity, query)) }
        return STAPage(values: values, count: query.count ? chosen.count : nil, more: chosen.count > query.skip + query.top)
    }

    /// A page of observations (of `datastreams`, or all when `nil`), read with LIMIT/OFFSET in SQL.
    func observations(_ datastreams: [Int64]?, _ query: STAQuery) async throws -> STAPage {
        var sql = STAObservationQuery(datastreams: datastreams, limit: query.top + 1, offset: query.skip)
        sql.predicate = try query.filter.map(STAObservationSQL.predicate)
        sql.order = try STAObservationSQL.order(query.orderBy)
        let rows = try await model.store.staObservations(sql)
        var values: [STAJSON] = []
        for row in rows.prefix(query.top) { values.append(try await entity(.observation(row), query)) }
        let count = query.count ? try await model.store.staObservationCount(sql) : nil
        return STAPage(values: values, count: count, more: rows.count > query.top)
    }
}
