import Foundation
import Hummingbird
import LMHubCore
import LMHubViews

/// The stored FHI assessments over HTTP: `/api/v1/fhi/assessments` (JSON or CSV) and
/// `/api/v1/fhi/assessments/{id}` (JSON or CSV).
struct FHIController: Sendable {
    let fhi: FHIService

    var routes: RouteCollection<HubRequestContext> {
        let routes = RouteCollection(context: HubRequestContext.self)
        routes.get(.api(SitePaths.fhiAssessments), use: assessments)
        routes.get(.api(SitePaths.fhiAssessment), use: assessment)
        return routes
    }

    /// `GET /api/v1/fhi/assessments?format=json|csv`. CSV: `kind,id,basin,date,ecosystem_vitality,
    /// ecosystem_services,governance_stakeholders,source`, one `computed` row per assessment and one `published`
    /// row per published reference carried with it (empty cells: not assessed).
    @Sendable func assessments(_ request: Request, context: HubRequestContext) async throws -> Response {
        let format = try ResponseFormat(request)
        let entries = try await fhi.entries()
        guard format == .csv else {
            return try context.json(FHIAssessmentsBody(assessments: entries.map { FHIAssessmentSummaryBody($0, framework: fhi.framework) }))
        }
        let components = ["ecosystem-vitality", "ecosystem-services", "governance-stakeholders"]
        var table = CSVTable(header: ["kind", "id", "basin", "date", "ecosystem_vitality", "ecosystem_services", "governance_stakeholders", "source"], rows: [])
        for entry in entries {
            let result = entry.stored.result
            table.rows.append([.text("computed"), .text(result.id), .text(result.basin), .text(result.date)]
                + components.map { .optional(result.node($0)?.value) } + [.text(fhi.framework.id)])
            for published in result.published {
                table.rows.append([.text("published"), .text(result.id), .text(result.basin), .optional(published.date)]
                    + components.map { .optional(published.scores[$0]) } + [.text(published.source)])
            }
        }
        return table.response(filename: "fhi-assessments")
    }

    /// `GET /api/v1/fhi/assessments/{id}?format=json|csv`. CSV: `node,parent,level,name,status,value,weight,notes`,
    /// one row a node, then one `published` row per published score.
    @Sendable func assessment(_ request: Request, context: HubRequestContext) async throws -> Response {
        let format = try ResponseFormat(request)
        let entry = try await fhi.entry(try StationPath.id(context))
        let body = FHIAssessmentBody(entry, stations: try await fhi.stations(of: entry), framework: fhi.framework)
        guard format == .csv else { return try context.json(body) }
        var table = CSVTable(header: ["node", "parent", "level", "name", "status", "value", "weight", "notes"], rows: body.nodes.map { node in
            [.text(node.id), .optional(node.parent), .text(node.level), .text(node.name.text("en")), .text(node.status),
             .optional(node.value), .optional(node.weight), .text(node.notes.joined(separator: "; "))]
        })
        for published in body.published {
            for score in published.scores {
                let level = body.nodes.first { $0.id == score.id }?.level
                table.rows.append([.text(score.id), .empty, .optional(level), .text(score.name?.text("en") ?? score.id), .text("published"),
                                   .number(score.value), .empty, .text(published.source)])
            }
        }
        return table.response(filename: "fhi-\(body.id)")
    }
}
