import Foundation
import Hummingbird
import LMHubCore
import LMHubStorage
import LMHubViews

/// The stations and their series under `/api/v1`: the station list (filters, JSON, CSV, GeoJSON), one
/// station, its observations (paged by cursor), its daily/monthly/yearly aggregates, and every station's
/// latest value of a parameter.
struct StationsController: Sendable {
    let hub: StationService

    var routes: RouteCollection<HubRequestContext> {
        let routes = RouteCollection(context: HubRequestContext.self)
        routes.get(.api(SitePaths.stations), use: list)
        routes.get(.api(SitePaths.station), use: show)
        routes.get(.api(SitePaths.observations), use: observations)
        routes.get(.api(SitePaths.aggregates), use: aggregates)
        routes.get(.api(SitePaths.latest), use: latest)
        return routes
    }

    /// `GET /api/v1/stations?bbox=&country=&kind=&parameter=&limit=&cursor=&format=json|csv|geojson`.
    @Sendable func list(_ request: Request, context: HubRequestContext) async throws -> Response {
        let format = try ResponseFormat(request, offered: [.json, .csv, .geojson])
        let filter = try StationFilter(request)
        let paging = try Paging(request, .series)
        let code = try request.queryValue("parameter").map { try StationService.parameter(named: $0).code }
        var measuring: Set<String>?
        if let code { measuring = try await hub.store.stationIDs(measuring: code) }
        let rows = try await hub.overview(language: "en").rows.filter { filter.admits($0.station) && (measuring?.contains($0.station.id) ?? true) }
        let (page, next) = try paging.page(of: rows)
        let link = next.map(request.link(to:))
        let sources = SourceAttribution.of(page.map(\.station))
        if format == .geojson {
            var response = try context.json(try await StationFeatures.load(hub: hub, rows: page), next: link)
            response.headers[.contentType] = ResponseFormat.geojson.contentType
            return response
        }
        let air = try await hub.air.latestIndices(of: page.map(\.station))
        switch format {
        case .csv: return StationTable.csv(page, standard: hub.standard.id, air: air).response(sources: sources, next: link, filename: "stations")
        case .json, .geojson:
            return try context.json(StationsDocument(stations: page.map { StationsDocument.Entry($0, standard: hub.standard.id, air: air[$0.station.id]) },
                                                     next: link, sources: sources), next: link)
        }
    }

    /// `GET /api/v1/stations/{id}`: the station and its latest sample's class.
    @Sendable func show(_ request: Request, context: HubRequestContext) async throws -> StationsDocument.Entry {
        _ = try ResponseFormat(request, offered: [.json])
        let station = try await StationPath.station(context, store: hub.store)
        guard let row = try await hub.overview(language: "en").rows.first(where: { $0.station.id == station.id }) else {
            throw ServiceError.notFound("no station '\(station.id)'")
        }
        return StationsDocument.Entry(row, standard: hub.standard.id, air: try await hub.air.latestIndices(of: [station])[station.id])
    }

    /// `GET /api/v1/stations/{id}/observations?parameter=&from=&to=&limit=&cursor=&format=json|csv`, oldest first.
    @Sendable func observations(_ request: Request, context: HubRequestContext) async throws -> Response {
        let format = try ResponseFormat(request)
        let station = try await StationPath.station(context, store: hub.store)
        let window = try TimeWindow(request, zone: station.zone)
        let paging = try Paging(request, .series)
        let code = try request.queryValue("parameter").map { try StationService.parameter(named: $0).code }
        let after = try paging.after.map { (millis: $0.millis, parameter: $0.key) }
        var rows = try await hub.store.observations(station: station.id, parameter: code, from: window.from, to: window.to,
                                                    after: after, limit: paging.limit + 1)
        let more = rows.count > paging.limit
        if more { rows.removeLast() }
        let link = more ? rows.last.map { request.link(to: .after(millis: LMHubStore.millis($0.time), key: $0.parameter)) } : nil
        let sources = SourceAttribution.of([station], files: rows.map(\.sourceFile))
        if format == .csv {
            return ObservationTable.csv(rows, station: station, parameter: code).response(sources: sources, next: link, filename: "\(station.id)-observations")
        }
        return try context.json(ObservationsDocument(station: station.id, parameter: code, observations: rows, next: link, sources: sources), next: link)
    }

    /// `GET /api/v1/stations/{id}/aggregates?parameter=&period=day|month|year&qc=valid|valid,suspect&from=&to=&limit=&cursor=&format=`:
    /// the hours the monitor flagged Invalid or Missing never count (nor Suspect ones with `qc=valid`).
    @Sendable func aggregates(_ request: Request, context: HubRequestContext) async throws -> Response {
        let format = try ResponseFormat(request)
        let station = try await StationPath.station(context, store: hub.store)
        let window = try TimeWindow(request, zone: station.zone)
        let paging = try Paging(request, .series)
        let periodText = request.queryValue("period") ?? "day"
        guard let period = SeriesAggregation.Period(rawValue: periodText.lowercased()) else {
            throw ServiceError.badRequest("'period' must be day, month or year, not '\(periodText)'")
        }
        let code = try request.queryValue("parameter").map { try StationService.parameter(named: $0).code }
        let policy = try AirService.policy(request.queryValue("qc"))
        let observations = try await hub.store.observations(station: station.id, parameter: code, from: window.from, to: window.to)
            .filter { policy.admits($0.qc) }
        let all = AggregatesDocument.rows(observations, station: station, period: period)
        let (page, next) = try paging.page(of: all)
        let link = next.map(request.link(to:))
        let sources = SourceAttribution.of([station], files: observations.map(\.sourceFile))
        if format == .csv { return AggregatesDocument.csv(page).response(sources: sources, next: link, filename: "\(station.id)-\(period.rawValue)") }
        return try context.json(AggregatesDocument(station: station.id, period: period.rawValue, timeZone: station.timeZone,
                                                   aggregates: page, next: link, sources: sources), next: link)
    }

    /// `GET /api/v1/latest?parameter=PM2.5&qc=valid|valid,suspect&bbox=&country=&kind=&limit=&cursor=&format=json|csv`:
    /// each station's latest observation of one parameter that the QC policy admits, in one query.
    @Sendable func latest(_ request: Request, context: HubRequestContext) async throws -> Response {
        let format = try ResponseFormat(request)
        guard let name = request.queryValue("parameter") else {
            throw ServiceError.badRequest("'parameter' is required: /api/v1/latest?parameter=PM2.5")
        }
        let code = try StationService.parameter(named: name).code
        let filter = try StationFilter(request)
        let paging = try Paging(request, .series)
        let policy = try AirService.policy(request.queryValue("qc"))
        let stations = Dictionary(uniqueKeysWithValues: try await hub.store.stations().map { ($0.id, $0) })
        let values = try await hub.store.latestValues(parameter: code, policy: policy).filter { stations[$0.station].map(filter.admits) ?? false }
        let (page, next) = try paging.page(of: values)
        let link = next.map(request.link(to:))
        let sources = SourceAttribution.of(page.compactMap { stations[$0.station] }, files: page.map(\.observation.sourceFile))
        if format == .csv { return LatestDocument.csv(page, stations: stations, parameter: code).response(sources: sources, next: link, filename: "latest-\(code)") }
        return try context.json(LatestDocument(parameter: code, values: page, stations: stations, next: link, sources: sources), next: link)
    }
}
