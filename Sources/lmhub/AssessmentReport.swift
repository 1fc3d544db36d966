import Foundation
import LMHubCore
import LMHubIngest

/// The three printed forms of `lmhub assess`.
struct AssessmentReport {
    /// What one row judges: one sample, or a station-year's samples.
    struct Unit {
        let station: String
        /// The sample's date, or the year.
        let date: String
        /// The date the standard's version is chosen for.
        let resolvedOn: String
        let dayAssumed: Bool
        let samples: [WaterSample]
    }

    struct Row {
        let unit: Unit
        let resolution: StandardCatalog.Resolution
        let assessment: SampleAssessment
    }

    struct IndexRow {
        let station: String
        let indices: AnnualIndices
    }

    let series: [String]
    let rows: [Row]
    let indices: [IndexRow]

    func csv() -> String {
        var out = CSVWriter.line(["station", "date", "standard", "parameter", "value", "unit", "class", "basis", "verified"])
        for row in rows {
            let lead = [row.unit.station, row.unit.date, row.resolution.standard.id]
            for item in row.assessment.parameters {
                out += CSVWriter.line(lead + [item.parameter, Self.value(item.measurement), item.measurement.unit.rawValue,
                                              item.label, item.basis.description, String(item.verified)])
            }
            out += CSVWriter.line(lead + ["sample", "", "", row.assessment.label ?? "", "", String(Self.verified(row.assessment))])
        }
        for row in indices {
            if case let .success(ccme) = row.indices.ccme {
                out += CSVWriter.line([row.station, row.indices.year, "ccme-wqi-1.0", "index", Self.number(ccme.wqi), "",
                                       ccme.category?.name.text("en") ?? "", "\(ccme.tests) tests", "true"])
            }
            if let mrc = row.indices.mrc {
                out += CSVWriter.line([row.station, row.indices.year, "mrc-wqi-aquatic-life", "index", Self.number(mrc.wqi), "",
                                       mrc.band?.name.text("en") ?? "", "\(mrc.points) of \(mrc.possible) points", String(mrc.verified)])
            }
        }
        return out
    }

    /// A single standard: one column per parameter; several: one column per standard, with the deciding parameters.
    func table() -> String {
        let single = series.count == 1
        let columns: [String] = single ? parameterColumns() : series
        let header = ["station", "date"] + columns + (single ? ["class", "decided by"] : [])
        let units = rows.reduce(into: [(station: String, date: String, dayAssumed: Bool)]()) { list, row in
            if list.last.map({ $0.station != row.unit.station || $0.date != row.unit.date }) ?? true {
                list.append((row.unit.station, row.unit.date, row.unit.dayAssumed))
            }
        }
        var grouped: [String: [Row]] = [:]
        for row in rows { grouped[row.unit.station + "\u{1F}" + row.unit.date, default: []].append(row) }
        let lines = units.map { unit -> [String] in
            let unitRows = grouped[unit.station + "\u{1F}" + unit.date] ?? []
            let lead = [unit.station, unit.date + (unit.dayAssumed ? "°" : "")]
            if single, let row = unitRows.first {
                return lead + columns.map { code in row.assessment.parameters.first { $0.parameter == code }.map(Self.cell) ?? "" }
                    + [Self.sampleCell(row), row.assessment.drivers.joined(separator: ",")]
            }
            return lead + series.indices.map { index in
                index < unitRows.count ? Self.sampleCell(unitRows[index]) + Self.drivers(unitRows[index]) : ""
            }
        }
        var out = Self.align([header] + lines)
        out += legend()
        out += indexTable()
        return out
    }

    private func parameterColumns() -> [String] {
        let order = rows.first?.resolution.standard.items.map(\.parameter) ?? []
        let present = Set(rows.flatMap { $0.assessment.parameters.map(\.parameter) })
        return order.reduce(into: [String]()) { if present.contains($1), !$0.contains($1) { $0.append($1) } }
    }

    private func legend() -> String {
        var out = ""
        for row in rows.reduce(into: [String: StandardCatalog.Resolution](), { $0[$1.resolution.standard.id] = $1.resolution }).values.sorted(by: { $0.standard.id < $1.standard.id }) {
            let standard = row.standard
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
        let text = rows.map { Self.sampleCell($0) + $0.unit.date + ($0.unit.dayAssumed ? "°" : "") }.joined()
            + rows.flatMap { $0.assessment.parameters.map(Self.cell) }.joined()
        for (mark, meaning) in marks where text.contains(mark) { out += "\(mark) \(meaning)\n" }
        return out
    }

    private func indexTable() -> String {
        guard !indices.isEmpty else { return "" }
        let header = ["station", "year", "samples", "CCME WQI", "MRC WQI (aquatic life) [UNVERIFIED]"]
        let lines = indices.map { row -> [String] in
            let ccme = switch row.indices.ccme {
            case let .success(result): "\(Self.number(result.wqi)) \(result.category?.name.text("en") ?? "")"
            case let .failure(reason): "none: \(reason.reason)"
            }
            let mrc = row.indices.mrc.map { "\(Self.number($0.wqi)) \($0.band?.name.text("en") ?? "")" } ?? "none: no index parameter"
            return [row.station, row.indices.year, String(row.indices.samples), ccme, mrc]
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

    static func sampleCell(_ row: Row) -> String {
        guard let label = row.assessment.label else {
            return row.resolution.standard.status == .loaded ? "not assessed" : "no limits"
        }
        let counted = row.assessment.parameters.filter(\.inSampleClass)
        return label + (counted.allSatisfy(\.verified) ? "" : "*") + (row.resolution.inForce ? "" : "†")
            + (counted.contains(where: \.basis.isSingleValueForPercentile) ? "¹" : "")
    }

    static func drivers(_ row: Row) -> String {
        row.assessment.drivers.isEmpty || row.assessment.rank == 1 ? "" : " (" + row.assessment.drivers.joined(separator: ",") + ")"
    }

    static func verified(_ assessment: SampleAssessment) -> Bool {
        assessment.parameters.filter(\.inSampleClass).allSatisfy(\.verified)
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

    static func value(_ measurement: MeasuredValue) -> String {
        measurement.censoring.rawValue + "\(measurement.value)"
    }

    static func number(_ value: Double) -> String { String(format: "%.1f", value) }
}
