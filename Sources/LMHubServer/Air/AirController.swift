import Foundation
import Hummingbird
import LMHubCore
import LMHubViews

/// The air quality index of an air station under `/api/v1`.
struct AirController: Sendable {
    let hub: StationService

    var routes: RouteCollection<HubRequestContext> {
        let routes = RouteCollection(context: HubRequestContext.self)
        routes.get(.api(SitePaths.aqi), use: aqi)
        return routes
    }

    /// `GET /api/v1/stations/{id}/aqi?scheme=ID&from=&to=&resolution=hour|day&qc=valid|valid,suspect&limit=&cursor=&format=json|csv`,
    /// oldest first, paged by time.
    @Sendable func aqi(_ request: Request, context: HubRequestContext) async throws -> Response {
        let format = try ResponseFormat(request)
        let station = try await StationPath.station(context, store: hub.store)
        guard station.kind == .air else {
            throw ServiceError.badRequest("'\(station.id)' is a water station; its assessments are at /api/v1/assessments?station=\(SitePaths.encode(station.id))")
        }
        let resolution = request.queryValue("resolution")?.lowercased() ?? "hour"
        guard resolution == "hour" || resolution == "day" else { throw ServiceError.badRequest("'resolution' must be hour or day, not '\(resolution)'") }
        let window = try TimeWindow(request, zone: station.zone)
        let paging = try Paging(request, .series)
        let scheme = request.queryValue("scheme") ?? AirService.defaultSeries
        let policy = try AirService.policy(request.queryValue("qc"))
        let after = try paging.after.map { Date(timeIntervalSince1970: Double($0.millis) / 1000) }
        let all = try await hub.air.results(station: station, scheme: scheme, daily: resolution == "day", policy: policy, from: window.from, to: window.to)
            .filter { entry in after.map { entry.result.time > $0 } ?? true }
        let page = Array(all.prefix(paging.limit))
        let link = all.count > paging.limit ? page.last.map { request.link(to: .after(millis: Int64(($0.result.time.timeIntervalSince1970 * 1000).rounded()), key: "")) } : nil
        let document = AQIDocument(station: station.id, scheme: scheme, resolution: resolution, timeZone: station.zone, results: page,
                                   next: link, sources: SourceAttribution.of([station]))
        if format == .csv { return document.csv.response(sources: document.sources, next: link, filename: "\(station.id)-aqi") }
        return try context.json(document, next: link)
    }
}
