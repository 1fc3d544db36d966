/// An evaluated FHI assessment as LMHub stores it (`lmhub fhi assess --store`, the server's 3S demonstration):
/// the document, its result, and the DvNF stations' flow regimes for the hydrograph, so that pages and the API
/// need neither the files the document named nor a new evaluation. JSON of this type is the content of an
/// `fhi-assessment` document in the store, under ``FHIAssessmentDocument/id``.
public struct FHIStoredAssessment: Sendable, Hashable, Codable {
    public let document: FHIAssessmentDocument
    public let result: FHIAssessmentResult
    /// One per DvNF station, in the flow file's order; empty without DvNF inputs.
    public let hydrographs: [FHIHydrograph]

    public init(document: FHIAssessmentDocument, result: FHIAssessmentResult, hydrographs: [FHIHydrograph]) {
        self.document = document
        self.result = result
        self.hydrographs = hydrographs
    }

    /// The stored document's title: the basin and the date (`3S (Sekong, Sesan, Srepok) 2016-12-31`).
    public var title: String { "\(result.basin) \(result.date)" }

    /// The date the assessment describes, `YYYY-MM-DD`: what a basin's assessments are ordered by.
    public var asOf: String { result.date }
}

/// A station's flow regime: the mean regulated (current) and unregulated (natural) flow of each calendar month,
/// over the months of the record that have both flows (a month with only one of them is left out of both means),
/// in the flow file's unit. What the DvNF compares, drawn as two lines.
public struct FHIHydrograph: Sendable, Hashable, Codable {
    public struct Month: Sendable, Hashable, Codable {
        /// 1–12.
        public let month: Int
        /// `nil` when no year has both flows for this month.
        public let regulated: Double?
        public let unregulated: Double?
        /// The years averaged.
        public let years: Int
    }

    public let station: String
    /// January to December.
    public let months: [Month]

    /// The regime of `flows` (monthly means of one station, any order).
    public init(station: String, flows: [MonthlyFlow]) {
        self.station = station
        months = (1...12).map { month in
            let paired = flows.filter { $0.month.month == month }.compactMap { flow in
                flow.regulated.flatMap { regulated in flow.unregulated.map { (regulated, $0) } }
            }
            let count = Double(paired.count)
            return Month(month: month, regulated: paired.isEmpty ? nil : paired.reduce(0) { $0 + $1.0 } / count,
                         unregulated: paired.isEmpty ? nil : paired.reduce(0) { $0 + $1.1 } / count, years: paired.count)
        }
    }
}
