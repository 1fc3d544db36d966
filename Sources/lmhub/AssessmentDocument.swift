import LMHubCore

/// `lmhub assess --format json`: `{"results": [{"station", "date", "standard", "version", "inForce",
/// "assessment": {…}}], "indices": [{"station", …annual indices}]}`.
struct AssessmentDocument: Encodable {
    struct Result: Encodable {
        let station: String
        let date: String
        let standard: String
        let version: String
        let inForce: Bool
        let status: String
        let assessment: SampleAssessment
    }
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

    let results: [Result]
    let indices: [Index]

    init(report: AssessmentReport) {
        results = report.units.flatMap { unit in
            unit.results.map { row in
                Result(station: unit.station, date: unit.date, standard: row.resolution.standard.id,
                       version: row.resolution.standard.version, inForce: row.resolution.inForce,
                       status: row.resolution.standard.status.rawValue, assessment: row.assessment)
            }
        }
        indices = report.indices.map { Index(station: $0.station, indices: $0.indices) }
    }
}
