import Foundation
import LMHubCore
import LMHubIngest

/// The table, CSV and JSON of `lmhub sdg index`.
enum SDGIndexOutput {
    static func csv(_ countries: [SDGCountryResult]) -> String {
        let header = ["iso3", "country", "index", "rank"] + (1...17).map { "goal\($0)" }
        return CSVWriter.line(header) + countries.map { country in
            CSVWriter.line([country.iso3, country.name, country.index.map(two) ?? "", country.rank.map(String.init) ?? ""]
                + country.goals.map { $0.score.map(two) ?? "" })
        }.joined()
    }

    static func two(_ value: Double) -> String { String(format: "%.2f", value) }

    /// One line a country: rank, ISO3, name, index, then each goal's score (one decimal) and colour letter
    /// (G Y O R, - grey), or the imputed regional mean marked `*`.
    static func table(_ countries: [SDGCountryResult], report: SDGReport, edition: SDREdition) -> String {
        let goals = (1...17).map { String(repeating: " ", count: $0 < 10 ? 4 : 3) + "G\($0)" }.joined()
        var out = "rank iso3 country                   index" + goals + "\n"
        for country in countries {
            let name = country.name.count > 24 ? String(country.name.prefix(23)) + "…" : country.name
            out += pad(country.rank.map(String.init) ?? "—", 4, left: true) + " " + country.iso3 + " " + pad(name, 24) + " "
                + pad(country.index.map { String(format: "%.2f", $0) } ?? "no index", 6, left: true)
                + country.goals.map(cell).joined() + "\n"
        }
        out += "G green, Y yellow, O orange, R red, - grey (no data); * no own score: the regional mean the index takes.\n"
        out += "\(report.ranked.count) countries ranked. \(edition.attribution)\n"
        return out
    }

    static func cell(_ goal: SDGGoalResult) -> String {
        guard let value = goal.scoreInIndex else { return "     -" }
        let letter: String = switch goal.colour {
        case .green: "G"
        case .yellow: "Y"
        case .orange: "O"
        case .red: "R"
        case .grey: "-"
        }
        return String(format: " %5.1f", value) + (goal.score == nil ? "*" : letter)
    }

    static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return left ? fill + text : text + fill
    }

    static func json(_ document: SDGIndexDocument) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }
}

/// `lmhub sdg index --format json`: `{"edition", "attribution", "steps", "countries", "regionalMeans"}`:
/// the countries' full results (goals, indicators, flags naming the unverified steps, notes), the method's
/// steps with their status, and the regional means that fill missing goals.
struct SDGIndexDocument: Encodable {
    let edition: String
    let attribution: String
    let steps: [SDGMethodStep]
    let countries: [SDGCountryResult]
    let regionalMeans: [SDGRegionalMean]

    init(edition: SDREdition, countries: [SDGCountryResult], report: SDGReport) {
        self.edition = edition.id
        attribution = edition.attribution
        steps = edition.steps
        self.countries = countries
        regionalMeans = report.regionalMeans.filter { mean in countries.contains { $0.region == mean.region } }
    }
}
