import Foundation
import Hummingbird
import LMHubCore
import LMHubViews

/// The water standards and the assessments of water samples against them, under `/api/v1`:
/// `standards`, `standards/{id}` (a version, or every version of a series) and `assessments`.
struct StandardsController: Sendable {
    let hub: StationService

    var routes: RouteCollection<HubRequestContext> {
        let routes = RouteCollection(context: HubRequestContext.self)
        routes.get(.api(SitePaths.standards), use: list)
        routes.get(.api(SitePaths.standard), use: show)
        routes.get(.api(SitePaths.assessments), use: assessments)
        return routes
    }

    /// `GET /api/v1/standards`: every version of every standard, with limits, sources and verification state.
    @Sendable func list(_ request: Request, context: HubRequestContext) async throws -> StandardsDocument {
        StandardsDocument(standards: hub.catalog.series.flatMap { hub.catalog.versions(of: $0) }.map(StandardsDocument.Entry.init))
    }

    /// `GET /api/v1/standards/{id}`: a version by its id, or all versions of a series.
    @Sendable func show(_ request: Request, context: HubRequestContext) async throws -> StandardsDocument {
        let id = try StationPath.id(context)
        let found = hub.catalog.standards[id].map { [$0] } ?? hub.catalog.versions(of: id)
        guard !found.isEmpty else {
            throw ServiceError.notFound(UnknownStandardError(id: id, known: (Array(hub.catalog.standards.keys) + hub.catalog.series).sorted()).description)
        }
        return StandardsDocument(standards: found.map(StandardsDocument.Entry.init))
    }

    /// `GET /api/v1/assessments?station=&standard=&period=sample|year&from=&to=&limit=&cursor=&format=json|csv`:
    /// one station's samples in the window, judged against `standard` (a version, a series, or `all`).
    @Sendable func assessments(_ request: Request, context: HubRequestContext) async throws -> Response {
        let format = try ResponseFormat(request)
        guard let id = request.queryValue("station") else { throw ServiceError.badRequest("'station' is required: /api/v1/assessments?station=ID") }
        let period = try request.queryValue("period").map { text in
            guard let period = AssessmentPeriod(rawValue: text) else { throw ServiceError.badRequest("'period' must be sample or year, not '\(text)'") }
            return period
        } ?? .sample
        let paging = try Paging(request, .series)
        guard let station = try await hub.store.station(id: id) else { throw ServiceError.notFound("no station '\(id)'") }
        let window = try TimeWindow(request, zone: station.zone)
        let standard = request.queryValue("standard") ?? "all"
        let samples = try await hub.store.samples(station: station.id).filter { window.contains($0.time) }
        let units: [AssessedUnit]
        do {
            units = try hub.catalog.assess(samples, standards: standard == "all" ? hub.catalog.series : [standard], period: period,
                                           waterBody: station.waterBodyKind, timeZone: station.timeZone)
        } catch {
            throw ServiceError.badRequest(error.description + ", all")
        }
        let (rows, next) = try paging.page(of: units.flatMap(\.rows))
        let link = next.map(request.link(to:))
        let sources = SourceAttribution.of([station])
        if format == .csv { return AssessmentTable.csv(rows).response(sources: sources, next: link, filename: "\(station.id)-assessments") }
        let indices = period == .year ? hub.indices.annual(samples, timeZone: station.timeZone) : []
        return try context.json(AssessmentsDocument(station: station.id, period: period.rawValue, results: rows, indices: indices,
                                                    next: link, sources: sources), next: link)
    }
}
