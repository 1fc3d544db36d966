/// One pollutant's index (IAQI) from one concentration against one breakpoint table.
public struct SubIndex: Sendable, Hashable {
    public let pollutant: Pollutant
    /// The table read.
    public let averaging: AQIScheme.Averaging
    /// The concentration looked up, in the table's unit, after the scheme's truncation or rounding.
    public let concentration: Double
    /// Equation 1 before rounding.
    public let exact: Double
    /// The index, rounded as the scheme says.
    public let value: Int
    /// Whether the concentration lies above the table's top breakpoint, where the index is extrapolated along
    /// the top row or capped (``AQIScheme/AboveTop``): an index beyond the scheme's range.
    public let aboveTable: Bool

    public init(pollutant: Pollutant, averaging: AQIScheme.Averaging, concentration: Double, exact: Double, value: Int, aboveTable: Bool = false) {
        self.pollutant = pollutant
        self.averaging = averaging
        self.concentration = concentration
        self.exact = exact
        self.value = value
        self.aboveTable = aboveTable
    }
}

/// Why a concentration has no index under a table.
public enum NoSubIndex: Error, Sendable, Hashable, CustomStringConvertible {
    /// Negative (a raw PM value below zero, an instrument artefact).
    case negative(Double)
    /// Not a finite number, or so far above the table that no index means anything (beyond 10⁶).
    case implausible(Double)
    /// Below the table's first breakpoint where the table has a blank cell (EPA O3 1-h below 0.125 ppm).
    case blankBelow(Double)
    /// Above the top breakpoint where the scheme gives no index, or sends the value to another table.
    case aboveTop(Double, useTable: AQIScheme.Averaging?)

    public var description: String {
        switch self {
        case let .negative(value): "negative concentration \(value)"
        case let .implausible(value): "\(value) is not a plausible concentration"
        case let .blankBelow(value): "\(value) is below the table's first breakpoint (blank cell)"
        case let .aboveTop(value, table?): "\(value) is above the table; the \(table.rawValue) table applies"
        case let .aboveTop(value, nil): "\(value) is above the table's top breakpoint"
        }
    }
}

extension AQIScheme {
    /// The index of `concentration` (in `table.unit`) under `table`:
    ///
    ///     I = (I_hi − I_lo) / (BP_hi − BP_lo) × (C − BP_lo) + I_lo        (EPA TAD 2024 Equation 1; HJ 633 公式 1; QĐ 1459 Công thức 1)
    ///
    /// after cutting or rounding C to the table's decimals (``concentrationRounding``), with the segment whose
    /// `[low, high]` holds C (the lower one where continuous tables meet: 35 µg/m³ PM2.5 is IAQI 50 under
    /// HJ 633; a value left in a gap between rows by a scheme without a cutting rule takes the row below), then
    /// rounding as ``indexRounding`` says. Above the top the table's ``AboveTop`` rule applies.
    public func subIndex(_ concentration: Double, table: Table) -> Result<SubIndex, NoSubIndex> {
        guard concentration.isFinite else { return .failure(.implausible(concentration)) }
        guard concentration >= 0 else { return .failure(.negative(concentration)) }
        let c = rounded(concentration, decimals: table.decimals)
        guard let first = table.breakpoints.first, let top = table.breakpoints.last else { return .failure(.aboveTop(c, useTable: nil)) }
        let key = GuardedDecimal.units(c)
        func holds(_ point: Breakpoint) -> Bool {
            guard let key, let low = GuardedDecimal.units(point.low), let high = GuardedDecimal.units(point.high) else { return false }
            return low <= key && key <= high
        }
        if let key, let low = GuardedDecimal.units(first.low), key < low, table.belowBottom == .undefined {
            return .failure(.blankBelow(c))
        }
        let segment: Breakpoint
        if let found = table.breakpoints.first(where: holds) {
            segment = found
        } else if let key, let topHigh = GuardedDecimal.units(top.high), key <= topHigh,
                  let below = table.breakpoints.last(where: { (GuardedDecimal.units($0.low) ?? .max) <= key }) {
            segment = below
        } else {
            switch table.aboveTop.rule {
            case .extrapolate: segment = top
            case .cap: return .success(SubIndex(pollutant: table.pollutant, averaging: table.averaging, concentration: c,
                                                exact: top.indexHigh, value: Int(top.indexHigh), aboveTable: true))
            case .fixedIndex:
                let index = table.aboveTop.index ?? top.indexHigh
                return .success(SubIndex(pollutant: table.pollutant, averaging: table.averaging, concentration: c, exact: index, value: Int(index)))
            case .useTable: return .failure(.aboveTop(c, useTable: table.aboveTop.averaging))
            case .undefined: return .failure(.aboveTop(c, useTable: nil))
            }
        }
        var exact = (segment.indexHigh - segment.indexLow) / (segment.high - segment.low) * (c - segment.low) + segment.indexLow
        let above = table.aboveTop.rule == .extrapolate && (GuardedDecimal.units(top.high).flatMap { high in key.map { $0 > high } } ?? false)
        if let least = table.aboveTop.atLeast, above { exact = max(exact, least) }
        guard exact.isFinite, exact < 1e6 else { return .failure(.implausible(concentration)) }
        return .success(SubIndex(pollutant: table.pollutant, averaging: table.averaging, concentration: c, exact: exact,
                                 value: GuardedDecimal.integer(exact, ceiling: indexRounding == .ceiling), aboveTable: above))
    }

    /// A concentration cut or rounded to `decimals` as the scheme says (unchanged when `decimals` is `nil`).
    public func rounded(_ concentration: Double, decimals: Int?) -> Double {
        guard let decimals else { return concentration }
        switch concentrationRounding {
        case .truncate: return GuardedDecimal.truncate(concentration, decimals: decimals)
        case .halfUp: return GuardedDecimal.round(concentration, decimals: decimals)
        case .halfEven: return GuardedDecimal.round(concentration, decimals: decimals, toEven: true)
        case .none: return concentration
        }
    }
}
