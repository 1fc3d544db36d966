import ArgumentParser
import Foundation
import LMHubCore

struct Standards: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the water-quality standards LMHub carries, or print one's table with the source of every limit."
    )

    @Argument(help: "Standard id (e.g. cn-gb3838-2002); all standards are listed when not given.") var id: String?

    func run() throws {
        let standards = try WaterQualityStandard.bundled()
        guard let id else {
            for standard in standards.values.sorted(by: { $0.id < $1.id }) {
                print("\(standard.id)  \(standard.version)  \(standard.title.text("en")) / \(standard.title.text("zh"))  in force \(standard.inForce)")
            }
            return
        }
        guard let standard = standards[id] else {
            throw ValidationError("unknown standard '\(id)'; known: \(standards.keys.sorted().joined(separator: ", "))")
        }
        print(StandardTable.render(standard), terminator: "")
    }
}

/// A standard's table as text: one line per item, limits per class, whether each is verified, and its source.
enum StandardTable {
    static func render(_ standard: WaterQualityStandard) -> String {
        var out = "\(standard.version): \(standard.title.text("en")) (\(standard.title.text("zh")))\n"
        out += "\(standard.issuingBody.text("en")); in force \(standard.inForce)\nsource: \(standard.source)\n"
        out += "sample class: \(standard.sampleClassRule)\(standard.sampleClassRuleVerified ? "" : " [UNVERIFIED]")\n\n"
        out += "item  parameter  unit     kind      water  " + standard.classes.map { $0.padding(toLength: 8, withPad: " ", startingAt: 0) }.joined() + "source\n"
        for item in standard.items {
            let limits: String = switch item.kind {
            case .maximum: (item.limits ?? []).map { "≤\(format($0))".padding(toLength: 8, withPad: " ", startingAt: 0) }.joined()
            case .minimum: (item.limits ?? []).map { "≥\(format($0))".padding(toLength: 8, withPad: " ", startingAt: 0) }.joined()
            case .range: (item.range ?? []).map(format).joined(separator: "–") + " (all classes)  "
            case .narrative: "not judged on one sample  "
            }
            let cells = [String(item.item), item.parameter, item.unit.rawValue, item.kind.rawValue, item.waterBody?.rawValue ?? "all"]
            let widths = [6, 11, 9, 10, 7]
            out += zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined()
                + limits + item.source + (item.verified ? "" : " [UNVERIFIED]") + "\n"
            if let note = item.note { out += "      note: \(note)\n" }
        }
        return out
    }

    static func format(_ value: Double) -> String { String(format: "%g", value) }
}
