/// Decimal steps on binary floating point without the flips it causes: a value is first snapped to 9
/// decimals (a guard precision far below any table's resolution), then cut or rounded in integer arithmetic.
///
/// The trap it closes (air-quality notes §0.4): the mean of eight hours at 0.086 ppm is
/// 0.08599999999999998 in `Double`; truncated naively to 3 decimals that is 0.085 (AQI 150), where the
/// scheme means 0.086 (AQI 151). Likewise 24 hours at 9.1 µg/m³ PM2.5 must stay 9.1 (AQI 51, not 50).
enum GuardedDecimal {
    static let guardDecimals = 9
    private static let guardScale = 1_000_000_000.0

    /// `value` snapped to 9 decimals as an integer count of 10⁻⁹, or `nil` when too large to count so
    /// (beyond 10⁹, far above every breakpoint).
    static func units(_ value: Double) -> Int64? {
        guard value.isFinite, abs(value) < 1e9 else { return nil }
        return Int64((value * guardScale).rounded())
    }

    /// `value` cut towards zero to `decimals` places (EPA truncation).
    static func truncate(_ value: Double, decimals: Int) -> Double {
        guard let units = units(value) else { return value }
        let step = power(guardDecimals - decimals)
        return Double(units / step) / power(decimals).asDouble
    }

    /// `value` rounded to `decimals` places, halves away from zero, or to even with `toEven`.
    static func round(_ value: Double, decimals: Int, toEven: Bool = false) -> Double {
        guard let units = units(value) else { return value }
        let step = power(guardDecimals - decimals)
        var quotient = units / step
        let remainder = abs(units % step) * 2
        if remainder > step || (remainder == step && (!toEven || quotient % 2 != 0)) { quotient += units < 0 ? -1 : 1 }
        return Double(quotient) / power(decimals).asDouble
    }

    /// An index rounded to an integer: halves up (EPA, VN) or always up (China's 进位取整), after the guard.
    static func integer(_ value: Double, ceiling: Bool) -> Int {
        guard let units = units(value) else { return Int(ceiling ? value.rounded(.up) : value.rounded()) }
        let whole = power(guardDecimals)
        if ceiling { return Int((units + whole - 1) / whole) }
        return Int((units + whole / 2) / whole)
    }

    /// 10⁰ … 10⁹, looked up on every cut (the NowCast and AQI hot path).
    private static let powers: [Int64] = (0...guardDecimals).map { exponent in (0..<exponent).reduce(Int64(1)) { result, _ in result * 10 } }

    private static func power(_ exponent: Int) -> Int64 {
        powers[min(max(exponent, 0), guardDecimals)]
    }
}

private extension Int64 {
    var asDouble: Double { Double(self) }
}
