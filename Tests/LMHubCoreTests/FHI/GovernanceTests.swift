import Testing
@testable import LMHubCore

/// Governance & Stakeholders from a Likert survey, and stakeholder weights, on small hand-made inputs.
@Suite("FHI governance")
struct FHIGovernanceTests {
    let layout = try! GovernanceSurveyLayout.bundled()
    let framework = try! FHIFramework.bundled()

    /// Question 1: answers 3, 4, blank, 2 → mean 3 → 50; question 2: 5, 5, 4, 4 → 4.5 → 87.5; sub-indicator 68.75.
    @Test func aQuestionScoresTwentyFiveTimesTheMeanAnswerLessOne() throws {
        let survey = GovernanceSurvey(respondents: ["a", "b", "c", "d"], questions: [
            .init(text: "q1", subIndicator: "financial-capacity", answers: [3, 4, nil, 2]),
            .init(text: "q2", subIndicator: "financial-capacity", answers: [5, 5, 4, 4]),
        ])
        let score = try #require(try GovernanceScores.compute(survey, layout: layout).first)
        #expect(score.questions.map(\.answered) == [3, 4])
        #expect(score.questions.map(\.score) == [50, 87.5])
        #expect(score.value == 68.75)
        // Toolbox rounding: 87.5 → 88 (half to even), (50 + 88) / 2 = 69.
        #expect(try GovernanceScores.compute(survey, layout: layout, rounding: .toolbox).first?.value == 69)
    }

    /// A question nobody answered is left out. The Toolbox keeps its share 1/(Q − 1) and adds nothing for it:
    /// (50 + 87.5 + 0) / 3 = 45.83 instead of 68.75.
    @Test func anUnansweredQuestionIsLeftOutNotCountedAsZero() throws {
        let survey = GovernanceSurvey(respondents: ["a", "b", "c", "d"], questions: [
            .init(text: "q1", subIndicator: "financial-capacity", answers: [3, 4, nil, 2]),
            .init(text: "q2", subIndicator: "financial-capacity", answers: [5, 5, 4, 4]),
            .init(text: "q3", subIndicator: "financial-capacity", answers: [nil, nil, nil, nil]),
        ])
        let score = try #require(try GovernanceScores.compute(survey, layout: layout).first)
        #expect(score.value == 68.75)
        #expect(score.notes.first?.contains("q3") == true)
        let toolbox = (50 + 87.5 + 0) / 3
        #expect(abs(score.value! - toolbox) > 20)
    }

    @Test func aSubIndicatorWithoutAnswersIsNotAssessed() throws {
        let survey = GovernanceSurvey(respondents: ["a"], questions: [.init(text: "q", subIndicator: "technical-capacity", answers: [nil])])
        #expect(try GovernanceScores.compute(survey, layout: layout).first?.value == nil)
    }

    @Test func answersOffTheScaleAreRefusedNamingTheQuestion() {
        let survey = GovernanceSurvey(respondents: ["a", "b"], questions: [
            .init(text: "q1", subIndicator: "financial-capacity", answers: [3, 4]),
            .init(text: "q2", subIndicator: "financial-capacity", answers: [6, 4]),
        ])
        do {
            _ = try GovernanceScores.compute(survey, layout: layout)
            Issue.record("expected an error")
        } catch {
            #expect(error.field == "questions[1]")
        }
    }

    /// Two respondents weighting provisioning, regulation, cultural 2:1:1 and 1:1:2 → shares (0.5, 0.25, 0.25) and
    /// (0.25, 0.25, 0.5) → weights 0.375, 0.25, 0.375. A third who left one blank is left out of that group.
    @Test func stakeholderWeightsAreSiblingSharesAveragedOverRespondents() throws {
        let responses: [[String: Double]] = [
            ["provisioning": 2, "regulation-support": 1, "cultural-aesthetic": 1, "information-access": 3, "engagement-in-decision-making": 1],
            ["provisioning": 1, "regulation-support": 1, "cultural-aesthetic": 2],
            ["provisioning": 5, "regulation-support": 5],
        ]
        let result = try StakeholderWeights.compute(responses, framework: framework)
        #expect(result.weights["provisioning"] == 0.375)
        #expect(result.weights["regulation-support"] == 0.25)
        #expect(result.weights["cultural-aesthetic"] == 0.375)
        #expect(result.respondents["ecosystem-services"] == 2)
        #expect(result.weights["information-access"] == 0.75)
        #expect(result.respondents["stakeholder-engagement"] == 1)
        // The weights go straight into the framework's tree.
        #expect(throws: Never.self) { try framework.tree(weights: result.weights) }
    }

    @Test func weightsOfPartOfASiblingGroupOrOfAComponentAreRefused() {
        #expect(throws: FHIInputError.self) { try StakeholderWeights.compute([["provisioning": 1, "regulation-support": 1]], framework: framework) }
        #expect(throws: FHIInputError.self) { try StakeholderWeights.compute([["ecosystem-services": 1]], framework: framework) }
        #expect(throws: FHIInputError.self) { try StakeholderWeights.compute([["no-such-node": 1]], framework: framework) }
    }

    @Test func theSurveyTopicsNameTheTwelveSubIndicators() throws {
        let governance = try #require(framework.node("governance-stakeholders"))
        let subIndicators = Set(governance.allNodes.filter { ($0.children ?? []).isEmpty }.map(\.id))
        #expect(Set(layout.topics.map(\.subIndicator)) == subIndicators)
        #expect(layout.subIndicator(ofCommentHeader: "Please provide any additional comments here to support your answers on the topic of basin management.") == "water-resource-management")
        #expect(layout.subIndicator(ofCommentHeader: "Please provide comments on the topic of fishing.") == nil)
    }
}
