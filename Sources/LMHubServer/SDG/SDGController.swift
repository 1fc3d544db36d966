import Foundation
import Hummingbird
import LMHubCore
import LMHubViews

/// The SDG Index and Dashboards over HTTP: `/api/v1/sdg/editions`, `/api/v1/sdg/countries` (JSON or CSV) and
/// `/api/v1/sdg/countries/{iso3}`, each for `?edition=` (default: the bundled SDR 2023).
struct SDGController: Sendable {
    let sdg: SDGService

    var routes: RouteCollection<HubRequestContext> {
        let routes = RouteCollection(context: HubRequestContext.self)
        routes.get(.api(SitePaths.sdgEditions), use: editions)
        routes.get(.api(SitePaths.sdgCountries), use: countries)
        routes.get(.api(SitePaths.sdgCountry), use: country)
        return routes
    }

    /// `GET /api/v1/sdg/editions`.
    @Sendable func editions(_ request: Request, context: HubRequestContext) async throws -> Response {
        _ = try ResponseFormat(request, offered: [.json])
        let all = try await sdg.editions()
        let chosen = try await sdg.report(nil)
        return try context.json(SDGEditionsDocument(editions: all.map { .init(id: $0.id, title: $0.title, asOf: $0.asOf, storedAt: $0.storedAt) },
                                                    default: chosen.summary.id))
    }

    /// `GET /api/v1/sdg/countries?edition=&country=ISO3,…&format=json|csv`: every country, or those named.
    /// CSV: `iso3,country,index,rank,goal1,…,goal17` (scores to two decimals, as `lmhub sdg index`).
    @Sendable func countries(_ request: Request, context: HubRequestContext) async throws -> Response {
        let format = try ResponseFormat(request)
        let report = try await sdg.report(request.queryValue("edition"))
        let selected = try request.queryValue("country").map { list in
            var seen: Set<String> = []
            return try list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
                .filter { seen.insert($0).inserted }.map { try sdg.country($0, in: report) }
        } ?? Self.ordered(report.report.countries)
        if format == .csv {
            let table = CSVTable(header: ["iso3", "country", "index", "rank"] + (1...17).map { "goal\($0)" }, rows: selected.map { country in
                [.text(country.iso3), .text(country.name), Self.twoDecimals(country.index), country.rank.map(CSVTable.Cell.integer) ?? .empty]
                    + (1...17).map { Self.twoDecimals(country.goal($0)?.score) }
            })
            return table.response(sources: [Self.attribution(sdg.edition)], filename: "sdg-\(report.summary.id)")
        }
        return try context.json(SDGCountriesDocument(edition: SDGEditionInfo(report, sdg.edition), steps: sdg.edition.steps,
                                                     countries: selected.map(SDGCountriesDocument.Country.init)))
    }

    /// `GET /api/v1/sdg/countries/{iso3}?edition=`: one country's index, goals and indicators.
    @Sendable func country(_ request: Request, context: HubRequestContext) async throws -> Response {
        _ = try ResponseFormat(request, offered: [.json])
        let report = try await sdg.report(request.queryValue("edition"))
        let result = try sdg.country(try StationPath.id(context, parameter: "iso3").trimmingCharacters(in: .whitespaces), in: report)
        return try context.json(SDGCountryDocument(result, report: report, edition: sdg.edition))
    }

    /// Ranked countries by rank, then the others by ISO3.
    static func ordered(_ countries: [SDGCountryResult]) -> [SDGCountryResult] {
        countries.sorted { ($0.rank ?? Int.max, $0.iso3) < ($1.rank ?? Int.max, $1.iso3) }
    }

    static func twoDecimals(_ value: Double?) -> CSVTable.Cell {
        value.map { .text(String(format: "%.2f", $0)) } ?? .empty
    }

    static func attribution(_ edition: SDREdition) -> SourceAttribution {
        SourceAttribution(source: "SDSN Sustainable Development Report \(edition.edition)", licence: edition.licence,
                          attribution: edition.attribution, files: [])
    }
}
