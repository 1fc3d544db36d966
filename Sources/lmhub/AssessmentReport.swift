import Foundation
import LMHubCore
import LMHubIngest

/// The three printed forms of `lmhub assess`.
struct AssessmentReport {
    let standard: WaterQualityStandard
    let timeZone: String
    let results: [(sample: WaterSample, assessment: SampleAssessment)]

    func date(_ sample: WaterSample) -> String { LocalDate.string(sample.time, timeZone: timeZone) }

    func csv() -> String {
        var out = CSVWriter.line(["station", "date", "parameter", "value", "unit", "class"])
        for (sample, assessment) in results {
            for item in assessment.parameters {
                out += CSVWriter.line([sample.station, date(sample), item.parameter, Self.value(item.measurement),
                                       item.measurement.unit.rawValue, item.label])
            }
            out += CSVWriter.line([sample.station, date(sample), "sample", "", "", assessment.label ?? ""])
        }
        return out
    }

    func table() -> String {
        let order = standard.items.map(\.parameter)
        let present = Set(results.flatMap { $0.assessment.parameters.map(\.parameter) })
        let columns = order.reduce(into: [String]()) { if present.contains($1), !$0.contains($1) { $0.append($1) } }
        let header = ["station", "date"] + columns + ["class", "decided by"]
        let rows = results.map { sample, assessment in
            [sample.station, date(sample) + (sample.dayAssumed ? "*" : "")]
                + columns.map { code in assessment.parameters.first { $0.parameter == code }?.label ?? "" }
                + [assessment.label ?? "no class", assessment.drivers.joined(separator: ",")]
        }
        let widths = header.indices.map { index in ([header] + rows).map { Self.columns(of: $0[index]) }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - Self.columns(of: $0)) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces) + "\n"
        }
        var out = "\(standard.version) (\(standard.id)), sample class = worst class over the assessed items\n"
        out += ([header] + rows).map(line).joined()
        if results.contains(where: \.sample.dayAssumed) { out += "* no day of month in the file: the 1st is shown\n" }
        return out
    }

    func json() throws -> String {
        struct Item: Encodable { let parameter: String; let value: Double; let unit: String; let censoring: String; let `class`: String; let rank: Int; let conservative: Bool; let inSampleClass: Bool }
        struct Sample: Encodable { let station: String; let date: String; let dayAssumed: Bool; let `class`: String?; let rank: Int?; let drivers: [String]; let parameters: [Item] }
        struct Document: Encodable { let standard: String; let version: String; let samples: [Sample] }
        let document = Document(standard: standard.id, version: standard.version, samples: results.map { sample, assessment in
            Sample(station: sample.station, date: date(sample), dayAssumed: sample.dayAssumed, class: assessment.label,
                   rank: assessment.rank, drivers: assessment.drivers, parameters: assessment.parameters.map {
                       Item(parameter: $0.parameter, value: $0.measurement.value, unit: $0.measurement.unit.rawValue,
                            censoring: $0.measurement.censoring.rawValue, class: $0.label, rank: $0.rank,
                            conservative: $0.isConservative, inSampleClass: $0.inSampleClass)
                   })
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
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
}
