/// An observed property (OGC SensorThings `ObservedProperty`): a canonical code such as `DO`, `CODMn` or
/// `NH3-N`, its names, the unit every stored value is converted to, and the spellings agencies use for it.
///
/// Immutable, and a class: every observation read carries its parameter, and copying one reference is what an
/// import can afford per row (a struct of these fields was four reference counts a copy). Equal and hashed
/// by value.
public final class Parameter: Sendable, Hashable, Codable {
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

    public static func == (lhs: Parameter, rhs: Parameter) -> Bool {
        lhs === rhs || (lhs.code == rhs.code && lhs.name == rhs.name && lhs.canonicalUnit == rhs.canonicalUnit && lhs.aliases == rhs.aliases)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(name)
        hasher.combine(canonicalUnit)
        hasher.combine(aliases)
    }
}
