/// An SDR database as LMHub stores it (`lmhub sdg import`): the raw values of every country read from the
/// file, and optionally a raw-data panel for trend arrows, under the edition whose constants compute them.
/// JSON of this type is the content of an `sdg-edition` document in the store.
public struct SDGStoredEdition: Sendable, Hashable, Codable {
    /// The ``SDREdition/id`` whose bounds and thresholds apply (`sdr-2023`).
    public let edition: String
    /// The file it was read from (its name, not a path).
    public let source: String
    public let countries: [SDGCountryData]
    public let panel: SDGPanel?

    public init(edition: String, source: String, countries: [SDGCountryData], panel: SDGPanel?) {
        self.edition = edition
        self.source = source
        self.countries = countries
        self.panel = panel
    }
}
