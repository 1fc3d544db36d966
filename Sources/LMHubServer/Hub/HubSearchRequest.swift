import Hummingbird
import LMHubCore

/// The search and browse parameters of `/hub` and `/api/v1/hub/items`: `q`, the filters `kind`, `country`,
/// `sdg`, `year`, `pillar`, `theme`, and paging by ``Paging`` (`limit` 1–100, default 20; `offset` or `cursor`).
struct HubSearchRequest: Sendable {
    let query: SearchQuery
    let filter: HubSearchFilter
    let offset: Int
    let limit: Int
    /// The filters as given, for links that keep them.
    let filters: [(key: String, value: String)]

    static let filterKeys = ["kind", "pillar", "theme", "country", "sdg", "year"]

    /// - Throws: ``ServiceError/badRequest(_:)`` naming the parameter and what it takes.
    init(_ request: Request) throws {
        query = SearchQuery(request.queryValue("q") ?? "")
        filters = Self.filterKeys.compactMap { key in request.queryValue(key).map { (key, $0) } }
        var filter = HubSearchFilter()
        for (key, value) in filters {
            switch key {
            case "kind":
                guard let kind = HubItem.Kind(parsing: value) else {
                    throw ServiceError.badRequest("'kind' must be one of \(HubItem.Kind.allCases.map(\.rawValue).joined(separator: ", ")), not '\(value)'")
                }
                filter.kind = kind
            case "country":
                guard value.count == 2, value.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                    throw ServiceError.badRequest("'country' must be an ISO 3166-1 alpha-2 code such as LA, not '\(value)'")
                }
                filter.country = value.uppercased()
            case "sdg":
                guard let goal = Int(value), (1...17).contains(goal) else { throw ServiceError.badRequest("'sdg' must be a goal 1–17, not '\(value)'") }
                filter.sdg = goal
            case "year":
                guard value.count == 4, let year = Int(value) else { throw ServiceError.badRequest("'year' must be a year such as 2019, not '\(value)'") }
                filter.year = year
            case "pillar": filter.pillar = value.lowercased()
            default: filter.theme = value.lowercased()
            }
        }
        self.filter = filter
        let paging = try Paging(request, .documents)
        offset = try paging.offset
        limit = paging.limit
    }
}
