import Foundation
import Hummingbird
import LMHubCore

/// `/api/v1/standards`, `/api/v1/standards/{id}` and `/api/v1/assessments`.
struct AssessmentRoutes: Sendable {
    let hub: HubService

    func register(on router: Router<HubRequestContext>) {
        let api = router.group("api/v1")
        api.get("standards") { _, _ in StandardsDocument(standards: standards()) }
        api.get("standards/:id") { _, context in
            let id = try context.parameters.require("id").removingPercentEncoding ?? ""
            let found = hub.catalog.standards[id].map { [$0] } ?? hub.catalog.versions(of: id)
            guard !found.isEmpty else { throw APIError.notFound(UnknownStandardError(id: id, known: known).description) }
            return StandardsDocument(standards: found.map(StandardsDocument.Entry.init))
        }
        api.get("assessments") { request, _ in
            guard let station = request.queryValue("station") else { throw APIError.badRequest("'station' is required: /api/v1/assessments?station=ID") }
            let period = try request.queryValue("period").map { text in
                guard let period = AssessmentPeriod(rawValue: text) else { throw APIError.badRequest("'period' must be sample or year, not '\(text)'") }
                return period
            } ?? .sample
            return try await assessments(station: station, standard: request.queryValue("standard") ?? "all", period: period,
                                         from: request.queryValue("from"), to: request.queryValue("to"))
        }
    }

    var known: [String] { (Array(hub.catalog.standards.keys) + hub.catalog.series).sorted() }

    func standards() -> [StandardsDocument.Entry] {
        hub.catalog.series.flatMap { hub.catalog.versions(of: $0) }.map(StandardsDocument.Entry.init)
    }

    /// One station's samples in [from, to], judged against `standard` (a version, a series, or `all`).
    func assessments(station id: String, standard: String, period: AssessmentPeriod, from: String?, to: String?) async throws -> AssessmentsDocument {
        guard let station = try await hub.store.station(id: id) else { throw APIError.notFound("no station '\(id)'") }
        let zone = TimeZone(identifier: station.timeZone) ?? .gmt
        let from = try APIRoutes.time(from, "from", end: false, zone: zone), to = try APIRoutes.time(to, "to", end: true, zone: zone)
        if let from, let to, from > to { throw APIError.badRequest("'from' is later than 'to'") }
        let ids = standard == "all" ? hub.catalog.series : [standard]
        let samples = try await hub.store.samples(station: id).filter { sample in
            from.map { sample.time >= $0 } ?? true && to.map { sample.time <= $0 } ?? true
        }
        let units: [AssessedUnit]
        do {
            units = try hub.catalog.assess(samples, standards: ids, period: period, waterBody: station.waterBodyKind, timeZone: station.timeZone)
        } catch {
            throw APIError.badRequest(error.description + ", all")
        }
        let indices = period == .year ? hub.indices.annual(samples, timeZone: station.timeZone) : []
        return AssessmentsDocument(station: id, period: period.rawValue, units: units, indices: indices)
    }
}

/// `GET /api/v1/standards`: every standard with its limits, sources and verification state
/// (`verified` is true only when every limit and the sample-class rule are verified).
struct StandardsDocument: ResponseEncodable {
    struct Entry: Encodable {
        let standard: WaterQualityStandard

        func encode(to encoder: Encoder) throws {
            try standard.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(standard.isVerified, forKey: .verified)
        }

        enum CodingKeys: String, CodingKey { case verified }
    }

    let standards: [Entry]
}

/// `GET /api/v1/assessments?station=&standard=&period=&from=&to=`: `{"station", "period", "results": [rows of
/// ``AssessedUnit/Row``], "indices": [annual indices, period=year only]}`.
struct AssessmentsDocument: ResponseEncodable {
    let station: String
    let period: String
    let results: [AssessedUnit.Row]
    let indices: [AnnualIndices]

    init(station: String, period: String, units: [AssessedUnit], indices: [AnnualIndices]) {
        self.station = station
        self.period = period
        self.indices = indices
        results = units.flatMap(\.rows)
    }
}
