import Foundation
import LMHubCore

/// Reads a project's activity lines: a CSV file with the columns `module,item,quantity,unit,factor,source`
/// (header names matched without regard to case; rows whose first cell starts with `#` are comments).
///
/// - `module`: A1-A3, A4, A5, B1-B5, B6, B7, B8, C1-C4 or D (a sub-module such as A1 or C2 counts in its group).
/// - `quantity` and `unit`: a number and one of ``CarbonUnit`` (t, kg, MWh, kWh, L, m3, TJ, tkm…).
/// - `factor`: an id of the factor library (`defra2023.freight.hgv-articulated-average`) or a literal value with
///   its unit (`0.13 kgCO2e/kg`, see ``FactorLiteral``); a literal needs `source` (document and table).
public enum CarbonActivityFile {
    public static let columns = ["module", "item", "quantity", "unit", "factor", "source"]

    /// The file's lines, in file order.
    /// - Throws: ``IngestError`` naming the file, line and column of the first bad cell.
    public static func read(path: String) throws(IngestError) -> [ActivityLine] {
        var csv = try CSVReader(path: path)
        let header = (try csv.next()?.fields ?? []).map { $0.trimmed.lowercased() }
        let missing = columns.filter { !header.contains($0) }
        guard missing.isEmpty else {
            throw IngestError(file: path, line: 1, field: nil, message: "not an activity file: columns \(missing.joined(separator: ", ")) are missing; expected \(columns.joined(separator: ","))")
        }
        let at = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var lines: [ActivityLine] = []
        while let row = try csv.next() {
            func cell(_ name: String) -> String { at[name].flatMap { $0 < row.fields.count ? row.fields[$0].trimmed : nil } ?? "" }
            func fail(_ field: String, _ message: String) -> IngestError { IngestError(file: path, line: row.line, field: field, message: message) }
            if row.fields.first?.trimmed.hasPrefix("#") == true || row.fields.allSatisfy({ $0.trimmed.isEmpty }) { continue }
            guard row.fields.count <= header.count else { throw fail("source", "expected \(header.count) fields as in the header, found \(row.fields.count); quote a cell that holds a comma") }
            guard let module = LifeCycleModule(parsing: cell("module")) else {
                throw fail("module", "unknown module '\(cell("module"))'; expected \(LifeCycleModule.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let item = cell("item")
            guard !item.isEmpty else { throw fail("item", "empty: say what the line is") }
            guard let quantity = Double(cell("quantity")), quantity.isFinite else {
                throw fail("quantity", "expected a number, found '\(cell("quantity"))'")
            }
            guard let unit = CarbonUnit(parsing: cell("unit")) else {
                throw fail("unit", "unknown unit '\(cell("unit"))'; known: \(CarbonUnit.known)")
            }
            let source = cell("source")
            lines.append(ActivityLine(line: row.line, module: module, item: item, quantity: quantity, unit: unit,
                                      factor: try factor(cell("factor"), item: item, source: source, line: row.line, fail: fail),
                                      source: source.isEmpty ? nil : source))
        }
        return lines
    }

    /// A library id, or a literal when the cell starts like a number.
    static func factor(_ text: String, item: String, source: String, line: Int, fail: (String, String) -> IngestError) throws(IngestError) -> FactorReference {
        guard let first = text.first else { throw fail("factor", "empty: give a factor id (see `lmhub carbon factors`) or a value with its unit, e.g. 0.13 kgCO2e/kg") }
        guard first.isNumber || "-+.".contains(first) else { return .library(text) }
        let literal: FactorLiteral
        do throws(FactorLiteralError) { literal = try FactorLiteral(parsing: text) } catch { throw fail("factor", error.message) }
        guard !source.isEmpty else { throw fail("source", "a factor written on the line ('\(text)') needs its source: document and table") }
        return .literal(literal.factor(id: "line \(line)", name: item, source: source))
    }
}
