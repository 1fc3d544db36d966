import Foundation
import LMHubCore
import LMHubIngest

/// The three printed forms of `lmhub assess`.
struct AssessmentReport {
    struct IndexRow {
        let station: String
        let indices: AnnualIndices
    }

    let series: [String]
    let units: [AssessedUnit]
    let indices: [IndexRow]

    private var results: [(unit: AssessedUnit, result: AssessedUnit.StandardResult)] {
        units.flatMap { unit in unit.results.map { (unit, $0) } }
    }

    func csv() -> String {
        var out = CSVWriter.line(["station", "date", "standard", "parameter", "value", "unit", "class", "basis", "verified",
                                  "in_force", "conservative", "day_assumed"])
        for (unit, row) in results {
            let lead = [unit.station, unit.date, row.resolution.standard.id]
            let trail = [String(row.resolution.inForce)]
            for item in row.assessment.parameters {
                out += CSVWriter.line(lead + [item.parameter, Self.value(item.measurement), item.measurement.unit.rawValue,
                                              item.label, item.basis.description, String(item.verified)]
                                      + trail + [String(item.isConservative), String(unit.dayAssumed)])
            }
            let conservative = row.assessment.parameters.contains { $0.isConservative && $0.rank == row.assessment.rank }
            out += CSVWriter.line(lead + ["sample", "", "", row.assessment.label ?? "", "", String(row.assessment.verified)]
                                  + trail + [String(conservative), String(unit.dayAssumed)])
        }
        for row in indices {
            for result in row.indices.indices {
                guard let value = result.value else { continue }
                let detail = result.components.map { "\($0.id) \($0.value.map(Self.number) ?? "")" }.joined(separator: " ")
                out += CSVWriter.line([row.station, row.indices.year, result.index, "index", Self.number(value), "",
                                       result.band?.name.text("en") ?? "", detail, String(result.verified), "", "", ""])
            }
        }
        return out
    }

    /// A single standard: one column per parameter; several: one column per standard, with the deciding parameters.
    func table() -> String {
        let single = series.count == 1
        let columns: [String] = single ? parameterColumns() : series
        let header = ["station", "date"] + columns + (single ? ["class", "decided by"] : [])
        let lines = units.map { unit -> [String] in
            let lead = [unit.station, unit.date + (unit.dayAssumed ? "°" : "")]
            if single, let row = unit.results.first {
                return lead + columns.map { code in row.assessment.parameters.first { $0.parameter == code }.map(Self.cell) ?? "" }
                    + [Self.sampleCell(row), row.assessment.drivers.joined(separator: ",")]
            }
            return lead + unit.results.map { Self.sampleCell($0) + Self.drivers($0) }
        }
        var out = Self.align([header] + lines)
        out += legend()
        out += indexTable()
        return out
    }

    private func parameterColumns() -> [String] {
        let order = results.first?.result.resolution.standard.items.map(\.parameter) ?? []
        let present = Set(results.flatMap { $0.result.assessment.parameters.map(\.parameter) })
        return order.reduce(into: [String]()) { if present.contains($1), !$0.contains($1) { $0.append($1) } }
    }

    private func legend() -> String {
        var out = ""
        let used = results.reduce(into: [String: WaterQualityStandard]()) { $0[$1.result.resolution.standard.id] = $1.result.resolution.standard }
        for standard in used.values.sorted(by: { $0.id < $1.id }) {
            out += "\(standard.id): \(standard.version)"
            switch standard.status {
            case .loaded: out += standard.sampleClassRuleVerified ? "" : " (sample-class rule [UNVERIFIED])"
            case .limitsNotLoaded, .noStandard: out += " — " + (standard.statusNote?.text("en") ?? "")
            }
            out += "\n"
        }
        let marks = [("°", "no day of month in the file: the 1st is shown"), ("*", "rests on limits not verified against the cited source"),
                     ("†", "standard not in force on that date (applied for comparison)"),
                     ("¹", "judged on one value where the standard asks for a percentile over a period"),
                     ("~", "a censored value spans classes; the worse was taken")]
        let text = results.map { Self.sampleCell($0.result) + ($0.unit.dayAssumed ? "°" : "") }.joined()
            + results.flatMap { $0.result.assessment.parameters.map(Self.cell) }.joined()
        for (mark, meaning) in marks where text.contains(mark) { out += "\(mark) \(meaning)\n" }
        return out
    }

    private func indexTable() -> String {
        guard let first = indices.first else { return "" }
        let header = ["station", "year", "samples"] + first.indices.indices.map { $0.index + ($0.verified ? "" : " [UNVERIFIED]") }
        let lines = indices.map { row -> [String] in
            [row.station, row.indices.year, String(row.indices.samples)] + row.indices.indices.map { result in
                guard let value = result.value else { return "none: " + (result.notes.first ?? "") }
                return "\(Self.number(value)) \(result.band?.name.text("en") ?? "")"
            }
        }
        return "\nIndices (objectives: MRC aquatic-life targets, unverified)\n" + Self.align([header] + lines)
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(AssessmentDocument(report: self)), as: UTF8.self)
    }

    static func cell(_ item: ParameterClass) -> String {
        item.label + (item.verified ? "" : "*") + (item.isConservative ? "~" : "")
            + (item.basis.isSingleValueForPercentile ? "¹" : "")
    }

    static func sampleCell(_ row: AssessedUnit.StandardResult) -> String {
        guard let label = row.assessment.label else {
            return row.resolution.standard.status == .loaded ? "not assessed" : "no limits"
        }
        let counted = row.assessment.parameters.filter(\.inSampleClass)
        return label + (row.assessment.verified ? "" : "*") + (row.resolution.inForce ? "" : "†")
            + (counted.contains(where: \.basis.isSingleValueForPercentile) ? "¹" : "")
    }

    static func drivers(_ row: AssessedUnit.StandardResult) -> String {
        row.assessment.drivers.isEmpty || row.assessment.rank == 1 ? "" : " (" + row.assessment.drivers.joined(separator: ",") + ")"
    }

    static func align(_ table: [[String]]) -> String {
        guard let width = table.first?.count else { return "" }
        let widths = (0..<width).map { index in table.map { columns(of: $0[index]) }.max() ?? 0 }
        return table.map { cells in
            zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - columns(of: $0)) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces) + "\n"
        }.joined()
    }

    /// Terminal columns a text takes: East Asian wide characters (劣, station names in Chinese) take two.
    static func columns(of text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            let wide = (0x1100...0x115F).contains(scalar.value) || (0x2E80...0xA4CF).contains(scalar.value)
                || (0xAC00...0xD7A3).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
                || (0xFF00...0xFF60).contains(scalar.value) || (0xFFE0...0xFFE6).contains(scalar.value)
            return width + (wide ? 2 : 1)
        }
    }

    /// A value as reported, to 10 significant digits (0.18 rather than 0.17999999999999998 after a unit conversion).
    static func value(_ measurement: MeasuredValue) -> String {
        measurement.censoring.rawValue + String(format: "%.10g", measurement.value)
    }

    /// An index to two decimals, so that the number shown never contradicts its band (9.47 is MRC "Good", not 9.5).
    static func number(_ value: Double) -> String { String(format: "%.2f", value) }
}
