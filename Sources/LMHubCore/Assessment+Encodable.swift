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

/// `{"year", "samples", "ccme": {"wqi", "f1", "f2", "f3", "category", "variables", "tests", "failedVariables"} | null,
/// "ccmeNotComputed": reason | null, "mrc": {"wqi", "band", "points", "possible", "samples", "verified"} | null}`.
extension AnnualIndices: Encodable {
    enum CodingKeys: String, CodingKey { case year, samples, ccme, ccmeNotComputed, mrc }
    struct CCME: Encodable {
        let wqi, f1, f2, f3: Double
        let category: String?
        let variables, tests: Int
        let failedVariables: [String]
    }
    struct MRC: Encodable {
        let wqi: Double
        let band: String?
        let points, possible, samples: Int
        let verified: Bool
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(year, forKey: .year)
        try container.encode(samples, forKey: .samples)
        switch ccme {
        case let .success(result):
            try container.encode(CCME(wqi: result.wqi, f1: result.f1, f2: result.f2, f3: result.f3,
                                      category: result.category?.name.text("en"), variables: result.variables,
                                      tests: result.tests, failedVariables: result.failedVariables), forKey: .ccme)
            try container.encodeNil(forKey: .ccmeNotComputed)
        case let .failure(reason):
            try container.encodeNil(forKey: .ccme)
            try container.encode(reason.reason, forKey: .ccmeNotComputed)
        }
        try container.encode(mrc.map { MRC(wqi: $0.wqi, band: $0.band?.name.text("en"), points: $0.points,
                                           possible: $0.possible, samples: $0.samples, verified: $0.verified) }, forKey: .mrc)
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
