/// Text in several languages, keyed by BCP 47 language code (`en`, `zh`, later `th`, `lo`, `km`, `vi`, `my`).
public struct LocalizedText: Sendable, Hashable, Codable {
    public var values: [String: String]

    public init(_ values: [String: String]) {
        self.values = values
    }

    public init(en: String, zh: String? = nil) {
        var values = ["en": en]
        if let zh { values["zh"] = zh }
        self.values = values
    }

    /// The text in `language`, else English, else any language present, else the empty string.
    public func text(_ language: String) -> String {
        values[language] ?? values["en"] ?? values.values.sorted().first ?? ""
    }

    public init(from decoder: Decoder) throws {
        values = try decoder.singleValueContainer().decode([String: String].self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }
}
