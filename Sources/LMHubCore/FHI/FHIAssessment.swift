import Foundation

/// Evaluates an ``FHIAssessmentDocument``: computes every sub-indicator it has inputs for, takes the entered
/// scores, leaves the rest *not assessed*, and aggregates with the framework (``FHIFramework/assess(scores:weights:rounding:)``).
public enum FHIAssessment {
    /// - Parameters:
    ///   - resolved: the data of the files the document names (LMHubIngest's `FHIAssessmentFile` reads them),
    ///     and stored water-quality samples where the document asks for them.
    /// - Throws: ``FHIInputError`` whose field is a path into the document (`inputs.water-quality.class`,
    ///   `entered.recreation`, `weights.values`) for an input no method can use.
    public static func evaluate(_ document: FHIAssessmentDocument, resolved: FHIResolvedInputs = FHIResolvedInputs(),
                                constants: FHIAssessmentConstants) throws(FHIInputError) -> FHIAssessmentResult {
        let rounding = document.rounding ?? .unrounded
        let framework = constants.framework
        let entered = document.entered ?? [:]
        let leaves = Set(framework.leaves.map(\.id))
        for id in entered.keys.sorted() where framework.node(id) == nil {
            throw FHIInputError(field: "entered.\(id)", message: "'\(id)' is not a node of the FHI framework")
        }
        var computed: [String: FHIComputed] = [:]
        do {
            try computeVitality(document, resolved, constants, rounding, into: &computed)
            try computeServices(document, resolved, constants, rounding, into: &computed)
        } catch { throw error.within("inputs") }
        if let clash = entered.keys.sorted().first(where: { computed[$0] != nil }) {
            throw FHIInputError(field: "entered.\(clash)", message: "'\(clash)' has both inputs and an entered score; give one")
        }
        var scores: [String: FHIScore] = entered.mapValues(\.score)
        for (id, result) in computed {
            if let value = result.value { scores[id] = FHIScore(value: value, basis: .computed, evidence: result.evidence) }
        }
        var notes: [String] = document.notes ?? []
        let weights = try stakeholderWeights(document, resolved, framework, notes: &notes)
        let components: [FHINodeResult]
        do { components = try framework.assess(scores: scores, weights: weights, rounding: rounding) } catch {
            throw FHIInputError(field: error.field == "weight" ? "weights" : "entered.\(error.node)", message: error.message)
        }
        let outcomes = framework.leaves.map { leaf in
            outcome(leaf, computed: computed[leaf.id], entered: entered[leaf.id], methods: constants.methods)
        }
        for id in entered.keys.sorted() where !leaves.contains(id) {
            notes.append("entered score of '\(id)' replaces what its children give")
        }
        return FHIAssessmentResult(id: document.id, title: document.title, basin: document.basin.name, date: document.date, period: document.period,
                                   framework: framework.id, rounding: rounding, subIndicators: outcomes, components: components,
                                   weights: weights, notes: notes, published: document.published ?? [])
    }

    private static func outcome(_ leaf: FHIFramework.Node, computed: FHIComputed?, entered: EnteredScore?, methods: FHIMethods) -> FHISubIndicatorOutcome {
        if let entered {
            return FHISubIndicatorOutcome(id: leaf.id, name: leaf.name, status: .entered, value: entered.value, evidence: entered.evidence,
                                          note: entered.note, source: nil, verified: nil, detail: nil, notes: [])
        }
        if let computed {
            return FHISubIndicatorOutcome(id: leaf.id, name: leaf.name, status: computed.value == nil ? .notAssessed : .computed,
                                          value: computed.value, evidence: computed.evidence, note: nil, source: computed.source,
                                          verified: computed.verified, detail: computed.detail, notes: computed.notes)
        }
        let hint = methods.method(for: leaf.id)?.method == "entered only"
            ? "not assessed: LMHub has no method for it; enter a score with its evidence"
            : "not assessed: no data"
        return FHISubIndicatorOutcome(id: leaf.id, name: leaf.name, status: .notAssessed, value: nil, evidence: nil, note: nil, source: nil,
                                      verified: nil, detail: nil, notes: [hint])
    }

    /// Weights given by node id, or from the weighting survey's responses.
    private static func stakeholderWeights(_ document: FHIAssessmentDocument, _ resolved: FHIResolvedInputs, _ framework: FHIFramework,
                                           notes: inout [String]) throws(FHIInputError) -> [String: Double] {
        if document.weights?.values != nil, document.weights?.surveyFile != nil {
            throw FHIInputError(field: "weights", message: "give weights as values or as a surveyFile, not both")
        }
        if let values = document.weights?.values { return values }
        guard let responses = resolved.weightResponses else { return [:] }
        do {
            let result = try StakeholderWeights.compute(responses, framework: framework)
            notes += result.notes
            notes.append("stakeholder weights from \(responses.count) respondents: "
                + result.respondents.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
            return result.weights
        } catch { throw error.within("weights.surveyFile") }
    }
}

/// What one method gave for one sub-indicator.
struct FHIComputed: Sendable {
    /// `nil`: the data allowed no value (no station with a test, no weighted class); see `notes`.
    let value: Double?
    let evidence: String
    let source: String
    let verified: Bool
    let detail: FHISubIndicatorDetail
    let notes: [String]
}
