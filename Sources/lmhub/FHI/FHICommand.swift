import ArgumentParser
import Foundation

/// `lmhub fhi …`: the Freshwater Health Index's calculators, each on a file (no database needed), and `assess --store`,
/// which keeps an assessment in the hub's database.
struct FHICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fhi",
        abstract: "Freshwater Health Index: compute sub-indicators and aggregate an FHI tree from files.",
        subcommands: [FHIDvNFCommand.self, FHIDCICommand.self, FHITreeCommand.self, FHIAssessCommand.self]
    )
}

/// The output formats of the `fhi` subcommands.
enum FHIOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

enum FHIOutput {
    /// Writes a line to standard error.
    static func note(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

    /// Prints `value` as pretty JSON with sorted keys.
    static func printJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// A number for CSV: rounded to 10 significant digits, then Swift's shortest form of that (`40.0`, not the
    /// `40.00000000000001` a geometric mean leaves), empty for `nil`; JSON keeps full precision.
    static func csv(_ value: Double?) -> String {
        value.map { "\($0.isFinite ? Double(String(format: "%.10g", $0)) ?? $0 : $0)" } ?? ""
    }

    /// A number for a table: `decimals` places, `–` for `nil`.
    static func table(_ value: Double?, _ decimals: Int = 2) -> String {
        value.map { String(format: "%.\(decimals)f", $0) } ?? "–"
    }

    /// Text padded on the right to `width` characters.
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
