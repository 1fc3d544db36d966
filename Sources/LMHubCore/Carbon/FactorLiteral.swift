/// A factor written as text: `VALUE MASSGAS/UNIT [GWP]`, e.g. `0.13 kgCO2e/kg`, `0.0739 kgCO2/tkm`,
/// `0.5703 tCO2/MWh`, `2.5 gCH4/kWh`, `0.13 kgCO2e/kg ar6` (a CO2e value with the GWP set its source used).
///
/// The mass is g, kg, t or kt; the gas one of ``GreenhouseGas``; the unit one of ``CarbonUnit``. A value without
/// `/UNIT` is a total, not a factor, and is refused.
public struct FactorLiteral: Sendable, Hashable {
    public let amount: EmissionFactor.Amount
    public let per: CarbonUnit
    public let gwpSet: String?

    /// - Throws: a message saying what is wrong with `text`.
    public init(parsing text: String) throws(FactorLiteralError) {
        var tokens = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let first = tokens.first, let value = Double(first.replacingOccurrences(of: "_", with: "")), value.isFinite else {
            throw FactorLiteralError("expected a number then a unit, e.g. '0.13 kgCO2e/kg', found '\(text)'")
        }
        tokens.removeFirst()
        var gwp: String?
        if let last = tokens.last, last.lowercased().hasPrefix("ar"), tokens.count > 1 || !last.contains("/") {
            gwp = last.lowercased()
            tokens.removeLast()
        }
        let unit = tokens.joined()
        guard let slash = unit.firstIndex(of: "/") else {
            throw FactorLiteralError("'\(text)' has no '/UNIT': a factor is per something (per kg, per tkm, per MWh); a total is not a factor")
        }
        let numerator = String(unit[..<slash]), denominator = String(unit[unit.index(after: slash)...])
        guard let per = CarbonUnit(parsing: denominator) else {
            throw FactorLiteralError("unknown unit '\(denominator)' after '/'; known: \(CarbonUnit.known)")
        }
        let masses: [CarbonUnit] = [.kilotonne, .kilogram, .gram, .tonne]
        guard let mass = masses.first(where: { numerator.hasPrefix($0.symbol) && GreenhouseGas(parsing: String(numerator.dropFirst($0.symbol.count))) != nil }),
              let gas = GreenhouseGas(parsing: String(numerator.dropFirst(mass.symbol.count))) else {
            throw FactorLiteralError("expected a mass and a gas before '/' (kgCO2e, tCO2, gCH4, kgN2O), found '\(numerator)'")
        }
        if gwp != nil, gas != .co2e {
            throw FactorLiteralError("a GWP set applies to a CO2e value only, not to \(gas.rawValue)")
        }
        amount = EmissionFactor.Amount(gas: gas, value: value, mass: mass)
        self.per = per
        gwpSet = gwp
    }

    /// The literal as a factor of a project line: named after the line's item, sourced by the line's source.
    public func factor(id: String, name: String, source: String) -> EmissionFactor {
        EmissionFactor(id: id, name: name, category: .other, per: per, amounts: [amount], gwpSet: gwpSet,
                       source: .init(document: source, licence: "as the user's source states", verified: false))
    }
}

/// Why a text is not a factor.
public struct FactorLiteralError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
