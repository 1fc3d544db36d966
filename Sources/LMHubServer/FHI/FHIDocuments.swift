import LMHubCore
import LMHubStorage
import LMHubViews

/// `GET /api/v1/fhi/assessments`: `{"assessments": [{"id", "title", "basin", "date", "storedAt", "ecosystemVitality",
/// "ecosystemServices", "governanceStakeholders", "assessed", "subIndicators", "published", "href", "page"}]}`, by
/// basin and date. A component not assessed is `null`, never 0.
struct FHIAssessmentsBody: Encodable, Sendable {
    let assessments: [FHIAssessmentSummaryBody]
}

struct FHIAssessmentSummaryBody: Encodable, Sendable {
    let id, title, basin, date: String
    /// Milliseconds since 1970 of the last write.
    let storedAt: Int64
    let ecosystemVitality, ecosystemServices, governanceStakeholders: Double?
    /// Sub-indicators with a value, of all.
    let assessed, subIndicators: Int
    let published: [FHIPublishedBody]
    let href, page: String

    init(_ entry: FHIService.Entry, framework: FHIFramework) {
        let result = entry.stored.result
        (id, title, basin, date, storedAt) = (result.id, result.title ?? entry.summary.title, result.basin, result.date, entry.summary.storedAt)
        ecosystemVitality = result.node("ecosystem-vitality")?.value
        ecosystemServices = result.node("ecosystem-services")?.value
        governanceStakeholders = result.node("governance-stakeholders")?.value
        assessed = result.subIndicators.filter { $0.value != nil }.count
        subIndicators = result.subIndicators.count
        published = result.published.map { FHIPublishedBody($0, framework: framework) }
        href = SitePaths.path(SitePaths.fhiAssessment, result.id)
        page = SitePaths.path(SitePaths.fhiAssessmentPage, result.id)
    }

    enum CodingKeys: String, CodingKey {
        case id, title, basin, date, storedAt, ecosystemVitality, ecosystemServices, governanceStakeholders, assessed, subIndicators, published, href, page
    }

    /// Component values are written as `null` when not assessed.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(basin, forKey: .basin)
        try container.encode(date, forKey: .date)
        try container.encode(storedAt, forKey: .storedAt)
        try container.encode(ecosystemVitality, forKey: .ecosystemVitality)
        try container.encode(ecosystemServices, forKey: .ecosystemServices)
        try container.encode(governanceStakeholders, forKey: .governanceStakeholders)
        try container.encode(assessed, forKey: .assessed)
        try container.encode(subIndicators, forKey: .subIndicators)
        try container.encode(published, forKey: .published)
        try container.encode(href, forKey: .href)
        try container.encode(page, forKey: .page)
    }
}

/// Scores published elsewhere for the basin, carried with an assessment and never mixed with its computed ones:
/// `{"source", "date"?, "note"?, "computed": false, "scores": [{"id", "name", "value"}]}`.
struct FHIPublishedBody: Encodable, Sendable {
    struct Score: Encodable, Sendable {
        let id: String
        let name: LocalizedText?
        let value: Double
    }
    let source: String
    let date: String?
    let note: String?
    /// Always `false`: these values were not computed by LMHub.
    let computed = false
    let scores: [Score]

    init(_ published: FHIAssessmentDocument.PublishedScores, framework: FHIFramework) {
        (source, date, note) = (published.source, published.date, published.note)
        let order = framework.allNodes.map(\.id)
        scores = published.scores.sorted { (order.firstIndex(of: $0.key) ?? Int.max, $0.key) < (order.firstIndex(of: $1.key) ?? Int.max, $1.key) }
            .map { Score(id: $0.key, name: framework.node($0.key)?.name, value: $0.value) }
    }
}

/// One node of an assessment in the shape of an ``IndexResult`` (`index`, `subject`, `value`, `components`,
/// `coverage`, `verified`, `source`, `notes`) with its place in the tree (`id`, `name`, `level`, `parent`), its
/// `status` (`computed`, `entered`, `aggregated`, `not-assessed`) and `weight`. `value`, `parent`, `weight` and a
/// component's `value` and `weight` are `null` where there is none; `value` is never 0 for *not assessed*.
struct FHINodeBody: Encodable, Sendable {
    struct Component: Encodable, Sendable {
        let id: String
        let name: LocalizedText
        let value: Double?
        let weight: Double?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(value, forKey: .value)
            try container.encode(weight, forKey: .weight)
        }

        enum CodingKeys: String, CodingKey { case id, name, value, weight }
    }

    let index, subject, id: String
    let name: LocalizedText
    /// `component`, `indicator` or `sub-indicator`.
    let level: String
    let parent: String?
    let status: String
    let value, weight: Double?
    let components: [Component]
    let coverage: IndexResult.Coverage?
    let verified: Bool
    let source: String
    let notes: [String]

    static let levels = ["component", "indicator", "sub-indicator"]

    /// Every node of `result`, parents before children.
    static func all(_ result: FHIAssessmentResult, framework: FHIFramework) -> [FHINodeBody] {
        func walk(_ node: FHINodeResult, parent: String?, depth: Int) -> [FHINodeBody] {
            [FHINodeBody(node, parent: parent, depth: depth, result: result, framework: framework)]
                + node.children.flatMap { walk($0, parent: node.id, depth: depth + 1) }
        }
        return result.components.flatMap { walk($0, parent: nil, depth: 0) }
    }

    init(_ node: FHINodeResult, parent: String?, depth: Int, result: FHIAssessmentResult, framework: FHIFramework) {
        let outcome = node.children.isEmpty ? result.subIndicator(node.id) : nil
        (index, subject, id, name) = (framework.id, "\(result.basin) \(result.date)", node.id, node.name)
        level = Self.levels[min(depth, Self.levels.count - 1)]
        (self.parent, value, weight) = (parent, node.value, node.weight)
        status = FHINodeTable.status(of: node, in: result)
        components = node.children.map { Component(id: $0.id, name: $0.name, value: $0.value, weight: $0.weight) }
        coverage = node.coverage
        verified = outcome?.verified ?? framework.verified
        source = outcome?.source ?? framework.source
        notes = FHINodeTable.notes(of: node, in: result)
    }

    enum CodingKeys: String, CodingKey {
        case index, subject, id, name, level, parent, status, value, weight, components, coverage, verified, source, notes
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(index, forKey: .index)
        try container.encode(subject, forKey: .subject)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(level, forKey: .level)
        try container.encode(parent, forKey: .parent)
        try container.encode(status, forKey: .status)
        try container.encode(value, forKey: .value)
        try container.encode(weight, forKey: .weight)
        try container.encode(components, forKey: .components)
        try container.encodeIfPresent(coverage, forKey: .coverage)
        try container.encode(verified, forKey: .verified)
        try container.encode(source, forKey: .source)
        try container.encode(notes, forKey: .notes)
    }
}
