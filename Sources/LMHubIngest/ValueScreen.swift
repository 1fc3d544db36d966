import LMHubCore

/// Screens each value a reader reads (``PlausibleRanges``): a missing-value mark (the bundled ones where no
/// real value can be, and every value given with `--missing`) becomes "not measured", an impossible value
/// an error, an unusual one a flag. Counts what it did for the import summary.
public struct ValueScreen: Sendable {
    /// Values that always mean "not measured" (`--missing VALUE`), compared with the cell as written.
    public let missing: Set<Double>
    private let ranges: PlausibleRanges
    /// Cells read as "not measured" because they held a missing-value mark, by field (header or parameter).
    public private(set) var missingMarks: [String: Int] = [:]

    /// - Parameter missing: values meaning "not measured" in this file, beside the bundled marks.
    public init(missing: [Double] = []) {
        self.missing = Set(missing)
        ranges = Self.bundled
    }

    /// The bundled ranges, read once. Without them every check would silently stop, so a missing or broken
    /// file (a packaging fault, not a user's) stops the program with its name.
    private static let bundled: PlausibleRanges = {
        do { return try PlausibleRanges.bundled() } catch {
            fatalError("LMHub's Resources/indices/plausible-ranges.json cannot be read: \(error)")
        }
    }()

    /// The verdict on a value of `parameter`, as written (`reported`) and in the canonical unit; counts a
    /// missing mark under `field`.
    public mutating func screen(_ parameter: Parameter, reported: Double, canonical: Double, field: String) -> Screening {
        if missing.contains(reported) {
            missingMarks[field, default: 0] += 1
            return .missingMark
        }
        let verdict = ranges.screen(parameter, reported: reported, canonical: canonical)
        if verdict == .missingMark { missingMarks[field, default: 0] += 1 }
        return verdict
    }

    /// Whether `value` as written is a missing mark of this file (`--missing`) or a bundled one, before any
    /// parameter is known (AirNow's `NowCast Conc.` and `AQI` columns).
    public func isMissingMark(_ value: Double) -> Bool {
        missing.contains(value) || ranges.sentinels.values.contains(value)
    }
}
