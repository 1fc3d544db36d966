import Foundation
import Hummingbird
import LMHubCore

/// `GET /api/v1/stations/{id}/aqi?scheme=ID&from=&to=&resolution=hour|day&qc=valid|valid,suspect`.
struct AirRoutes: Sendable {
    let hub: HubService

    func register(on router: Router<HubRequestContext>) {
        router.group("api/v1").get("stations/:id/aqi") { request, context in
            let id = try context.parameters.require("id").removingPercentEncoding ?? ""
            guard let station = try await hub.store.station(id: id) else { throw APIError.notFound("no station '\(id)'") }
            guard station.kind == .air else { throw APIError.badRequest("'\(id)' is a water station; its assessments are at /api/v1/assessments?station=\(id)") }
            let resolution = request.queryValue("resolution")?.lowercased() ?? "hour"
            guard resolution == "hour" || resolution == "day" else { throw APIError.badRequest("'resolution' must be hour or day, not '\(resolution)'") }
            let zone = TimeZone(identifier: station.timeZone) ?? .gmt
            let from = try APIRoutes.time(request.queryValue("from"), "from", end: false, zone: zone)
            let to = try APIRoutes.time(request.queryValue("to"), "to", end: true, zone: zone)
            if let from, let to, from > to { throw APIError.badRequest("'from' is later than 'to'") }
            let scheme = request.queryValue("scheme") ?? AirService.defaultSeries
            let policy = try AirService.policy(request.queryValue("qc"))
            let results = try await hub.air.results(station: station, scheme: scheme, daily: resolution == "day", policy: policy, from: from, to: to)
            return AQIDocument(station: id, scheme: scheme, resolution: resolution, timeZone: zone, results: results)
        }
    }
}

/// The index of an air station: `{"station", "scheme", "resolution", "results": [{"time", "scheme" (version),
/// "aqi", "category": {"en", …}, "colour", "primary": [...], "verified", "parts": [{"pollutant", "statistic", "value"
/// (µg/m³), "subIndex", "noIndex"}]}]}`; `aqi` and `category` are `null` where no pollutant has an index.
struct AQIDocument: ResponseEncodable {
    struct Part: Encodable {
        let pollutant: String
        let statistic: String
        let value: Double?
        let subIndex: Int?
        let noIndex: String?
    }

    struct Entry: Encodable {
        let time: String
        let scheme: String
        let aqi: Int?
        let category: LocalizedText?
        let colour: String?
        /// The scheme's mark (`{"en": "Beyond Index", …}`) when the index lies past the scheme's top, else `null`.
        let beyondIndex: LocalizedText?
        let primary: [String]
        /// Whether the tables read, the categories and the rounding are all verified against the scheme's own text.
        let verified: Bool
        let parts: [Part]
    }

    let station: String
    let scheme: String
    let resolution: String
    let results: [Entry]

    init(station: String, scheme: String, resolution: String, timeZone: TimeZone, results: [(scheme: AQIScheme, result: AQIResult)]) {
        self.station = station
        self.scheme = scheme
        self.resolution = resolution
        let format = ISO8601DateFormatter()
        format.timeZone = timeZone
        format.formatOptions = resolution == "day" ? [.withFullDate] : [.withInternetDateTime]
        self.results = results.map { scheme, result in
            Entry(time: format.string(from: result.time), scheme: scheme.id, aqi: result.aqi, category: result.category?.name,
                  colour: result.category?.colour, beyondIndex: result.beyondIndex, primary: result.primary.map(\.rawValue),
                  verified: scheme.categoriesVerified && scheme.indexRoundingVerified
                      && result.parts.allSatisfy { part in part.subIndex.map { scheme.table(part.pollutant, $0.averaging)?.verified ?? false } ?? true },
                  parts: result.parts.map { Part(pollutant: $0.pollutant.rawValue, statistic: $0.statistic.rawValue, value: $0.value,
                                                subIndex: $0.subIndex?.value, noIndex: $0.missing?.description) })
        }
    }
}
