/// An evaluated FHI assessment: every sub-indicator with how it was obtained, the three components with their
/// subtrees (``FHINodeResult``), the weights used and any published scores carried beside. Codable, keyed by
/// the document's ``id`` and ``date``, so it can be stored as it is.
public struct FHIAssessmentResult: Sendable, Hashable, Codable {
    /// ``FHIAssessmentDocument/id``.
    public let id: String
    public let title: String?
    public let basin: String
    public let date: String
    public let period: FHIPeriod?
    /// ``FHIFramework/id`` (`fhi-2020`).
    public let framework: String
    public let rounding: FHIRounding
    /// Every leaf of the framework, in its order.
    public let subIndicators: [FHISubIndicatorOutcome]
    /// Ecosystem Vitality, Ecosystem Services, Governance & Stakeholders: reported separately, never combined.
    public let components: [FHINodeResult]
    /// Stakeholder weights by node id; empty when every node keeps its default (equal shares).
    public let weights: [String: Double]
    public let notes: [String]
    /// Published scores of the basin, not computed by LMHub.
    public let published: [FHIAssessmentDocument.PublishedScores]

    /// The outcome of the sub-indicator `id`.
    public func subIndicator(_ id: String) -> FHISubIndicatorOutcome? { subIndicators.first { $0.id == id } }

    /// The result of any node (`ecosystem-vitality`, `water-quantity`, `recreation`).
    public func node(_ id: String) -> FHINodeResult? { components.lazy.compactMap { $0.node(id) }.first }

    /// This result with `more` notes (what reading the files found worth saying).
    public func adding(notes more: [String]) -> FHIAssessmentResult {
        FHIAssessmentResult(id: id, title: title, basin: basin, date: date, period: period, framework: framework, rounding: rounding,
                            subIndicators: subIndicators, components: components, weights: weights, notes: notes + more, published: published)
    }

    /// The three components as ``IndexResult``s of `framework`'s index (``FHIFramework/definition``).
    public func indexResults(_ framework: FHIFramework) -> [IndexResult] {
        components.map { $0.indexResult(index: framework.id, subject: "\(basin) \(date)", source: framework.source, verified: framework.verified) }
    }
}

/// One sub-indicator of an assessment: computed from data, entered with its evidence, or not assessed.
public struct FHISubIndicatorOutcome: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable {
        case computed
        case entered
        case notAssessed = "not-assessed"
    }

    public let id: String
    public let name: LocalizedText
    public let status: Status
    /// 0–100; `nil` when not assessed.
    public let value: Double?
    /// What the value rests on: the data and method (computed) or the user's evidence (entered).
    public let evidence: String?
    /// The note entered with a score.
    public let note: String?
    /// The document the method follows (computed values).
    public let source: String?
    /// Whether the method's constants and the data's objectives are all verified against their sources.
    public let verified: Bool?
    /// The engine's full result (stations, spatial units, class areas, questions), for pages and the API.
    public let detail: FHISubIndicatorDetail?
    public let notes: [String]

    /// The value as an ``IndexResult`` of the framework's index.
    public func indexResult(index: String, subject: String) -> IndexResult {
        IndexResult(index: index, subject: subject, value: value, verified: verified ?? false, source: source ?? "",
                    notes: (evidence.map { ["\(status.rawValue): \($0)"] } ?? ["\(status.rawValue)"]) + (note.map { [$0] } ?? []) + notes)
    }
}

/// The full result of the engine that computed a sub-indicator.
public enum FHISubIndicatorDetail: Sendable, Hashable, Codable {
    case deviationFromNaturalFlow(DvNFResult)
    case groundwater(GroundwaterDepletion)
    case waterQuality(WaterQualityScoreResult)
    case bankModification(BankModificationResult)
    case flowConnectivity(DCIResult)
    case landCover(LandCoverResult)
    case species(SpeciesResult)
    case ecosystemService(ESIResult)
    case conservationArea(ConservationAreaResult)
    case governance(GovernanceSubIndicatorScore)
}
