import LMHubCore

/// `lmhub assess --format json`: `{"results": [rows of ``AssessedUnit/Row``], "indices": [{"station", …annual indices}]}`.
struct AssessmentDocument: Encodable {
    struct Index: Encodable {
        let station: String
        let indices: AnnualIndices
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(station, forKey: .station)
            try indices.encode(to: encoder)
        }
        enum CodingKeys: String, CodingKey { case station }
    }

    let results: [AssessedUnit.Row]
    let indices: [Index]

    init(report: AssessmentReport) {
        results = report.units.flatMap(\.rows)
        indices = report.indices.map { Index(station: $0.station, indices: $0.indices) }
    }
}
