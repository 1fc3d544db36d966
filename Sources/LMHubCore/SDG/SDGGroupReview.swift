import Foundation

/// A group of countries' SDG dashboards read goal by goal, set against what a study says of them
/// (`Resources/sdg/lancang-mekong-review.json`: the Center's review of the six Lancang-Mekong countries, which
/// finds them strong on SDG 1 and 17 and challenged on SDG 2, 3, 9, 14 and 16).
///
/// The rule (stated in the data, shown on the page): a goal is *strong* when more than half of the group's
/// countries with a colour for it are green or yellow, *challenged* when more than half are orange or red, else
/// *mixed*; grey (no data) is left out. Each goal then agrees or disagrees with the study's claim, if it makes one.
public struct SDGGroupReview: Sendable, Codable {
    public let id: String
    public let title: LocalizedText
    public let source: String
    public let finding: LocalizedText
    public let verified: Bool
    /// ISO3 codes, in the order pages show them.
    public let countries: [String]
    /// The SDR region whose unweighted mean is shown beside the countries.
    public let region: String
    /// Goals the study calls strong, and challenged.
    public let strong: [Int]
    public let challenged: [Int]
    public let rule: LocalizedText

    /// The bundled review of the six Lancang-Mekong countries.
    /// - Throws: ``StandardFileError`` when the file is missing or malformed.
    public static func bundled() throws -> SDGGroupReview {
        let file = "sdg/lancang-mekong-review.json"
        guard let url = Bundle.module.url(forResource: "lancang-mekong-review", withExtension: "json", subdirectory: "sdg") else {
            throw StandardFileError(file: file, underlying: "missing from the bundle")
        }
        do {
            return try JSONDecoder().decode(SDGGroupReview.self, from: Data(contentsOf: url))
        } catch {
            throw StandardFileError(file: file, underlying: String(describing: error))
        }
    }

    /// How the data read a goal for the group.
    public enum Reading: String, Sendable, Codable {
        case strong, challenged, mixed
    }

    /// One goal: its dashboard colours across the group, what the data make of it, what the study says.
    public struct GoalFinding: Sendable, Hashable, Codable {
        public let goal: Int
        /// Countries per colour (grey: no colour).
        public let colours: [SDGColour: Int]
        public let reading: Reading
        /// What the study says of the goal, `nil` where it says nothing.
        public let study: Reading?
        /// `nil` where the study says nothing.
        public var agrees: Bool? { study.map { $0 == reading } }
    }

    /// Every goal's finding for the group in `report` (countries missing from the report count as grey).
    public func findings(_ report: SDGReport) -> [GoalFinding] {
        (1...17).map { goal in
            var colours: [SDGColour: Int] = [:]
            for iso3 in countries {
                colours[report.country(iso3)?.goal(goal)?.colour ?? .grey, default: 0] += 1
            }
            let good = (colours[.green] ?? 0) + (colours[.yellow] ?? 0), poor = (colours[.orange] ?? 0) + (colours[.red] ?? 0)
            let reading: Reading = 2 * good > good + poor ? .strong : 2 * poor > good + poor ? .challenged : .mixed
            let study: Reading? = strong.contains(goal) ? .strong : challenged.contains(goal) ? .challenged : nil
            return GoalFinding(goal: goal, colours: colours, reading: reading, study: study)
        }
    }
}
extension SDGColour: CodingKeyRepresentable {}
