import Foundation

/// A unit of measurement for the water parameters LMHub reads.
///
/// Each unit belongs to one ``Dimension``; conversion is defined only within a dimension and is a plain
/// scale factor to the dimension's base unit (mg/L, µS/cm, °C, pH units), so it is exact in decimal terms
/// up to one multiplication.
public enum MeasurementUnit: String, Sendable, Hashable, Codable, CaseIterable {
    case milligramsPerLitre = "mg/L"
    case microgramsPerLitre = "µg/L"
    case millisiemensPerMetre = "mS/m"
    case microsiemensPerCentimetre = "µS/cm"
    case degreesCelsius = "°C"
    case pH = "pH"
    case countPerLitre = "count/L"
    case countPer100Millilitres = "count/100mL"
    case microgramsPerCubicMetre = "µg/m³"
    case milligramsPerCubicMetre = "mg/m³"
    case ppb
    case ppm

    /// The quantity a unit measures; values convert only between units of the same dimension.
    public enum Dimension: String, Sendable, Codable {
        case massConcentration, conductivity, temperature, acidity, countConcentration
        /// Air: µg/m³, mg/m³. To and from mixing ratios only through ``AirPollutants`` (molar mass, temperature).
        case airMassConcentration
        /// Air: ppb, ppm.
        case mixingRatio
    }

    public var dimension: Dimension {
        switch self {
        case .milligramsPerLitre, .microgramsPerLitre: .massConcentration
        case .millisiemensPerMetre, .microsiemensPerCentimetre: .conductivity
        case .degreesCelsius: .temperature
        case .pH: .acidity
        case .countPerLitre, .countPer100Millilitres: .countConcentration
        case .microgramsPerCubicMetre, .milligramsPerCubicMetre: .airMassConcentration
        case .ppb, .ppm: .mixingRatio
        }
    }

    /// Factor from this unit to its dimension's base unit.
    /// 1 µg/L = 0.001 mg/L; 1 mS/m = 10 µS/cm (1 mS/m = 10⁻³ S / 10² cm = 10⁻⁵ S/cm = 10 µS/cm);
    /// 1 per 100 mL = 10 per L.
    var factorToBase: Double {
        switch self {
        case .microgramsPerLitre: 0.001
        case .millisiemensPerMetre, .countPer100Millilitres: 10
        case .milligramsPerCubicMetre, .ppm: 1000
        default: 1
        }
    }

    /// Parses the unit spellings found in agencies' files: `mg/L`, `mg/l`, `MG/L`, `ug/L`, `µg/L`, `μg/L`,
    /// `mS/m`, `uS/cm`, `µS/cm`, `°C`, `degC`, `C`, `pH`, `pH units`, `count/L`, `个/L`, `MPN/100mL`, `CFU/100mL`, `#/dL` (1 dL = 100 mL).
    /// Case and spaces are ignored, so `MG/L` and `Mg/L` read as mg/L (agencies' spelling, not megagrams) and
    /// `CFU/100 mL` as count/100mL.
    /// Returns `nil` for anything else: an unknown unit is never guessed.
    public init?(parsing text: String) {
        let key = text.replacingOccurrences(of: "μ", with: "µ").lowercased().filter { $0 != " " }
        switch key {
        case "mg/l", "mgl", "mgl-1": self = .milligramsPerLitre
        case "µg/l", "ug/l", "ugl", "µgl", "µgl-1": self = .microgramsPerLitre
        case "ms/m", "msm": self = .millisiemensPerMetre
        case "µs/cm", "us/cm", "uscm", "µscm": self = .microsiemensPerCentimetre
        case "°c", "degc", "c", "celsius": self = .degreesCelsius
        case "ph", "phunits", "phunit", "-", "su": self = .pH
        case "count/l", "个/l", "cfu/l", "mpn/l": self = .countPerLitre
        case "count/100ml", "cfu/100ml", "mpn/100ml", "#/100ml", "#/dl", "count/dl", "cfu/dl", "mpn/dl": self = .countPer100Millilitres
        default: return nil
        }
    }

    /// Converts `value` from this unit to `target`, rounded to 12 significant digits so that the binary noise
    /// of the scale factors does not show (4.52 mS/m is 45.2 µS/cm, not 45.199999999999996); every reading
    /// LMHub stores has far fewer digits than that.
    /// - Throws: ``UnitConversionError/incompatible`` when the dimensions differ (mg/L to µS/cm, say).
    public func convert(_ value: Double, to target: MeasurementUnit) throws(UnitConversionError) -> Double {
        guard dimension == target.dimension else { throw .incompatible(from: self, to: target) }
        if self == target { return value }
        return Self.significant(value * factorToBase / target.factorToBase, digits: 12)
    }

    /// `value` rounded to `digits` significant decimal digits.
    static func significant(_ value: Double, digits: Int) -> Double {
        guard value != 0, value.isFinite else { return value }
        let exponent = digits - 1 - Int(log10(abs(value)).rounded(.down))
        let scale = pow(10, Double(abs(exponent)))
        return exponent >= 0 ? (value * scale).rounded() / scale : (value / scale).rounded() * scale
    }
}

/// Raised when a value is asked for in a unit of another dimension.
public enum UnitConversionError: Error, Sendable, Equatable, CustomStringConvertible {
    case incompatible(from: MeasurementUnit, to: MeasurementUnit)

    public var description: String {
        switch self {
        case let .incompatible(from, to): "cannot convert \(from.rawValue) to \(to.rawValue)"
        }
    }
}
