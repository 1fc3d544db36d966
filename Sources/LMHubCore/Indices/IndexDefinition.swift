/// What an index is: its id, title, scale, bands and source. Every index LMHub computes is listed once in
/// ``IndexRegistry``; an ``IndexResult`` names its index by `id`.
public struct IndexDefinition: Sendable, Hashable, Codable {
    public let id: String
    /// The name the field uses for it in tables and charts (`CCME WQI`, `MRC WQI`, `FHI`, `SDG Index`).
    public let shortName: String
    public let title: LocalizedText
    /// The lowest and highest value the index takes (0–100, or 0–10 for the MRC WQI).
    public let scale: ClosedRange<Double>
    /// Best first; empty for an index without bands.
    public let bands: [IndexBand]
    public let source: String
    public let verified: Bool

    /// `shortName` defaults to the English title.
    public init(id: String, shortName: String? = nil, title: LocalizedText, scale: ClosedRange<Double>, bands: [IndexBand] = [], source: String, verified: Bool) {
        self.id = id
        self.shortName = shortName ?? title.text("en")
        self.title = title
        self.scale = scale
        self.bands = bands
        self.source = source
        self.verified = verified
    }

    /// The band of `value` as an ``IndexResult/Band``, `nil` for an index without bands.
    public func band(of value: Double) -> IndexResult.Band? {
        bands.band(of: value).map { IndexResult.Band(name: $0.band.name, rank: $0.rank) }
    }
}
