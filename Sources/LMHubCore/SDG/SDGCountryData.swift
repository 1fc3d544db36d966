/// One country's row of an SDR database, as the index is computed from it: its values by indicator code.
/// Published scores, colours and ranks are not part of it; LMHubIngest's `SDRDatabaseFile` builds it.
public struct SDGCountryData: Sendable, Hashable, Codable {
    /// ISO 3166-1 alpha-3.
    public let iso3: String
    public let name: String
    /// The country's SDR region ("Regions used for the SDR"): the group whose unweighted goal means fill its
    /// missing goals.
    public let region: String
    /// By indicator code; an indicator without data is absent.
    public let observations: [String: SDGObservation]

    public init(iso3: String, name: String, region: String, observations: [String: SDGObservation]) {
        self.iso3 = iso3
        self.name = name
        self.region = region
        self.observations = observations
    }
}

/// A value of one indicator for one country: normally the raw value in the indicator's unit; for an
/// indicator whose raw value the database does not publish, its published normalised score (`kind`).
public struct SDGObservation: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case raw
        /// The database's normalised score (0–100), used because it publishes no raw value (``SDGStep/publishedNormalisedScore``).
        case publishedNormalisedScore
    }

    public let value: Double
    /// The year the value refers to, where the database gives one.
    public let year: Int?
    public let kind: Kind

    public init(value: Double, year: Int?, kind: Kind = .raw) {
        self.value = value
        self.year = year
        self.kind = kind
    }
}
