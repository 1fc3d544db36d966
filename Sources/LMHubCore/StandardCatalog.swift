/// Every water-quality standard LMHub carries, grouped into series (one per country's standard, plus MRC),
/// and the rule that picks the version a sample is judged against.
public struct StandardCatalog: Sendable {
    /// Standards by id.
    public let standards: [String: WaterQualityStandard]

    public init(_ standards: [String: WaterQualityStandard]) {
        self.standards = standards
    }

    /// The standards in `Resources/standards/`.
    /// - Throws: ``StandardFileError`` when a data file is missing or malformed.
    public static func bundled() throws -> StandardCatalog {
        StandardCatalog(try WaterQualityStandard.bundled())
    }

    /// Countries in basin order, upstream to downstream, then the MRC: the order of columns in reports.
    public static let countryOrder = ["CN", "MM", "LA", "TH", "KH", "VN", "MRC"]

    /// Series ids in ``countryOrder``.
    public var series: [String] {
        let countries = Dictionary(standards.values.map { ($0.series, $0.country) }, uniquingKeysWith: { first, _ in first })
        return countries.keys.sorted {
            let left = Self.countryOrder.firstIndex(of: countries[$0] ?? "") ?? .max
            let right = Self.countryOrder.firstIndex(of: countries[$1] ?? "") ?? .max
            return (left, $0) < (right, $1)
        }
    }

    /// The versions of a series, oldest first.
    public func versions(of series: String) -> [WaterQualityStandard] {
        standards.values.filter { $0.series == series }.sorted { $0.inForce < $1.inForce }
    }

    /// The standard a sample taken on `date` (`YYYY-MM-DD`) is judged against, for `id` naming either a
    /// version (`vn-qcvn08-2015`: that version, whatever the date; the explicit override) or a series
    /// (`vn-qcvn08`: the version in force on `date`). A date before a series' first version gets that first
    /// version, marked as not in force, so old samples can still be compared.
    /// - Throws: ``UnknownStandardError`` when `id` names neither.
    public func resolve(_ id: String, on date: String) throws(UnknownStandardError) -> Resolution {
        if let standard = standards[id] {
            return Resolution(standard: standard, inForce: standard.isInForce(on: date), chosenByDate: false)
        }
        let versions = versions(of: id)
        guard let first = versions.first else {
            throw UnknownStandardError(id: id, known: (Array(standards.keys) + series).sorted())
        }
        let current = VersionChoice.pick(versions, on: date) ?? first
        return Resolution(standard: current, inForce: current.isInForce(on: date), chosenByDate: versions.count > 1)
    }

    /// The standard chosen for one sample, and how.
    public struct Resolution: Sendable, Hashable {
        public let standard: WaterQualityStandard
        /// Whether `standard` was in force on the sample's date.
        public let inForce: Bool
        /// Whether the version was picked by the sample's date (a series named, several versions).
        public let chosenByDate: Bool
    }

    /// One sample judged against one standard of every series, in ``series`` order: the side-by-side matrix.
    public func assessAll(
        _ values: [String: MeasuredValue], on date: String, waterBody: WaterQualityStandard.WaterBody
    ) -> [(resolution: Resolution, assessment: SampleAssessment)] {
        series.compactMap { id in
            guard let resolution = try? resolve(id, on: date) else { return nil }
            let assessor = ClassAssessor(standard: resolution.standard, waterBody: waterBody)
            return (resolution, assessor.assess(values))
        }
    }
}

/// A standard id that is neither a version nor a series LMHub carries.
public struct UnknownStandardError: Error, Sendable, CustomStringConvertible {
    public let id: String
    public let known: [String]
    /// What the id should have named: `standard` or `scheme`.
    public let noun: String

    public init(id: String, known: [String], noun: String = "standard") {
        self.id = id
        self.known = Array(Set(known)).sorted()
        self.noun = noun
    }

    public var description: String { "unknown \(noun) '\(id)'; known: \(known.joined(separator: ", "))" }
}
