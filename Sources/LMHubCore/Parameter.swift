/// An observed property (OGC SensorThings `ObservedProperty`): a canonical code such as `DO`, `CODMn` or
/// `NH3-N`, its names, the unit every stored value is converted to, and the spellings agencies use for it.
public struct Parameter: Sendable, Hashable, Codable {
    /// Canonical code, e.g. `NH3-N`.
    public let code: String
    public let name: LocalizedText
    /// The unit values are stored and assessed in.
    public let canonicalUnit: MeasurementUnit
    /// Other spellings: agency column codes (`NH4N`, `TOTP`), Chinese names (氨氮), English names.
    public let aliases: [String]

    public init(code: String, name: LocalizedText, canonicalUnit: MeasurementUnit, aliases: [String]) {
        self.code = code
        self.name = name
        self.canonicalUnit = canonicalUnit
        self.aliases = aliases
    }
}
