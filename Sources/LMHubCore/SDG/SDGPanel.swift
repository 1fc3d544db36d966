/// Raw indicator values over the years (the SDR "Raw Data – Panel" layout), the optional input of the trend
/// arrows: `values[iso3][code][year]`.
public struct SDGPanel: Sendable, Hashable, Codable {
    public let values: [String: [String: [Int: Double]]]

    public init(values: [String: [String: [Int: Double]]]) {
        self.values = values
    }

    /// The value of `code` for `iso3` in `year`, if the panel has one.
    public func value(_ iso3: String, _ code: String, year: Int) -> Double? { values[iso3]?[code]?[year] }
}
