import LMHubCore
import LMHubStorage

/// The edition a body was computed with: `{"id", "title", "asOf", "edition", "source", "attribution", "licence",
/// "verified"}` (`edition` the id of the constants used, `source` the file the values came from).
struct SDGEditionInfo: Encodable, Sendable {
    let id, title, asOf, edition, source, attribution, licence: String
    let verified: Bool

    init(_ report: SDGService.EditionReport, _ edition: SDREdition) {
        (id, title, asOf) = (report.summary.id, report.summary.title, report.summary.asOf)
        (self.edition, source) = (edition.id, report.stored.source)
        (attribution, licence, verified) = (edition.attribution, edition.licence, edition.verified)
    }
}

/// `GET /api/v1/sdg/editions`: `{"editions": [{"id", "title", "asOf", "storedAt"}], "default"}`.
struct SDGEditionsDocument: Encodable, Sendable {
    struct Entry: Encodable, Sendable {
        let id, title, asOf: String
        let storedAt: Int64
    }
    let editions: [Entry]
    let `default`: String
}

/// `GET /api/v1/sdg/countries`: `{"edition": {…}, "steps": [method steps with status], "countries": [{"iso3",
/// "name", "region", "index", "rank", "inclusion", "missingShare", "goals": [{"goal", "score", "imputedScore",
/// "colour", "indicatorsWithData", "indicatorsExpected"}]}]}`, ranked countries by rank, then the others by ISO3.
struct SDGCountriesDocument: Encodable, Sendable {
    struct Country: Encodable, Sendable {
        struct Goal: Encodable, Sendable {
            let goal: Int
            let score, imputedScore: Double?
            let colour: SDGColour
            let indicatorsWithData, indicatorsExpected: Int
        }
        let iso3, name, region: String
        let index: Double?
        let rank: Int?
        let inclusion: SDGInclusion
        let missingShare: Double
        let goals: [Goal]

        init(_ result: SDGCountryResult) {
            (iso3, name, region, index, rank) = (result.iso3, result.name, result.region, result.index, result.rank)
            (inclusion, missingShare) = (result.inclusion, result.missingShare)
            goals = result.goals.map {
                Goal(goal: $0.goal, score: $0.score, imputedScore: $0.imputedScore, colour: $0.colour,
                     indicatorsWithData: $0.indicatorsWithData, indicatorsExpected: $0.indicatorsExpected)
            }
        }
    }
    let edition: SDGEditionInfo
    let steps: [SDGMethodStep]
    let countries: [Country]
}

/// `GET /api/v1/sdg/countries/{iso3}`: `{"edition", "country": {as in the list}, "index": IndexResult,
/// "goals": [IndexResult per goal], "indicators": [{"code", "goal", "name", "scope", "value", "year", "kind",
/// "optimum", "lowerBound", "greenThreshold", "redThreshold", "normalisedScore", "colour", "trend", "flags"}]}`.
struct SDGCountryDocument: Encodable, Sendable {
    struct Indicator: Encodable, Sendable {
        let code: String
        let goal: Int
        let name: LocalizedText?
        let scope: SDGIndicator.Scope?
        let value: Double
        let year: Int?
        let kind: SDGObservation.Kind
        let optimum, lowerBound, greenThreshold, redThreshold, normalisedScore: Double?
        let colour: SDGColour?
        let trend: SDGTrendArrow?
        let flags: [SDGStep]
    }
    let edition: SDGEditionInfo
    let country: SDGCountriesDocument.Country
    let index: IndexResult
    let goals: [IndexResult]
    let indicators: [Indicator]

    init(_ result: SDGCountryResult, report: SDGService.EditionReport, edition: SDREdition) {
        self.edition = SDGEditionInfo(report, edition)
        country = .init(result)
        index = result.indexResult(edition)
        goals = (1...17).compactMap { result.goalResult($0, edition) }
        indicators = result.indicators.map { row in
            let definition = edition.indicator(row.code)
            return Indicator(code: row.code, goal: row.goal, name: definition?.name, scope: definition?.scope, value: row.value, year: row.year,
                             kind: row.kind, optimum: definition?.optimum, lowerBound: definition?.lowerBound,
                             greenThreshold: definition?.greenThreshold, redThreshold: definition?.redThreshold,
                             normalisedScore: row.normalisedScore, colour: row.colour, trend: row.trend, flags: row.flags)
        }
    }
}
