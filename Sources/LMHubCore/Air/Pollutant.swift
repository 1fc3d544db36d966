import Foundation

/// The six pollutants of the AQI schemes LMHub computes.
public enum Pollutant: String, Sendable, Codable, CaseIterable, Hashable {
    case pm25 = "PM2.5", pm10 = "PM10", o3 = "O3", no2 = "NO2", so2 = "SO2", co = "CO"

    /// The pollutant a code or an agency's label names: `PM2.5`, `pm25`, `PM2.5 - Principal` (AirNow), `O3`, `NO2`, …
    public init?(parsing text: String) {
        let key = text.split(separator: " ").first.map { String($0).lowercased().filter { $0 != "." && $0 != "_" } } ?? ""
        switch key {
        case "pm25": self = .pm25
        case "pm10": self = .pm10
        case "o3", "ozone": self = .o3
        case "no2": self = .no2
        case "so2": self = .so2
        case "co": self = .co
        default: return nil
        }
    }
}

/// Molar masses and the gas law, for converting between mixing ratios (ppb, ppm) and mass concentrations
/// (µg/m³, mg/m³); data and sources in `Resources/indices/air-pollutants.json`.
public struct AirPollutants: Sendable, Codable {
    public struct Entry: Sendable, Codable {
        public let pollutant: Pollutant
        public let name: LocalizedText
        /// g/mol; `nil` for particulate matter, which has no mixing ratio.
        public let molarMass: Double?
    }

    public let source: String
    /// J/(mol·K).
    public let gasConstant: Double
    /// Pa.
    public let pressure: Double
    /// Share of valid hours a running or daily mean needs (0.75: 6 of 8, 18 of 24).
    public let runningMeanMinimumShare: Double
    public let runningMeanSource: String
    public let runningMeanVerified: Bool
    public let pollutants: [Entry]

    public static func bundled() throws -> AirPollutants {
        try BundledIndex.load("air-pollutants")
    }

    public func entry(_ pollutant: Pollutant) -> Entry? {
        pollutants.first { $0.pollutant == pollutant }
    }

    /// Litres per mole of an ideal gas at `temperature` (°C) and ``pressure``: R·T/p (24.465 L at 25 °C).
    public func molarVolume(at temperature: Double) -> Double {
        gasConstant * (temperature + 273.15) / pressure * 1000
    }

    /// `value` of `pollutant` from one air unit to another at `temperature` (°C): within mass concentrations
    /// or within mixing ratios by the units' factors; across by µg/m³ = ppb × M / V,
    /// mg/m³ = ppm × M / V (M in g/mol, V in L/mol).
    /// - Throws: ``AirUnitError`` for a mixing ratio of particulate matter, or a unit that is not an air unit.
    public func convert(_ value: Double, of pollutant: Pollutant, from: MeasurementUnit, to: MeasurementUnit, temperature: Double) throws(AirUnitError) -> Double {
        guard from.isAirUnit, to.isAirUnit else { throw AirUnitError.notAnAirUnit(from.isAirUnit ? to : from) }
        if from.dimension == to.dimension { return value * from.factorToBase / to.factorToBase }
        guard let mass = entry(pollutant)?.molarMass else { throw AirUnitError.noMixingRatio(pollutant) }
        let volume = molarVolume(at: temperature)
        // Across at the base units (ppb and µg/m³), then to the target's scale.
        let base = value * from.factorToBase
        let across = from.dimension == .mixingRatio ? base * mass / volume : base * volume / mass
        return across / to.factorToBase
    }
}

extension MeasurementUnit {
    /// Whether the unit is one of air: µg/m³, mg/m³, ppb, ppm.
    public var isAirUnit: Bool { dimension == .airMassConcentration || dimension == .mixingRatio }

    /// The air unit spellings of monitors' files: `µg/m³`, `ug/m3`, `UG/M3` (AirNow), `mg/m3`, `ppb`, `ppm`;
    /// `nil` for anything else (never guessed). Kept apart from ``init(parsing:)`` for water files, where `ppm`
    /// is ambiguous and refused.
    public init?(parsingAir text: String) {
        switch text.replacingOccurrences(of: "μ", with: "µ").lowercased().filter({ $0 != " " }) {
        case "µg/m³", "µg/m3", "ug/m3", "ug/m³", "µgm-3", "ugm-3": self = .microgramsPerCubicMetre
        case "mg/m³", "mg/m3", "mgm-3": self = .milligramsPerCubicMetre
        case "ppb": self = .ppb
        case "ppm": self = .ppm
        default: return nil
        }
    }
}

/// A conversion that is not defined.
public enum AirUnitError: Error, Sendable, Equatable, CustomStringConvertible {
    case noMixingRatio(Pollutant)
    case notAnAirUnit(MeasurementUnit)

    public var description: String {
        switch self {
        case let .noMixingRatio(pollutant): "\(pollutant.rawValue) is particulate matter: it has no ppb or ppm"
        case let .notAnAirUnit(unit): "\(unit.rawValue) is not a unit of air concentration (µg/m³, mg/m³, ppb, ppm)"
        }
    }
}
