import LMHubCore

/// What the SDG pages show of an edition: its id and title, the file its values came from, its constants
/// (names, colours, method steps) and the other stored editions to switch to.
public struct SDGEditionContext: Sendable {
    public let id: String
    public let title: String
    public let source: String
    public let edition: SDREdition
    /// Ids of every stored edition, for the switcher.
    public let editions: [String]
    public let isDefault: Bool

    public init(id: String, title: String, source: String, edition: SDREdition, editions: [String], isDefault: Bool) {
        self.id = id
        self.title = title
        self.source = source
        self.edition = edition
        self.editions = editions
        self.isDefault = isDefault
    }

    /// `?edition=` for links, empty for the default edition.
    var query: [(String, String)] { isDefault ? [] : [("edition", id)] }
}

/// `/sdg`: the group's countries side by side, the regional mean beside them, and the review of the data
/// against the study's finding.
public struct SDGOverviewModel: Sendable {
    public let context: SDGEditionContext
    /// The group's countries in the review's order (missing ones left out).
    public let countries: [SDGCountryResult]
    /// The unweighted mean goal score of the review's SDR region, by goal.
    public let regionalMeans: [Int: Double]
    public let review: SDGGroupReview
    public let findings: [SDGGroupReview.GoalFinding]
    public let language: String

    public init(context: SDGEditionContext, countries: [SDGCountryResult], regionalMeans: [Int: Double], review: SDGGroupReview,
                findings: [SDGGroupReview.GoalFinding], language: String) {
        self.context = context
        self.countries = countries
        self.regionalMeans = regionalMeans
        self.review = review
        self.findings = findings
        self.language = language
    }
}

/// `/sdg/{iso3}`: one country's goals and indicators.
public struct SDGCountryModel: Sendable {
    public let context: SDGEditionContext
    public let country: SDGCountryResult
    public let language: String

    public init(context: SDGEditionContext, country: SDGCountryResult, language: String) {
        self.context = context
        self.country = country
        self.language = language
    }
}
