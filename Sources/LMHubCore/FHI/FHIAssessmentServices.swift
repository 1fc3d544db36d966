/// The Ecosystem Services and Governance & Stakeholders sub-indicators of an assessment.
extension FHIAssessment {
    static func computeServices(_ document: FHIAssessmentDocument, _ resolved: FHIResolvedInputs, _ constants: FHIAssessmentConstants,
                                _ rounding: FHIRounding, into computed: inout [String: FHIComputed]) throws(FHIInputError) {
        let inputs = document.inputs
        let methods = constants.methods
        for (node, indicator) in inputs.ecosystemServices {
            let result: ESIResult
            do { result = try indicator.compute(rounding: rounding) } catch { throw error.within(node) }
            let method = methods.method(for: node)
            var evidence = "ESI level \(result.level.rawValue): \(result.failedSpatialUnits) of \(result.spatialUnits) spatial units missing the demand"
            if let failed = result.failedInstances, let instances = result.instances { evidence += ", \(failed) of \(instances) instances" }
            computed[node] = FHIComputed(value: result.value, evidence: evidence, source: method?.source ?? "", verified: method?.verified ?? false,
                                         detail: .ecosystemService(result), notes: [])
        }
        if let conservation = inputs.conservationCulturalHeritage {
            let result: ConservationAreaResult
            do { result = try conservation.compute(targets: constants.conservation, rounding: rounding) } catch {
                throw error.within("conservation-cultural-heritage")
            }
            computed["conservation-cultural-heritage"] = FHIComputed(
                value: result.value,
                evidence: "\(result.protectedPercent) % of the \(result.measure == .area ? "basin area" : "river length") protected against a target of \(result.targetPercent) %",
                source: methods.method(for: "conservation-cultural-heritage")?.source ?? constants.conservation.source,
                verified: result.verified, detail: .conservationArea(result), notes: [])
        }
        if let governance = inputs.governanceStakeholders {
            do { try computeGovernance(governance, resolved.survey, constants, rounding, into: &computed) } catch {
                throw error.within("governance-stakeholders")
            }
        }
    }

    private static func computeGovernance(_ input: FHIAssessmentInputs.Governance, _ fileSurvey: GovernanceSurvey?, _ constants: FHIAssessmentConstants,
                                          _ rounding: FHIRounding, into computed: inout [String: FHIComputed]) throws(FHIInputError) {
        if input.surveyFile != nil, input.survey != nil {
            throw FHIInputError(field: "survey", message: "give surveyFile or survey, not both")
        }
        guard let survey = input.survey ?? fileSurvey else { throw FHIInputError(field: "surveyFile", message: "give surveyFile or survey") }
        let governance = constants.framework.node("governance-stakeholders")
        let subIndicators = Set((governance?.allNodes ?? []).filter { ($0.children ?? []).isEmpty }.map(\.id))
        for (index, question) in survey.questions.enumerated() where !subIndicators.contains(question.subIndicator) {
            throw FHIInputError(field: "survey.questions[\(index)].subIndicator",
                                message: "'\(question.subIndicator)' is not a Governance & Stakeholders sub-indicator")
        }
        let scores: [GovernanceSubIndicatorScore]
        do { scores = try GovernanceScores.compute(survey, layout: constants.governance, rounding: rounding) } catch { throw error.within("survey") }
        let method = constants.methods.method(for: "governance-stakeholders")
        let mappingVerified = constants.governance.topics.allSatisfy(\.verified)
        for score in scores {
            let answered = score.questions.filter { $0.score != nil }.count
            computed[score.subIndicator] = FHIComputed(
                value: score.value, evidence: "survey of \(score.respondents) respondents, \(answered) of \(score.questions.count) questions answered",
                source: method?.source ?? constants.governance.source, verified: (method?.verified ?? false) && mappingVerified,
                detail: .governance(score), notes: score.notes)
        }
    }
}
