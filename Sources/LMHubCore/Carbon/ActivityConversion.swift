import Foundation

/// Brings a line's quantity into its factor's reference unit, checking dimensions.
///
/// - Same dimension: by the units' ratio (kg ↔ t is × 1000, kWh ↔ MWh is × 1000, short ton-mile ↔ t·km).
/// - Volume ↔ mass: by the factor's density (kg/L); without one the line is refused.
/// - Mass or volume → energy: by the factor's net calorific value (MJ/kg = TJ/Gg), as IPCC Tier 1 does
///   (fuel TJ = mass Gg × NCV TJ/Gg); energy → mass the other way.
/// - Anything else (a mass against a per-t·km freight factor, km against per-vehicle-km) is refused with what to
///   do instead.
public struct ActivityConversion: Sendable, Hashable, Codable {
    /// The quantity in the factor's reference unit.
    public let referenceQuantity: Double
    /// Each step taken, e.g. `1000 L × 0.913 kg/L = 913 kg`.
    public let steps: [String]
    /// Whether the factor's density was used (and so its ``EmissionFactor/densityFlag`` applies).
    public let usedDensity: Bool

    /// - Returns: the conversion, or a failure saying why none exists and what to give instead.
    public static func convert(_ quantity: Double, _ unit: CarbonUnit, to factor: EmissionFactor) -> Result<ActivityConversion, FactorLiteralError> {
        let target = factor.per
        if let same = unit.convert(quantity, to: target) {
            let steps = unit == target ? [] : ["\(format(quantity)) \(unit) = \(format(same)) \(target)"]
            return .success(.init(referenceQuantity: same, steps: steps, usedDensity: false))
        }
        var steps: [String] = [], usedDensity = false
        // Into kilograms when the route needs a mass.
        var kilograms: Double?
        if unit.dimension == .mass {
            kilograms = quantity * unit.inBaseUnits
        } else if unit.dimension == .volume, target.dimension == .mass || target.dimension == .energy {
            guard let density = factor.density else {
                return .failure(.init("the factor '\(factor.id)' is per \(target) and gives no density: give the quantity in \(target.dimension == .energy ? "kg, t or an energy unit" : "a mass unit"), or use a factor per \(unit)"))
            }
            let litres = quantity * unit.inBaseUnits
            kilograms = litres * density
            usedDensity = true
            steps.append("\(format(litres)) L × \(format(density)) kg/L = \(format(litres * density)) kg")
        } else if unit.dimension == .energy, target.dimension == .mass || target.dimension == .volume, let ncv = factor.netCalorificValue {
            kilograms = quantity * unit.inBaseUnits / ncv
            steps.append("\(format(quantity)) \(unit) ÷ \(format(ncv)) MJ/kg = \(format(kilograms ?? 0)) kg")
        }
        if let kilograms {
            switch target.dimension {
            case .mass:
                return .success(.init(referenceQuantity: kilograms / target.inBaseUnits, steps: steps, usedDensity: usedDensity))
            case .energy:
                guard let ncv = factor.netCalorificValue else { break }
                let megajoules = kilograms * ncv
                steps.append("\(format(kilograms)) kg × \(format(ncv)) MJ/kg (NCV) = \(format(megajoules / target.inBaseUnits)) \(target)")
                return .success(.init(referenceQuantity: megajoules / target.inBaseUnits, steps: steps, usedDensity: usedDensity))
            case .volume:
                guard let density = factor.density else {
                    return .failure(.init("the factor '\(factor.id)' is per \(target) and gives no density to turn a mass into a volume"))
                }
                steps.append("\(format(kilograms)) kg ÷ \(format(density)) kg/L = \(format(kilograms / density)) L")
                return .success(.init(referenceQuantity: kilograms / density / target.inBaseUnits, steps: steps, usedDensity: true))
            default: break
            }
        }
        return .failure(.init(mismatch(unit, target, factor: factor)))
    }

    static func mismatch(_ unit: CarbonUnit, _ target: CarbonUnit, factor: EmissionFactor) -> String {
        let head = "the factor '\(factor.id)' is per \(target) (\(target.dimension.rawValue)) and the quantity is in \(unit) (\(unit.dimension.rawValue))"
        switch (unit.dimension, target.dimension) {
        case (.mass, .freight): return head + ": a freight factor needs t·km, the mass carried × the distance hauled"
        case (.distance, .freight): return head + ": a freight factor needs t·km, the distance × the mass carried"
        case (.distance, .vehicleDistance), (.vehicleDistance, .distance):
            return head + ": give the distance driven by the vehicles in vkm (vehicle-km)"
        case (_, .energy) where factor.netCalorificValue == nil: return head + ": the factor gives no net calorific value"
        default: return head
        }
    }

    /// A number as people read it: up to 6 significant digits.
    static func format(_ value: Double) -> String { String(format: "%.6g", value) }
}
