/// A reproducible stream of pseudo-random numbers for synthetic benchmark data: a 64-bit linear congruential
/// sequence (Knuth's MMIX constants) read from its top 31 bits, so that every run of a benchmark, on any
/// machine, generates the same values.
struct SeededSequence {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// The next value in [0, 1), on a grid of 2⁻³¹.
    mutating func unit() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 33) / Double(1 << 31)
    }

    /// Roughly normal noise of mean 0 and standard deviation 1 (the sum of four uniforms, rescaled; within ±3.5).
    mutating func noise() -> Double {
        (unit() + unit() + unit() + unit() - 2) * 3.0.squareRoot()
    }
}
