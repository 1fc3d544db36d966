import Foundation
import LMHubCore

/// One air value through the screen: converted to µg/m³ (ppb and ppm at 25 °C and 1 atm) for the ranges
/// of ``PlausibleRanges``, a missing mark made "not measured", an impossible value an error — except in an
/// hour the monitor itself flagged `Invalid` or `Missing`, where it is only dropped.
struct AirValueCell {
    let constants: AirPollutants
    var screen: ValueScreen

    /// The value to keep (`nil`: not measured) and why it is unusual, if it is.
    /// - Throws: ``CellError`` for an impossible value of a usable hour.
    mutating func read(_ value: Double?, text: String, pollutant: Pollutant, unit: MeasurementUnit, qc: QCFlag?) throws(CellError) -> (Double?, String?) {
        guard let value, let parameter = ParameterRegistry.air.parameter(named: pollutant.rawValue) else { return (nil, nil) }
        let canonical: Double
        do { canonical = try constants.convert(value, of: pollutant, from: unit, to: .microgramsPerCubicMetre, temperature: 25) } catch {
            throw CellError(error.description)
        }
        switch screen.screen(parameter, reported: value, canonical: canonical, field: pollutant.rawValue) {
        case .missingMark: return (nil, nil)
        case let .impossible(reason):
            if qc == .invalid || qc == .missing { return (nil, nil) }
            throw CellError("'\(text)' \(unit.rawValue): " + reason)
        case let .unusual(reason): return (value, reason)
        case .plausible: return (value, nil)
        }
    }
}
