/// A step of the SDG Index and Dashboards method. Results name the steps they rest on that are not verified
/// (`flags`), and ``SDREdition/steps`` says what each is and how sure LMHub is of it, so pages and the API
/// can show both.
public enum SDGStep: String, Sendable, Hashable, Codable, CaseIterable {
    case normalisation, censoring, bounds, goalScore, landlocked, imputation, index, rank, inclusion
    case indicatorColour, yellowOrangeThreshold, goalColour, dashboardCoverage, oecdDashboard
    case publishedNormalisedScore, trend, goalTrend
}

/// One step as the edition's data file states it: the rule, how it was checked and against what.
public struct SDGMethodStep: Sendable, Hashable, Codable {
    /// How far a step is established.
    public enum Status: String, Sendable, Hashable, Codable {
        /// Checked against the published database or a primary text.
        case verified
        /// Inferred from the published database (reproduces it), but not found in an SDSN text.
        case derived
        /// The database's published value is used instead of a computed one.
        case published
        /// Rebuilt from a description; not checked against published results of the same kind.
        case reconstructed
        /// Neither checked nor derived.
        case unverified
    }

    public let id: SDGStep
    public let rule: String
    public let status: Status
    public let evidence: String
}
