extension SDREdition {
    /// An SDG (1–17) and its name.
    public struct Goal: Sendable, Hashable, Codable {
        public let goal: Int
        public let name: LocalizedText
    }

    /// The legend name of a dashboard colour.
    public struct ColourName: Sendable, Hashable, Codable {
        public let colour: SDGColour
        public let name: LocalizedText
    }

    /// The legend name of a trend arrow.
    public struct ArrowName: Sendable, Hashable, Codable {
        public let arrow: SDGTrendArrow
        public let name: LocalizedText
    }

    /// A list of countries (ISO 3166-1 alpha-3) with its source: the edition's members, the landlocked ones.
    public struct CountryList: Sendable, Hashable, Codable {
        public let countries: [String]
        public let source: String
        public let verified: Bool
    }

    /// Who gets an index: at most `maximumMissingShare` (0–1) of the applicable global indicators missing,
    /// or listed in `rankedDespiteRule` (countries the edition's database ranks all the same).
    public struct Inclusion: Sendable, Hashable, Codable {
        public let maximumMissingShare: Double
        public let rankedDespiteRule: [String]
        public let source: String
        public let verified: Bool
    }

    /// Indicators of which each country has one (SDG 17: `sdg17_oda` for high-income and OECD DAC countries,
    /// `sdg17_govrev` for the others); they count as one indicator when coverage is counted.
    public struct Alternative: Sendable, Hashable, Codable {
        public let codes: [String]
        public let source: String
    }

    /// The goal-colour rule's constants (``SDGStep/goalColour``, ``SDGStep/dashboardCoverage``).
    public struct Dashboard: Sendable, Hashable, Codable {
        /// How many of the worst indicators are averaged (2).
        public let worstIndicators: Int
        /// Below this share of applicable indicators with data, the goal is grey (0.5).
        public let minimumIndicatorShare: Double
        /// Lowest mean position on the 0–4 scale for green (3), yellow (2) and orange (1).
        public let greenAtLeast: Double
        public let yellowAtLeast: Double
        public let orangeAtLeast: Double
        /// The SDR region whose members' dashboards also take the OECD-only indicators.
        public let oecdRegion: String
    }

    /// The trend rule's constants (``SDGStep/trend``).
    public struct TrendRule: Sendable, Hashable, Codable {
        /// The year progress is measured from (2015) and the year the SDGs are due (2030).
        public let baseYear: Int
        public let targetYear: Int
        /// Shares of the needed annual progress for ↑ (1) and ➚ (0.5).
        public let onTrackRatio: Double
        public let moderatelyImprovingRatio: Double
    }
}
