import Foundation
import LMHubCore

/// Reads a user's emission factors (materials from EPDs, a supplier's electricity): a CSV file with the columns
/// `id,value,unit,source` and optionally `name,table,year,licence,verified,gwp,density,ncv`.
///
/// `unit` is a mass of a gas per unit (`kgCO2e/kg`, `tCO2/MWh`), `gwp` the set a CO2e value was weighted with
/// (`ar5`, `ar6`; empty when the source does not say), `density` kg/L and `ncv` MJ/kg for fuels, `verified`
/// `true` when the value was checked against `source`. Every factor needs a source.
public enum CarbonFactorFile {
    public static let requiredColumns = ["id", "value", "unit", "source"]

    /// The file's factors.
    /// - Throws: ``IngestError`` naming the file, line and column.
    public static func read(path: String) throws(IngestError) -> [EmissionFactor] {
        var csv = try CSVReader(path: path)
        let header = (try csv.next()?.fields ?? []).map { $0.trimmed.lowercased() }
        let missing = requiredColumns.filter { !header.contains($0) }
        guard missing.isEmpty else {
            throw IngestError(file: path, line: 1, field: nil, message: "not a factor file: columns \(missing.joined(separator: ", ")) are missing; expected id,value,unit,source[,name,table,year,licence,verified,gwp,density,ncv]")
        }
        let at = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var factors: [EmissionFactor] = [], seen: [String: Int] = [:]
        let gwpSets = (try? GWPCatalog.bundled())?.sets.map(\.id)
        while let row = try csv.next() {
            func cell(_ name: String) -> String { at[name].flatMap { $0 < row.fields.count ? row.fields[$0].trimmed : nil } ?? "" }
            func fail(_ field: String, _ message: String) -> IngestError { IngestError(file: path, line: row.line, field: field, message: message) }
            if row.fields.first?.trimmed.hasPrefix("#") == true || row.fields.allSatisfy({ $0.trimmed.isEmpty }) { continue }
            let id = cell("id")
            guard !id.isEmpty, !id.contains(where: \.isWhitespace) else { throw fail("id", "expected an id without spaces, found '\(id)'") }
            if let earlier = seen[id] { throw fail("id", "'\(id)' is already defined on line \(earlier)") }
            seen[id] = row.line
            guard !cell("source").isEmpty else { throw fail("source", "every factor needs its source: document and table") }
            guard let value = Double(cell("value")), value.isFinite else { throw fail("value", "expected a number, found '\(cell("value"))'") }
            if !cell("gwp").isEmpty, let known = gwpSets, !known.contains(cell("gwp").lowercased()) {
                throw fail("gwp", "unknown GWP set '\(cell("gwp"))'; known: \(known.joined(separator: ", "))")
            }
            let literal: FactorLiteral
            do throws(FactorLiteralError) {
                literal = try FactorLiteral(parsing: "\(cell("value")) \(cell("unit")) \(cell("gwp"))")
            } catch { throw fail("unit", error.message) }
            func optionalNumber(_ name: String) throws(IngestError) -> Double? {
                let text = cell(name)
                if text.isEmpty { return nil }
                guard let value = Double(text), value > 0 else { throw fail(name, "expected a positive number, found '\(text)'") }
                return value
            }
            let year = cell("year").isEmpty ? nil : Int(cell("year"))
            if !cell("year").isEmpty, year == nil { throw fail("year", "expected a year, found '\(cell("year"))'") }
            let verified = cell("verified").lowercased()
            guard ["", "true", "false", "yes", "no"].contains(verified) else { throw fail("verified", "expected true or false, found '\(cell("verified"))'") }
            factors.append(EmissionFactor(
                id: id, name: cell("name").isEmpty ? id : cell("name"), category: .material, per: literal.per, amounts: [literal.amount],
                gwpSet: literal.gwpSet, netCalorificValue: try optionalNumber("ncv"), density: try optionalNumber("density"),
                source: .init(document: cell("source"), table: cell("table").isEmpty ? nil : cell("table"), year: year,
                              licence: cell("licence").isEmpty ? "not stated" : cell("licence"), verified: verified == "true" || verified == "yes")))
        }
        return factors
    }
}
