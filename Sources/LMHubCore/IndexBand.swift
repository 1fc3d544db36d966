/// One rating band of an index (CCME "Good", MRC "High quality"): its name and the lowest index value it
/// covers. Bands are listed best first and each runs up to the next better one's lowest value, so there are
/// no gaps between them (94.5 is CCME "Good", not unclassified).
public struct IndexBand: Sendable, Codable, Hashable {
    public let name: LocalizedText
    public let lowest: Double
    public let source: String
}

extension Array where Element == IndexBand {
    /// The band of `value` and its rank (1 = best); the last band for values below every lowest.
    public func band(of value: Double) -> (band: IndexBand, rank: Int)? {
        guard let index = firstIndex(where: { value >= $0.lowest }) ?? indices.last else { return nil }
        return (self[index], index + 1)
    }
}
