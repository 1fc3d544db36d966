/// JSON shapes of assessments, shared by `lmhub assess --format json` and the `/api/v1/assessments` API.
///
/// A parameter class: `{"parameter", "value", "unit", "censoring", "class", "rank", "conservative",
/// "inSampleClass", "verified", "basis"}`; a sample assessment: `{"class", "rank", "drivers", "notAssessed",
/// "verified", "parameters"}` (`class` and `rank` are `null` when nothing could be assessed).
extension ParameterClass: Encodable {
    enum CodingKeys: String, CodingKey {
        case parameter, value, unit, censoring, `class`, rank, conservative, inSampleClass, verified, basis
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(parameter, forKey: .parameter)
        try container.encode(measurement.value, forKey: .value)
        try container.encode(measurement.unit.rawValue, forKey: .unit)
        try container.encode(measurement.censoring.rawValue, forKey: .censoring)
        try container.encode(label, forKey: .class)
        try container.encode(rank, forKey: .rank)
        try container.encode(isConservative, forKey: .conservative)
        try container.encode(inSampleClass, forKey: .inSampleClass)
        try container.encode(verified, forKey: .verified)
        try container.encode(basis.description, forKey: .basis)
    }
}

extension SampleAssessment: Encodable {
    enum CodingKeys: String, CodingKey {
        case `class`, rank, drivers, notAssessed, verified, parameters
    }

    /// Whether every limit counted in the class is verified.
    public var verified: Bool { parameters.filter(\.inSampleClass).allSatisfy(\.verified) }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(label, forKey: .class)
        try container.encode(rank, forKey: .rank)
        try container.encode(drivers, forKey: .drivers)
        try container.encode(notAssessed, forKey: .notAssessed)
        try container.encode(verified, forKey: .verified)
        try container.encode(parameters, forKey: .parameters)
    }
}

extension AssessedUnit {
    /// One row per standard: `{"station", "date", "samples", "standard", "version", "inForce", "chosenByDate",
    /// "status", "statusNote", "assessment": {…}}` (`statusNote` in English, for standards without limits).
    public struct Row: Encodable, Sendable {
        public let station: String
        public let date: String
        public let samples: Int
        public let standard: String
        public let version: String
        public let inForce: Bool
        public let chosenByDate: Bool
        public let status: String
        public let statusNote: String?
        public let assessment: SampleAssessment
    }

    /// The unit's results as rows, in the order the standards were asked for.
    public var rows: [Row] {
        results.map { result in
            let standard = result.resolution.standard
            return Row(station: station, date: date, samples: samples.count, standard: standard.id, version: standard.version,
                       inForce: result.resolution.inForce, chosenByDate: result.resolution.chosenByDate,
                       status: standard.status.rawValue, statusNote: standard.statusNote?.text("en"), assessment: result.assessment)
        }
    }
}
