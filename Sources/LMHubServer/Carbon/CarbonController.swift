import Foundation
import Hummingbird
import LMHubCore
import LMHubViews

/// Infrastructure carbon accounting over HTTP: `/api/v1/carbon/projects` (JSON or CSV),
/// `/api/v1/carbon/projects/{id}` (JSON, or CSV as `lmhub carbon --format csv`), each for `?gwp=` (default: each
/// project's own set), and the factor library `/api/v1/carbon/factors?q=` (JSON or CSV); with an editor's bearer
/// token, `POST /api/v1/carbon/projects` stores a project.
struct CarbonController: Sendable {
    let carbon: CarbonService
    let auth: HubAuthorization

    /// Projects: 20 a page, at most 100 (each with its functional units). Factors: 100 a page, at most 500.
    static let projectLimits = Paging.Limits.documents
    static let factorLimits = Paging.Limits(defaultLimit: 100, maximum: 500)

    var routes: RouteCollection<HubRequestContext> {
        let routes = RouteCollection(context: HubRequestContext.self)
        routes.get(.api(SitePaths.carbonProjects), use: projects)
        routes.post(.api(SitePaths.carbonProjects), use: create)
        routes.get(.api(SitePaths.carbonProject), use: project)
        routes.get(.api(SitePaths.carbonFactors), use: factors)
        return routes
    }

    /// `GET /api/v1/carbon/projects?gwp=&format=json|csv&limit=&cursor=&offset=`. CSV: `id,name,kind,country,
    /// length_km,area_ha,capacity_mw,lifetime_years,annual_generation_mwh,gwp,total_tco2e,d_tco2e,functional_unit,
    /// per_functional_unit` (the project kind's own functional unit; empty figures for a project that cannot be
    /// accounted under the set asked for).
    @Sendable func projects(_ request: Request, context: HubRequestContext) async throws -> Response {
        let format = try ResponseFormat(request)
        let paging = try Paging(request, Self.projectLimits)
        let gwp = request.queryValue("gwp")
        let all = try await carbon.list(gwp: gwp)
        let (page, next) = try paging.page(of: all)
        let nextLink = next.map(request.link(to:))
        if format == .csv {
            let header = ["id", "name", "kind", "country", "length_km", "area_ha", "capacity_mw", "lifetime_years", "annual_generation_mwh",
                          "gwp", "total_tco2e", "d_tco2e", "functional_unit", "per_functional_unit"]
            let table = CSVTable(header: header, rows: page.map { entry in
                let p = entry.stored.project, result = try? entry.outcome.get(), unit = result?.functionalUnits.first
                return [.text(entry.summary.id), .text(p.name), .text(p.kind.rawValue), .optional(p.country), .optional(p.lengthKm),
                        .optional(p.areaHa), .optional(p.capacityMW), .optional(p.lifetimeYears), .optional(p.annualGenerationMWh),
                        .optional(result?.gwpSet), .optional(result.map { Self.rounded($0.total) }), .optional(result.map { Self.rounded($0.moduleD) }),
                        .optional(unit?.unit), .optional(unit.map { Self.rounded($0.value) })]
            })
            return table.response(next: nextLink, filename: "carbon-projects")
        }
        return try context.json(CarbonProjectsDocument(total: all.count, offset: try paging.offset, limit: paging.limit, gwp: try carbon.gwpSet(gwp)?.id,
                                                       projects: page.map { CarbonProjectsDocument.Project($0, gwp: gwp) }, next: nextLink),
                                next: nextLink)
    }

    /// `GET /api/v1/carbon/projects/{id}?gwp=&format=json|csv`. CSV: `module,tco2e`, one row per module with lines,
    /// then `total` (A1–A3 to C1–C4) and `D` (apart), as `lmhub carbon --format csv`.
    @Sendable func project(_ request: Request, context: HubRequestContext) async throws -> Response {
        let format = try ResponseFormat(request)
        let gwp = request.queryValue("gwp")
        let entry = try await carbon.entry(try StationPath.id(context), gwp: gwp)
        if format == .csv {
            let result = entry.result
            let rows: [[CSVTable.Cell]] = result.modules.map { [.text($0.module.rawValue), .number(Self.rounded($0.tonnesCO2e))] }
                + [[.text("total"), .number(Self.rounded(result.total))], [.text("D"), .number(Self.rounded(result.moduleD))]]
            return CSVTable(header: ["module", "tco2e"], rows: rows).response(filename: "carbon-\(entry.summary.id)-\(result.gwpSet)")
        }
        return try context.json(CarbonProjectDocument(entry, references: carbon.references, gwp: gwp))
    }

    /// `POST /api/v1/carbon/projects` (editor; body as ``CarbonProjectBody``): 201 with `Location` and the project's
    /// result; 200 when the same project is stored already; 409 when another project has the id.
    @Sendable func create(_ request: Request, context: HubRequestContext) async throws -> Response {
        _ = try await auth.require(.editor, request)
        let (id, project) = try await CarbonProjectBody.read(request)
        let outcome = try await carbon.store(id: id, project: project)
        let entry = try await carbon.entry(id, gwp: nil)
        var response = try context.json(CarbonProjectDocument(entry, references: carbon.references, gwp: nil), status: outcome == .unchanged ? .ok : .created)
        if outcome != .unchanged { response.headers[.location] = SitePaths.path(SitePaths.carbonProject, id) }
        return response
    }

    /// `GET /api/v1/carbon/factors?q=&format=json|csv&limit=&cursor=&offset=`: the bundled factors by id, those whose
    /// id or name holds every word of `q`. CSV as `lmhub carbon factors --format csv`: `id,name,value,unit,gas,gwp,
    /// source,table,year,licence,verified,electricity,flags,note`, one row per gas.
    @Sendable func factors(_ request: Request, context: HubRequestContext) async throws -> Response {
        let format = try ResponseFormat(request)
        let paging = try Paging(request, Self.factorLimits)
        let query = request.queryValue("q")
        let all = carbon.factors(query)
        let (page, next) = try paging.page(of: all)
        let nextLink = next.map(request.link(to:))
        if format == .csv {
            let header = ["id", "name", "value", "unit", "gas", "gwp", "source", "table", "year", "licence", "verified", "electricity", "flags", "note"]
            let table = CSVTable(header: header, rows: page.flatMap { factor in
                factor.amounts.map { amount -> [CSVTable.Cell] in
                    let source = factor.source
                    return [.text(factor.id), .text(factor.name), .number(amount.value), .text("\(amount.mass.symbol)/\(factor.per.symbol)"),
                            .text(amount.gas.rawValue), .optional(factor.gwpSet), .text(source.document), .optional(source.table),
                            source.year.map(CSVTable.Cell.integer) ?? .empty, .text(source.licence), .text(String(source.verified)),
                            .optional(factor.electricity?.rawValue), .text((factor.flags + (factor.densityFlag.map { [$0] } ?? [])).joined(separator: "; ")),
                            .optional(factor.note)]
                }
            })
            return table.response(next: nextLink, filename: "carbon-factors")
        }
        let gwp = carbon.accounting.gwp
        return try context.json(CarbonFactorsDocument(total: all.count, offset: try paging.offset, limit: paging.limit, query: query, factors: page,
                                                      gwpSets: gwp.sets, defaultGWPSet: gwp.defaultSet, next: nextLink),
                                next: nextLink)
    }

    /// A mass to the micro-tonne (gram), as the CLI prints it.
    static func rounded(_ value: Double) -> Double {
        (value * 1_000_000).rounded() / 1_000_000
    }
}
