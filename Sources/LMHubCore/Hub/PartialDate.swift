/// A date at the precision a source gives it: `2016`, `2016-03` or `2017-11-28`. Ordered as its text (a year
/// before its months, a month before its days), compared as numbers.
public struct PartialDate: Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
    public enum Precision: String, Sendable, Codable { case year, month, day }

    public let year: Int
    public let month: Int?
    public let day: Int?

    public var precision: Precision { day != nil ? .day : month != nil ? .month : .year }

    /// `nil` unless `text` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real date (no 2021-02-30).
    public init?(_ text: String) {
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]), year > 0 else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2]) : nil
        if parts.count > 1 { guard parts[1].count == 2, let month, (1...12).contains(month) else { return nil } }
        if parts.count > 2 { guard parts[2].count == 2, day != nil, LocalDate.date(text) != nil else { return nil } }
        self.year = year
        self.month = month
        self.day = day
    }

    public var description: String {
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        return text
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PartialDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a date YYYY, YYYY-MM or YYYY-MM-DD"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
