import ArgumentParser
import Foundation
import LMHubCore

struct Standards: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the water-quality standards LMHub carries, or print one's table with the source of every limit.",
        discussion: "Limits not verified against the cited source are marked [UNVERIFIED]; n/a: the number is not at hand (no value earns that class through the item); any: the standard sets no limit for that class; a limit marked * is LMHub's inference where the source's cell is illegible."
    )

    @Argument(help: "Standard id (e.g. cn-gb3838-2002) or series (e.g. vn-qcvn08); all are listed when not given.") var id: String?

    func run() throws {
        let catalog = try StandardCatalog.bundled()
        guard let id else {
            for series in catalog.series {
                for standard in catalog.versions(of: series) { print(StandardTable.summary(standard)) }
            }
            return
        }
        let key = id.lowercased()
        let chosen = catalog.standards[key].map { [$0] } ?? catalog.versions(of: key)
        guard !chosen.isEmpty else {
            throw ValidationError(UnknownStandardError(id: id, known: Array(catalog.standards.keys) + catalog.series).description)
        }
        print(chosen.map(StandardTable.render).joined(separator: "\n"), terminator: "")
    }
}

/// A standard's table as text: one line per item, limits per class, whether each is verified, and its source.
enum StandardTable {
    static func summary(_ standard: WaterQualityStandard) -> String {
        let state: String = switch standard.status {
        case .loaded: standard.isVerified ? "verified" : "\(standard.items.filter { !$0.verified }.count) of \(standard.items.count) items [UNVERIFIED]"
        case .limitsNotLoaded: "limits not loaded"
        case .noStandard: "no national standard"
        }
        return [standard.id, standard.country, standard.version, period(standard), state].joined(separator: "  ")
    }

    static func period(_ standard: WaterQualityStandard) -> String {
        "in force \(standard.inForce)" + (standard.lastDayInForce.map { " to \($0)" } ?? "")
    }

    static func render(_ standard: WaterQualityStandard) -> String {
        var out = "\(standard.id): \(standard.version), \(standard.title.text("en")) (\(standard.title.text("zh")))\n"
        out += "\(standard.issuingBody.text("en")); \(period(standard))\nsource: \(standard.source)\n"
        if let note = standard.statusNote { return out + "\(note.text("en"))\n" }
        out += "sample class: \(standard.sampleClassRule)\(standard.sampleClassRuleVerified ? "" : " [UNVERIFIED]")\n"
        out += "classes: " + (1...standard.worstRank).map { rank in
            standard.label(ofRank: rank) + (standard.name(ofRank: rank).map { " (\($0.text("en")))" } ?? "")
        }.joined(separator: ", ") + "\n\n"
        out += "item  parameter     unit         kind      water  stat  " + standard.classes.map(cell).joined() + "source\n"
        for item in standard.items {
            let limits: String = switch item.kind {
            case .maximum: classCells(item, standard) { "≤" + format($0) }
            case .minimum: classCells(item, standard) { "≥" + format($0) }
            case .range: (item.ranges ?? []).map { cell($0.map { $0.map(format).joined(separator: "–") }) }.joined()
            case .narrative: "not judged numerically  "
            }
            let cells = [String(item.item), item.parameter, item.unit.rawValue, item.kind.rawValue,
                         item.waterBody?.rawValue ?? "all", item.statistic?.rawValue ?? "–"]
            let widths = [6, 14, 13, 10, 7, 6]
            out += zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined()
                + limits + item.source + (item.verified ? "" : " [UNVERIFIED]") + "\n"
            if let note = item.note { out += "      note: \(note)\n" }
        }
        return out
    }

    static func format(_ value: Double) -> String { String(format: "%g", value) }

    /// One class's limit, padded; `n/a` where the number is not at hand.
    static func cell(_ text: String?) -> String { (text ?? "n/a").padding(toLength: 9, withPad: " ", startingAt: 0) }

    /// The limits of a maximum or minimum item, `any` for a class the standard sets no limit for (`–` in its table),
    /// `*` after a limit LMHub infers.
    static func classCells(_ item: WaterQualityStandard.Item, _ standard: WaterQualityStandard, _ text: (Double) -> String) -> String {
        (item.limits ?? []).enumerated().map { index, limit in
            let rank = index + 1
            return standard.isUnlimited(item, rank: rank)
                ? cell("any") : cell(limit.map { text($0) + (standard.isInferred(item, rank: rank) ? "*" : "") })
        }.joined()
    }
}
