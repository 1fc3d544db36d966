import Foundation

/// A Governance & Stakeholders survey as LMHub scores it: each question with the sub-indicator it belongs to and
/// every respondent's Likert answer (`nil` where the respondent left it blank). Read from a survey export by
/// LMHubIngest's `GovernanceSurveyReader`, or given in an assessment file.
public struct GovernanceSurvey: Sendable, Hashable, Codable {
    /// Respondent ids, in file order.
    public let respondents: [String]
    public let questions: [Question]

    public init(respondents: [String], questions: [Question]) {
        self.respondents = respondents
        self.questions = questions
    }

    public struct Question: Sendable, Hashable, Codable {
        public let text: String
        /// The framework id of the GS sub-indicator (`water-resource-management`, …).
        public let subIndicator: String
        /// One per respondent, in ``GovernanceSurvey/respondents`` order.
        public let answers: [Int?]

        public init(text: String, subIndicator: String, answers: [Int?]) {
            self.text = text
            self.subIndicator = subIndicator
            self.answers = answers
        }
    }
}

/// The survey's scale, layout and topics (`Resources/fhi/governance-survey.json`): which columns are questions
/// and which GS sub-indicator each group of questions scores.
public struct GovernanceSurveyLayout: Sendable, Hashable, Codable {
    public let id: String
    public let source: String
    public let verified: Bool
    public let likertMinimum: Int
    public let likertMaximum: Int
    /// Spreadsheet letters: the respondent id's column and the first question's.
    public let respondentColumn: String
    public let firstQuestionColumn: String
    /// A column whose header starts with this closes a group of questions (its comments are not scored).
    public let commentColumnPrefix: String
    /// In a comment column's header, the text before the group's topic.
    public let topicMarker: String
    public let topics: [Topic]

    public struct Topic: Sendable, Hashable, Codable {
        public let topic: String
        public let subIndicator: String
        /// Whether a CI document pairs this topic with the sub-indicator (none was read: `false`).
        public let verified: Bool
    }

    /// - Throws: ``StandardFileError`` when the file is missing or malformed.
    public static func bundled() throws -> GovernanceSurveyLayout {
        try FHIResources.load("governance-survey")
    }

    /// The sub-indicator of a comment column's header (`… on the topic of basin management.`), matched without
    /// regard to case and a final full stop; `nil` when the header names no known topic.
    public func subIndicator(ofCommentHeader header: String) -> String? {
        guard let range = header.range(of: topicMarker, options: .caseInsensitive) else { return nil }
        let topic = header[range.upperBound...].trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ".")))
        return topics.first { $0.topic.caseInsensitiveCompare(topic) == .orderedSame }?.subIndicator
    }
}
