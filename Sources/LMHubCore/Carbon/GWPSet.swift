import Foundation

/// A set of 100-year global warming potentials (an IPCC assessment report's table), as data in
/// `Resources/carbon/gwp-sets.json`. A project picks one; every result names it; a factor already in CO2e under
/// another set is refused (``CarbonAccountingError``), since mixing sets in one result is wrong by a few percent
/// on methane and silently so (LCIAformatter#106, OPGEE#518, ecoinvent/lcia#8).
public struct GWPSet: Sendable, Hashable, Codable, Identifiable {
    /// `ar4`, `ar5`, `ar5-ccfb`, `ar6`.
    public let id: String
    public let title: String
    public let values: [Value]

    /// One gas's GWP100 in the set, with the table it comes from.
    public struct Value: Sendable, Hashable, Codable {
        public let gas: GreenhouseGas
        public let gwp: Double
        public let source: String
        public let verified: Bool
    }

    /// The GWP100 of `gas` (1 for CO2 and for CO2e, whose weighting is already done), `nil` if the set lacks it.
    public func gwp(of gas: GreenhouseGas) -> Double? {
        if gas == .co2e { return 1 }
        return values.first { $0.gas == gas }?.gwp
    }

    /// Whether every value of the set was checked against its table.
    public var verified: Bool { values.allSatisfy(\.verified) }
}

/// The bundled GWP sets and the default one.
public struct GWPCatalog: Sendable, Codable {
    /// The set used when a project names none: IPCC AR5 without climate-carbon feedback (CH4 28, the value
    /// the research notes verified; it is also the set of the UK DEFRA freight factors' per-gas split).
    public let defaultSet: String
    public let sets: [GWPSet]

    /// The bundled catalog (`Resources/carbon/gwp-sets.json`).
    /// - Throws: ``StandardFileError`` when the file is missing or malformed.
    public static func bundled() throws -> GWPCatalog {
        try CarbonBundle.load("gwp-sets")
    }

    /// The set with `id` (case-insensitive), or the default for `nil`.
    /// - Throws: ``CarbonAccountingError`` naming the known ids.
    public func set(_ id: String?) throws(CarbonAccountingError) -> GWPSet {
        let wanted = (id ?? defaultSet).lowercased()
        guard let set = sets.first(where: { $0.id == wanted }) else {
            throw CarbonAccountingError(file: nil, line: 0, field: "gwp",
                                        message: "unknown GWP set '\(id ?? "")'; known: \(sets.map(\.id).joined(separator: ", "))")
        }
        return set
    }
}
