/// The carbon-accounting pages' words (merged into ``Strings``).
enum CarbonStrings {
    static let table: [String: [String: String]] = [
        "nav.carbon": ["en": "Carbon", "zh": "碳核算"],
    ]
}
