/// A monitor's quality-control flag on one value, as AirNow / US State Department exports write it in
/// `QC Name` (and a long file in an optional `qc` column).
public enum QCFlag: String, Sendable, Hashable, Codable, CaseIterable {
    case valid = "Valid"
    /// Kept by the monitor in its own NowCast and AQI, though questioned.
    case suspect = "Suspect"
    case invalid = "Invalid"
    case missing = "Missing"

    /// The flag a cell names, ignoring case and spaces (`valid`, ` Suspect `); `nil` for anything else.
    public init?(parsing text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let flag = Self.allCases.first(where: { $0.rawValue.lowercased() == key }) else { return nil }
        self = flag
    }
}

/// Which hours an index is computed from.
///
/// The US Embassy monitors compute their published NowCast and AQI with `Suspect` hours included, so
/// ``validAndSuspect`` (the default) reproduces what they published; ``validOnly`` is the stricter reading.
/// Values without a flag (long files without a `qc` column, water samples) always count; `Invalid` and
/// `Missing` hours never do.
public enum QCPolicy: String, Sendable, Hashable, CaseIterable {
    case validAndSuspect = "valid,suspect"
    case validOnly = "valid"

    public static let `default` = QCPolicy.validAndSuspect

    /// Whether a value with `flag` enters an index.
    public func admits(_ flag: QCFlag?) -> Bool {
        switch flag {
        case nil, .valid?: true
        case .suspect?: self == .validAndSuspect
        case .invalid?, .missing?: false
        }
    }
}
