/// A greenhouse gas as factors declare it, or `co2e` for a factor already weighted by a GWP set.
///
/// Methane is split as IPCC AR6 splits it (WG1 Table 7.15): fossil methane (fuel combustion, leaks) and
/// non-fossil methane (reservoirs, wetlands, waste). Sets that give one value (AR4, AR5) give it for both.
public enum GreenhouseGas: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case co2 = "CO2"
    case ch4 = "CH4"
    case ch4NonFossil = "CH4-non-fossil"
    case n2o = "N2O"
    case co2e = "CO2e"

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }

    /// Reads a gas as written after a mass unit in a factor's unit (`CO2`, `CO2e`, `CO2eq`, `CO2-eq`, `CH4`,
    /// `CH4-fossil`, `CH4-non-fossil`, `CH4-biogenic`, `N2O`), without regard to case.
    public init?(parsing text: String) {
        switch text.lowercased() {
        case "co2": self = .co2
        case "co2e", "co2eq", "co2-eq", "co2-e", "co₂e": self = .co2e
        case "ch4", "ch4-fossil", "fossil ch4": self = .ch4
        case "ch4-non-fossil", "ch4-nonfossil", "ch4-biogenic", "biogenic ch4": self = .ch4NonFossil
        case "n2o": self = .n2o
        default: return nil
        }
    }
}
