import LMHubCore
import LMHubViews

/// `GET /api/v1/fhi/assessments/{id}`: one stored assessment in full:
/// `{"id", "title", "basin", "date", "period"?, "storedAt", "framework": {"id", "title", "source", "verified"},
/// "rounding", "components": [node], "nodes": [node], "subIndicators": [{"id", "name", "status", "value", "evidence"?,
/// "note"?, "source"?, "verified"?, "notes"}], "inputs": [{"node", "fields": [{"name", "value"}]}], "stations":
/// [{"id", "name", "node", "href"}], "hydrographs": [{"station", "months": [{"month", "regulated", "unregulated",
/// "years"}]}], "weights", "notes", "published": [published]}` — nodes as ``FHINodeBody``, published as
/// ``FHIPublishedBody``.
struct FHIAssessmentBody: Encodable, Sendable {
    struct Framework: Encodable, Sendable {
        let id: String
        let title: LocalizedText
        let source: String
        let verified: Bool
    }

    struct SubIndicator: Encodable, Sendable {
        let id: String
        let name: LocalizedText
        let status: String
        let value: Double?
        let evidence, note, source: String?
        let verified: Bool?
        let notes: [String]

        enum CodingKeys: String, CodingKey { case id, name, status, value, evidence, note, source, verified, notes }

        /// `value` is written as `null` when not assessed; the other optionals are left out when absent.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(status, forKey: .status)
            try container.encode(value, forKey: .value)
            try container.encodeIfPresent(evidence, forKey: .evidence)
            try container.encodeIfPresent(note, forKey: .note)
            try container.encodeIfPresent(source, forKey: .source)
            try container.encodeIfPresent(verified, forKey: .verified)
            try container.encode(notes, forKey: .notes)
        }
    }

    struct Station: Encodable, Sendable {
        let id: String
        let name: LocalizedText
        /// The node it was used for.
        let node: String
        let href: String
    }

    struct Hydrograph: Encodable, Sendable {
        struct Month: Encodable, Sendable {
            let month: Int
            let regulated, unregulated: Double?
            let years: Int

            enum CodingKeys: String, CodingKey { case month, regulated, unregulated, years }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(month, forKey: .month)
                try container.encode(regulated, forKey: .regulated)
                try container.encode(unregulated, forKey: .unregulated)
                try container.encode(years, forKey: .years)
            }
        }
        let station: String
        let months: [Month]
    }

    let id, title, basin, date: String
    let period: FHIPeriod?
    let storedAt: Int64
    let framework: Framework
    let rounding: String
    let components: [FHINodeBody]
    let nodes: [FHINodeBody]
    let subIndicators: [SubIndicator]
    let inputs: [FHIInputsSummary.Input]
    let stations: [Station]
    let hydrographs: [Hydrograph]
    let weights: [String: Double]
    let notes: [String]
    let published: [FHIPublishedBody]

    init(_ entry: FHIService.Entry, stations: [FHIAssessmentPageModel.StationLink], framework: FHIFramework) {
        let result = entry.stored.result
        (id, title, basin, date, period) = (result.id, result.title ?? entry.summary.title, result.basin, result.date, result.period)
        storedAt = entry.summary.storedAt
        self.framework = Framework(id: framework.id, title: framework.title, source: framework.source, verified: framework.verified)
        rounding = result.rounding.rawValue
        nodes = FHINodeBody.all(result, framework: framework)
        components = nodes.filter { $0.parent == nil }
        subIndicators = result.subIndicators.map {
            SubIndicator(id: $0.id, name: $0.name, status: $0.status.rawValue, value: $0.value, evidence: $0.evidence, note: $0.note,
                         source: $0.source, verified: $0.verified, notes: $0.notes)
        }
        inputs = FHIInputsSummary.of(entry.stored.document, framework: framework)
        self.stations = stations.map { Station(id: $0.id, name: $0.name, node: $0.node, href: SitePaths.path(SitePaths.station, $0.id)) }
        hydrographs = entry.stored.hydrographs.map { hydrograph in
            Hydrograph(station: hydrograph.station, months: hydrograph.months.map {
                .init(month: $0.month, regulated: $0.regulated, unregulated: $0.unregulated, years: $0.years)
            })
        }
        (weights, notes) = (result.weights, result.notes)
        published = result.published.map { FHIPublishedBody($0, framework: framework) }
    }
}
