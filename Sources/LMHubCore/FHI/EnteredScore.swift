import Foundation

/// A score entered by a person for a node of the FHI (normally a sub-indicator): expert judgement, a published
/// value, another tool's output, with the evidence it rests on and a note. The FHI Toolbox calls this a user
/// override. A node with neither an entered score nor the data to compute one stays *not assessed* — never 0,
/// never 100.
public struct EnteredScore: Sendable, Hashable, Codable {
    /// 0–100.
    public let value: Double
    /// What the score rests on: the data set, study or judgement, as the user writes it.
    public let evidence: String
    public let note: String?

    /// - Throws: ``FHIInputError`` for a value outside 0–100 or an empty evidence.
    public init(value: Double, evidence: String, note: String? = nil) throws(FHIInputError) {
        guard value.isFinite, (0...100).contains(value) else {
            throw FHIInputError(field: "value", message: "a score is 0–100, found \(value)")
        }
        guard !evidence.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw FHIInputError(field: "evidence", message: "an entered score needs its evidence: the data, study or judgement it rests on")
        }
        self.value = value
        self.evidence = evidence
        self.note = note
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(value: container.decode(Double.self, forKey: .value), evidence: container.decode(String.self, forKey: .evidence),
                          note: container.decodeIfPresent(String.self, forKey: .note))
        } catch let error as FHIInputError {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath + [error.field == "value" ? CodingKeys.value : CodingKeys.evidence],
                                                    debugDescription: error.message))
        }
    }

    /// The score as the framework's input.
    public var score: FHIScore { FHIScore(value: value, basis: .entered, evidence: evidence, note: note) }
}
