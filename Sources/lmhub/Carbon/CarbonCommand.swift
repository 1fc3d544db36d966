import ArgumentParser
import Foundation
import LMHubCore

/// `lmhub carbon`: whole-life carbon of infrastructure. `lmhub carbon PROJECT…` runs the default subcommand
/// `project`; `lmhub carbon reservoir FILE` runs G-res; `lmhub carbon factors` lists the factor library.
struct CarbonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "carbon",
        abstract: "Whole-life carbon of roads, railways, industrial parks and hydropower (EN 15978/17472 modules, G-res reservoirs).",
        discussion: """
        'lmhub carbon PROJECT…' runs the default subcommand, project. 'lmhub carbon reservoir FILE' computes G-res \
        reservoir emissions; 'lmhub carbon factors' lists the factor library. Examples: examples/carbon/.
        """,
        subcommands: [CarbonProjectCommand.self, CarbonReservoirCommand.self, CarbonFactorsCommand.self],
        defaultSubcommand: CarbonProjectCommand.self
    )
}

/// Output of the carbon commands.
enum CarbonOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

enum CarbonOutput {
    /// A line on standard error.
    static func note(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

    /// `value` as pretty, key-sorted JSON on standard output.
    static func printJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// A number for a table: up to `digits` significant digits, thousands grouped.
    static func number(_ value: Double, digits: Int = 4) -> String {
        guard value.isFinite else { return "–" }
        let magnitude = abs(value)
        let decimals = magnitude == 0 ? 0 : max(0, digits - 1 - Int(floor(log10(magnitude))))
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.usesGroupingSeparator = true
        formatter.groupingSeparator = ","
        formatter.decimalSeparator = "."
        formatter.minimumFractionDigits = 0
        formatter.maximumFractionDigits = min(decimals, 6)
        return formatter.string(from: NSNumber(value: value)) ?? "\(value)"
    }

    /// A number for CSV: full precision, no grouping.
    static func csv(_ value: Double) -> String { String(format: "%.6f", value).replacingOccurrences(of: #"\.?0+$"#, with: "", options: .regularExpression) }

    /// Rows padded to column widths; numbers right-aligned.
    static func table(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        let widths = (0..<(rows.map(\.count).max() ?? 0)).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                return rightAligned.contains(index) ? pad + cell : cell + pad
            }.joined(separator: "  ").replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression)
        }.joined(separator: "\n")
    }
}
