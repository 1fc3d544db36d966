/// Governance & Stakeholders sub-indicators from a survey (FHI Toolbox 1.1 `GovernanceIndicator`):
///
///     question score = 100 × (mean answer − min) / (max − min)  = 25 (mean − 1) on the 1–5 scale
///     sub-indicator  = mean of its question scores
///
/// The mean is over the respondents who answered; a question nobody answered has no score and is left out of
/// its sub-indicator (the Toolbox keeps its share, 1/(Q − 1), and so counts it as 0). A sub-indicator with no
/// scored question is *not assessed*. Indicators and the component follow from the framework's aggregation.
///
/// ``FHIRounding/toolbox`` rounds each question score and each sub-indicator to an integer, halves to even,
/// on the exact value: the Toolbox sums answer × (1/n) in floating point, which lifts some exact halves a hair
/// above (52.5 → 52.500000000000014 → 53), so its integers can differ from these by 1.
public enum GovernanceScores {
    /// - Throws: ``FHIInputError`` naming the question (`questions[i]`) for an answer outside the scale or a
    ///   number of answers unlike the number of respondents.
    public static func compute(_ survey: GovernanceSurvey, layout: GovernanceSurveyLayout,
                               rounding: FHIRounding = .unrounded) throws(FHIInputError) -> [GovernanceSubIndicatorScore] {
        let span = layout.likertMaximum - layout.likertMinimum
        var order: [String] = [], scores: [String: [GovernanceQuestionScore]] = [:]
        for (index, question) in survey.questions.enumerated() {
            guard question.answers.count == survey.respondents.count else {
                throw FHIInputError(field: "questions[\(index)]", message: "'\(question.text)' has \(question.answers.count) answers for \(survey.respondents.count) respondents")
            }
            let answers = question.answers.compactMap { $0 }
            if let bad = answers.first(where: { !(layout.likertMinimum...layout.likertMaximum).contains($0) }) {
                throw FHIInputError(field: "questions[\(index)]", message: "'\(question.text)': an answer is \(layout.likertMinimum)–\(layout.likertMaximum), found \(bad)")
            }
            let score = answers.isEmpty ? nil
                : rounding.apply(Double(100 * (answers.reduce(0, +) - answers.count * layout.likertMinimum)) / Double(answers.count * span))
            if scores[question.subIndicator] == nil { order.append(question.subIndicator) }
            scores[question.subIndicator, default: []].append(GovernanceQuestionScore(
                text: question.text, answered: answers.count,
                meanAnswer: answers.isEmpty ? nil : Double(answers.reduce(0, +)) / Double(answers.count), score: score))
        }
        return order.map { id in
            let questions = scores[id] ?? []
            let scored = questions.compactMap(\.score)
            let value = scored.isEmpty ? nil : rounding.apply(scored.reduce(0, +) / Double(scored.count))
            let blank = questions.filter { $0.score == nil }.map(\.text)
            return GovernanceSubIndicatorScore(subIndicator: id, value: value, questions: questions, respondents: survey.respondents.count,
                                               notes: blank.isEmpty ? [] : ["no answers, left out: " + blank.joined(separator: "; ")])
        }
    }
}

/// One GS sub-indicator scored from its questions.
public struct GovernanceSubIndicatorScore: Sendable, Hashable, Codable {
    public let subIndicator: String
    /// 0–100; `nil` when none of its questions was answered.
    public let value: Double?
    public let questions: [GovernanceQuestionScore]
    public let respondents: Int
    public let notes: [String]
}

public struct GovernanceQuestionScore: Sendable, Hashable, Codable {
    public let text: String
    /// Respondents with an answer.
    public let answered: Int
    public let meanAnswer: Double?
    /// 0–100; `nil` when nobody answered.
    public let score: Double?
}
