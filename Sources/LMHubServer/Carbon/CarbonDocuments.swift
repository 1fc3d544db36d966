import LMHubCore
import LMHubViews

/// `GET /api/v1/carbon/projects`: `{"total", "offset", "limit", "gwp"?, "projects": [{"id", "name", "kind",
/// "country"?, "lengthKm"?, "areaHa"?, "capacityMW"?, "lifetimeYears"?, "annualGenerationMWh"?, "scenario"?,
/// "storedAt", "href", "page", and either "gwpSet", "gwpTitle", "total", "moduleD", "functionalUnits",
/// "unverifiedFactors" or "problem"}], "next"?}`; masses in t CO2e, `total` A1–A3 to C1–C4, `moduleD` apart.
struct CarbonProjectsDocument: Encodable, Sendable {
    struct Project: Encodable, Sendable {
        let id, name: String
        let kind: ProjectKind
        let country: String?
        let lengthKm, areaHa, capacityMW, lifetimeYears, annualGenerationMWh: Double?
        let scenario: CarbonStoredProject.Scenario?
        let storedAt: Int64
        let href, page: String
        let gwpSet, gwpTitle: String?
        let total, moduleD: Double?
        let functionalUnits: [CarbonResult.FunctionalUnit]?
        let unverifiedFactors: [String]?
        /// Why the project cannot be accounted under the set asked for.
        let problem: String?

        init(_ entry: CarbonService.ListEntry, gwp: String?) {
            let project = entry.stored.project, result = try? entry.outcome.get()
            (id, name, kind, country) = (entry.summary.id, project.name, project.kind, project.country)
            (lengthKm, areaHa, capacityMW) = (project.lengthKm, project.areaHa, project.capacityMW)
            (lifetimeYears, annualGenerationMWh) = (project.lifetimeYears, project.annualGenerationMWh)
            (scenario, storedAt) = (entry.stored.scenario, entry.summary.storedAt)
            href = SitePaths.link(SitePaths.path(SitePaths.carbonProject, entry.summary.id), [("gwp", gwp ?? "")])
            page = SitePaths.link(SitePaths.path(SitePaths.carbonProjectPage, entry.summary.id), [("gwp", gwp ?? "")])
            (gwpSet, gwpTitle, total, moduleD) = (result?.gwpSet, result?.gwpTitle, result?.total, result?.moduleD)
            (functionalUnits, unverifiedFactors) = (result?.functionalUnits, result?.unverifiedFactors)
            if case let .failure(error) = entry.outcome { problem = error.description } else { problem = nil }
        }
    }
    let total, offset, limit: Int
    /// The GWP set asked for; absent when each project is under its own.
    let gwp: String?
    let projects: [Project]
    let next: String?
}

/// `GET /api/v1/carbon/projects/{id}`: `{"id", "storedAt", "scenario"?, "result": the engine's result (as
/// `lmhub carbon --format json`), "reservoirTotals"?, "links"}`.
struct CarbonProjectDocument: Encodable, Sendable {
    /// A reservoir's G-res totals over its whole surface and its intensity per MWh, with published intensities
    /// to set it beside (never to replace it).
    struct ReservoirTotals: Encodable, Sendable {
        /// t CO2e per year and over the G-res lifetime.
        let co2PerYear, ch4PerYear, co2Lifetime, ch4Lifetime: Double
        /// Gross surface emissions (CO2 and CH4 diffusion, CH4 ebullition), t CO2e per year.
        let grossSurfacePerYear: Double
        /// kg CO2e/MWh, when the annual generation is known.
        let netIntensity, grossSurfaceIntensity: Double?
        let references: [ReferenceIntensity]
    }

    struct Links: Encodable, Sendable {
        let page, csv: String
    }

    let id: String
    let storedAt: Int64
    let scenario: CarbonStoredProject.Scenario?
    let result: CarbonResult
    let reservoirTotals: ReservoirTotals?
    let links: Links

    init(_ entry: CarbonService.Entry, references: [ReferenceIntensity], gwp: String?) {
        (id, storedAt, scenario, result) = (entry.summary.id, entry.summary.storedAt, entry.stored.scenario, entry.result)
        reservoirTotals = entry.result.reservoir.map { r in
            ReservoirTotals(co2PerYear: r.co2PerYear, ch4PerYear: r.ch4PerYear, co2Lifetime: r.co2Lifetime, ch4Lifetime: r.ch4Lifetime,
                            grossSurfacePerYear: r.grossSurfacePerYear, netIntensity: r.netIntensity,
                            grossSurfaceIntensity: r.grossSurfaceIntensity, references: references)
        }
        links = Links(page: SitePaths.link(SitePaths.path(SitePaths.carbonProjectPage, id), [("gwp", gwp ?? "")]),
                      csv: SitePaths.link(SitePaths.path(SitePaths.carbonProject, id), [("gwp", gwp ?? ""), ("format", "csv")]))
    }
}

/// `GET /api/v1/carbon/factors`: `{"total", "offset", "limit", "query"?, "factors": [EmissionFactor as
/// `lmhub carbon factors --format json`], "gwpSets", "defaultGWPSet", "next"?}`.
struct CarbonFactorsDocument: Encodable, Sendable {
    let total, offset, limit: Int
    let query: String?
    let factors: [EmissionFactor]
    let gwpSets: [GWPSet]
    let defaultGWPSet: String
    let next: String?
}
