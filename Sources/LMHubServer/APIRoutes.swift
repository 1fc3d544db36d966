import Foundation
import Hummingbird
import LMHubCore
import LMHubIngest
import LMHubStorage

/// The JSON API under `/api/v1`.
struct APIRoutes: Sendable {
    let hub: HubService

    func register(on router: Router<HubRequestContext>) {
        let api = router.group("api/v1")
        api.get("stations") { _, _ in try await stations() }
        api.get("stations/:id/observations") { request, context in
            let id = try context.parameters.require("id").removingPercentEncoding ?? ""
            return try await observations(station: id, parameter: request.queryValue("parameter"), from: request.queryValue("from"), to: request.queryValue("to"))
        }
    }

    func stations() async throws -> StationsDocument {
        let overview = try await hub.overview(language: "en")
        return StationsDocument(stations: overview.rows.map { row in
            StationsDocument.Entry(station: row.station, latest: row.latestTime.map { time in
                .init(time: time, date: LocalDate.string(time, timeZone: row.station.timeZone), dayAssumed: row.dayAssumed,
                      standard: row.station.kind == .water ? hub.standard.id : nil, class: row.assessment?.label, rank: row.assessment?.rank,
                      drivers: row.assessment?.drivers ?? [])
            })
        })
    }

    func observations(station id: String, parameter: String?, from: String?, to: String?) async throws -> ObservationsDocument {
        guard let station = try await hub.store.station(id: id) else { throw APIError.notFound("no station '\(id)'") }
        let zone = TimeZone(identifier: station.timeZone) ?? .gmt
        let from = try Self.time(from, "from", end: false, zone: zone), to = try Self.time(to, "to", end: true, zone: zone)
        if let from, let to, from > to { throw APIError.badRequest("'from' is later than 'to'") }
        let code = try parameter.map { try HubService.parameter(named: $0).code }
        let observations = try await hub.store.observations(station: id, parameter: code, from: from, to: to)
        return ObservationsDocument(station: id, parameter: code, observations: observations)
    }

    /// Reads `from`/`to`: `YYYY-MM-DD` (the station's local day: its start, or its end for `to`) or an ISO
    /// 8601 time, in the station's zone unless it carries `Z` or an offset; checked field by field.
    static func time(_ text: String?, _ name: String, end: Bool, zone: TimeZone) throws -> Date? {
        guard let text, !text.isEmpty else { return nil }
        guard let (date, dateOnly) = StrictTime.parse(text, zone: zone) else {
            throw APIError.badRequest("'\(name)' must be a date YYYY-MM-DD or an ISO 8601 time such as 2010-01-01T00:00:00Z, not '\(text)'")
        }
        return dateOnly && end ? date.addingTimeInterval(86_400 - 0.001) : date
    }
}

/// `GET /api/v1/stations`: every station with its latest sample's class.
struct StationsDocument: ResponseEncodable {
    struct Entry: Encodable {
        let station: Station
        let latest: Latest?
    }

    struct Latest: Encodable {
        let time: Date
        /// Local date in the station's zone.
        let date: String
        let dayAssumed: Bool
        /// The standard of `class`; `null` for an air station (its index is at `/api/v1/stations/{id}/aqi`).
        let standard: String?
        let `class`: String?
        let rank: Int?
        let drivers: [String]
    }

    let stations: [Entry]
}

/// `GET /api/v1/stations/{id}/observations`.
struct ObservationsDocument: ResponseEncodable {
    let station: String
    let parameter: String?
    let observations: [StoredObservation]
}
