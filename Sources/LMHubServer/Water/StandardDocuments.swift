import LMHubCore
import Hummingbird

/// `GET /api/v1/standards`: every standard with its limits, sources and verification state
/// (`verified` is true only when every limit and the sample-class rule are verified).
struct StandardsDocument: ResponseEncodable {
    struct Entry: Encodable {
        let standard: WaterQualityStandard

        func encode(to encoder: Encoder) throws {
            try standard.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(standard.isVerified, forKey: .verified)
        }

        enum CodingKeys: String, CodingKey { case verified }
    }

    let standards: [Entry]
}

/// `GET /api/v1/assessments`: `{"station", "period", "results": [rows of ``AssessedUnit/Row``], "indices":
/// [annual indices, period=year only], "next", "sources"}`.
struct AssessmentsDocument: Encodable {
    let station: String
    let period: String
    let results: [AssessedUnit.Row]
    let indices: [AnnualIndices]
    let next: String?
    let sources: [SourceAttribution]
}

/// Assessments as CSV: a row per parameter and one `sample` row with the sample's class, per standard.
enum AssessmentTable {
    static let header = ["station", "date (local)", "standard", "version", "in_force", "parameter", "value", "unit", "censoring", "class",
                         "rank", "basis", "verified"]

    static func csv(_ rows: [AssessedUnit.Row]) -> CSVTable {
        CSVTable(header: header, rows: rows.flatMap(Self.rows))
    }

    static func rows(_ row: AssessedUnit.Row) -> [[CSVTable.Cell]] {
        let lead: [CSVTable.Cell] = [.text(row.station), .text(row.date), .text(row.standard), .text(row.version), .text(String(row.inForce))]
        var rows: [[CSVTable.Cell]] = row.assessment.parameters.map { item in
            let value: [CSVTable.Cell] = [.text(item.parameter), .number(item.measurement.value), .text(item.measurement.unit.rawValue),
                                          .text(item.measurement.censoring.rawValue)]
            let judged: [CSVTable.Cell] = [.optional(item.label), .integer(item.rank), .text(item.basis.description), .text(String(item.verified))]
            return lead + value + judged
        }
        let sample: [CSVTable.Cell] = [.text("sample"), .empty, .empty, .empty, .optional(row.assessment.label),
                                       row.assessment.rank.map(CSVTable.Cell.integer) ?? .empty, .empty, .text(String(row.assessment.verified))]
        rows.append(lead + sample)
        return rows
    }
}
