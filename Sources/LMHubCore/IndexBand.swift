/// One rating band of an index (CCME "Good", MRC "High quality"): its name and the lowest index value it
/// covers, which the band includes unless `lowestIncluded` is `false` (CCME "Good" is 79 < WQI ≤ 94, as
/// bcgov/wqbc cuts it). Bands are listed best first and each runs up to the next better one's lowest value,
/// so there are no gaps between them (94.5 is CCME "Excellent", not unclassified).
public struct IndexBand: Sendable, Codable, Hashable {
    public let name: LocalizedText
    public let lowest: Double
    /// Whether a value equal to `lowest` is in this band (default `true`).
    public let lowestIncluded: Bool?
    public let source: String

    func holds(_ value: Double) -> Bool {
        lowestIncluded == false ? value > lowest : value >= lowest
    }
}

extension Array where Element == IndexBand {
    /// The band of `value` and its rank (1 = best); the last band for values below every lowest.
    public func band(of value: Double) -> (band: IndexBand, rank: Int)? {
        guard let index = firstIndex(where: { $0.holds(value) }) ?? indices.last else { return nil }
        return (self[index], index + 1)
    }
}
