import Foundation

/// The period an FHI assessment looks at: calendar dates `YYYY-MM-DD`, both included.
public struct FHIPeriod: Sendable, Hashable, Codable {
    public let start: String
    public let end: String

    /// - Throws: ``FHIInputError`` (field `start` or `end`) for a date that is not `YYYY-MM-DD` or an end before the start.
    public init(start: String, end: String) throws(FHIInputError) {
        for (field, date) in [("start", start), ("end", end)] where LocalDate.date(date) == nil {
            throw FHIInputError(field: field, message: "expected a date YYYY-MM-DD, found '\(date)'")
        }
        guard start <= end else { throw FHIInputError(field: "end", message: "\(end) is before the start \(start)") }
        self.start = start
        self.end = end
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(start: container.decode(String.self, forKey: .start), end: container.decode(String.self, forKey: .end))
        } catch let error as FHIInputError {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath + [error.field == "start" ? CodingKeys.start : CodingKeys.end],
                                                    debugDescription: error.message))
        }
    }

    /// Whether the date `YYYY-MM-DD` lies in the period.
    public func contains(_ date: String) -> Bool { start <= date && date <= end }

    public var text: String { "\(start) – \(end)" }
}
