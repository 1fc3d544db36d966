import Foundation

/// What LMHub accepts as a measured value, per parameter (`Resources/indices/plausible-ranges.json`): the
/// physically possible range (outside: an error), the usual range (outside: stored, flagged, counted) and the
/// missing-value marks monitors and spreadsheets write (`-999`, `-9999`, `9999`, …). A mark outside the usual
/// range is "not measured" (9999 mg/L TP, −999 °C); inside it, it is stored and flagged as a possible mark.
public struct PlausibleRanges: Sendable, Decodable {
    public struct Range: Sendable, Decodable {
        /// A parameter code (`TEMP`), or `nil` when the range applies to a whole ``MeasurementUnit/Dimension``.
        public let parameter: String?
        public let dimension: MeasurementUnit.Dimension?
        /// `[lowest, highest]` possible, in the parameter's canonical unit.
        public let possible: [Double]
        /// `[lowest, highest]` usual, or `nil` where any possible value is usual.
        public let usual: [Double]?
        public let reason: String
        public let source: String
        public let verified: Bool
    }

    public struct Sentinels: Sendable, Decodable {
        public let values: [Double]
        public let source: String
        public let verified: Bool
    }

    public let id: String
    public let source: String
    public let sentinels: Sentinels
    public let ranges: [Range]
    /// Indices into ``ranges`` by parameter code, and by dimension for the others: ``screen(_:reported:canonical:)``
    /// runs for every value read, and an index spares copying a range (its texts and bounds) each time.
    private let byParameter: [String: Int]
    private let byDimension: [MeasurementUnit.Dimension: Int]

    private enum CodingKeys: String, CodingKey { case id, source, sentinels, ranges }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        source = try container.decode(String.self, forKey: .source)
        sentinels = try container.decode(Sentinels.self, forKey: .sentinels)
        let ranges = try container.decode([Range].self, forKey: .ranges)
        self.ranges = ranges
        byParameter = Dictionary(ranges.indices.compactMap { index in ranges[index].parameter.map { ($0, index) } }, uniquingKeysWith: { first, _ in first })
        byDimension = Dictionary(ranges.indices.compactMap { index in ranges[index].parameter == nil ? ranges[index].dimension.map { ($0, index) } : nil },
                                 uniquingKeysWith: { first, _ in first })
    }

    /// The ranges LMHub ships.
    /// - Throws: ``StandardFileError`` when the file is missing or malformed.
    public static func bundled() throws -> PlausibleRanges {
        try BundledIndex.load("plausible-ranges")
    }

    /// The range for `parameter`: its own, else its canonical unit's dimension's.
    public func range(for parameter: Parameter) -> Range? {
        rangeIndex(for: parameter).map { ranges[$0] }
    }

    private func rangeIndex(for parameter: Parameter) -> Int? {
        byParameter[parameter.code] ?? byDimension[parameter.canonicalUnit.dimension]
    }

    /// How a value reads: `reported` as the file wrote it (for the missing-value marks), `canonical` in the
    /// parameter's canonical unit (for the ranges).
    public func screen(_ parameter: Parameter, reported: Double, canonical: Double) -> Screening {
        guard let index = rangeIndex(for: parameter), ranges[index].possible.count == 2 else { return .plausible }
        let isSentinel = sentinels.values.contains(reported)
        if !isSentinel, (ranges[index].possible[0]...ranges[index].possible[1]).contains(canonical),
           ranges[index].usual.map({ $0.count != 2 || ($0[0]...$0[1]).contains(canonical) }) ?? true {
            return .plausible
        }
        let range = ranges[index]
        let unit = parameter.canonicalUnit.rawValue
        guard (range.possible[0]...range.possible[1]).contains(canonical) else {
            if isSentinel { return .missingMark }
            return .impossible("\(Self.format(canonical)) \(unit) is outside the possible range of \(parameter.code), "
                + "\(Self.format(range.possible[0]))–\(Self.format(range.possible[1])) \(unit): \(range.reason)")
        }
        if isSentinel, let usual = range.usual, usual.count == 2, !(usual[0]...usual[1]).contains(canonical) { return .missingMark }
        if isSentinel {
            return .unusual("\(Self.format(reported)) is a common missing-value mark; stored as a value since \(parameter.code) can be \(Self.format(canonical)) \(unit)")
        }
        if let usual = range.usual, usual.count == 2, !(usual[0]...usual[1]).contains(canonical) {
            return .unusual("\(Self.format(canonical)) \(unit) is outside the usual \(Self.format(usual[0]))–\(Self.format(usual[1])) \(unit) of \(parameter.code)")
        }
        return .plausible
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// The verdict on one value (``PlausibleRanges/screen(_:reported:canonical:)``).
public enum Screening: Sendable, Hashable {
    case plausible
    /// Possible but rare: stored, flagged with this reason, counted in the import summary.
    case unusual(String)
    /// A missing-value mark (`-999` water temperature): read as "not measured".
    case missingMark
    /// Outside the physically possible range: an error naming file, line and field.
    case impossible(String)
}
