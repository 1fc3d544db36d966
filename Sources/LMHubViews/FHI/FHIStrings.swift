/// The Freshwater Health Index pages' words (merged into ``Strings``).
enum FHIStrings {
    static let table: [String: [String: String]] = [
        "nav.fhi": ["en": "Freshwater health", "zh": "淡水健康"],
    ]
}
