import Foundation

/// The CCME Water Quality Index 1.0 over a period (CCME 2001, Technical Report and User's Manual; data and
/// source in `Resources/indices/ccme-wqi-1.0.json`).
///
/// - F1 (scope) = 100 × failed variables / variables
/// - F2 (frequency) = 100 × failed tests / tests
/// - excursion = value / objective − 1 above a maximum; objective / value − 1 below a minimum
/// - nse = Σ excursions / tests (all tests); F3 (amplitude) = nse / (0.01 nse + 0.01)
/// - WQI = 100 − √(F1² + F2² + F3²) / 1.732 (1.732 scales the largest possible vector length, √3 × 100, to 100)
///
/// A value exactly at an objective meets it (the manual's "not meeting"; bcgov/wqbc counts it as failed).
/// Variables with fewer than `minimumTestsPerVariable` tests are left out and named; with fewer than
/// `minimumVariables` left there is no index, and the reason says why.
public struct CCMEWaterQualityIndex: Sendable, Codable {
    public let id: String
    public let title: LocalizedText
    public let source: String
    public let verified: Bool
    public let minimumVariables: Int
    public let minimumTestsPerVariable: Int
    /// Best first.
    public let categories: [IndexBand]

    /// The bundled definition.
    public static func bundled() throws -> CCMEWaterQualityIndex {
        try BundledIndex.load("ccme-wqi-1.0")
    }


    /// Computes the index over `tests` (one value of one variable against its objective each).
    public func compute(_ tests: [CCMETest]) -> Result<CCMEResult, CCMEInsufficientData> {
        let byVariable = Dictionary(grouping: tests, by: \.variable)
        let excluded = byVariable.filter { $0.value.count < minimumTestsPerVariable }.keys.sorted()
        let counted = byVariable.filter { $0.value.count >= minimumTestsPerVariable }
        guard counted.count >= minimumVariables else {
            return .failure(CCMEInsufficientData(variables: counted.count, excludedVariables: excluded,
                reason: "the CCME WQI needs at least \(minimumVariables) variables with at least \(minimumTestsPerVariable) tests each; "
                    + "\(counted.count) qualify" + (excluded.isEmpty ? "" : " (too few tests: \(excluded.joined(separator: ", ")))")))
        }
        if let zero = counted.values.joined().first(where: { $0.lower != nil && $0.value <= 0 }) {
            return .failure(CCMEInsufficientData(variables: counted.count, excludedVariables: excluded,
                reason: "\(zero.variable) has a value of \(zero.value) under a minimum objective: its excursion is undefined; give the detection limit instead of 0"))
        }
        func refuse(_ reason: String) -> Result<CCMEResult, CCMEInsufficientData> {
            .failure(CCMEInsufficientData(variables: counted.count, excludedVariables: excluded, reason: reason))
        }
        if let bad = counted.values.joined().first(where: { ($0.lower ?? 1) <= 0 || ($0.upper ?? 1) <= 0 }) {
            return refuse("\(bad.variable) has an objective of \(String(format: "%g", (bad.upper ?? 1) <= 0 ? bad.upper ?? 0 : bad.lower ?? 0)): excursions need a positive objective")
        }
        if let bad = counted.values.joined().first(where: { ($0.lower ?? -.infinity) > ($0.upper ?? .infinity) }) {
            return refuse("\(bad.variable) has a lower objective \(bad.lower ?? 0) above its upper \(bad.upper ?? 0)")
        }
        let countedTests = counted.values.joined()
        let excursions = countedTests.map(\.excursion)
        guard excursions.allSatisfy(\.isFinite), excursions.reduce(0, +).isFinite else {
            return refuse("a value is too large for the index: an excursion overflows")
        }
        let failedTests = excursions.filter { $0 > 0 }.count
        let failedVariables = counted.filter { $0.value.contains { $0.excursion > 0 } }.keys.sorted()
        let nse = excursions.reduce(0, +) / Double(countedTests.count)
        let f1 = 100 * Double(failedVariables.count) / Double(counted.count)
        let f2 = 100 * Double(failedTests) / Double(countedTests.count)
        let f3 = nse / (0.01 * nse + 0.01)
        let wqi = 100 - (f1 * f1 + f2 * f2 + f3 * f3).squareRoot() / 1.732
        return .success(CCMEResult(
            variables: counted.count, tests: countedTests.count, failedVariables: failedVariables, failedTests: failedTests,
            excludedVariables: excluded, nse: nse, f1: f1, f2: f2, f3: f3, wqi: wqi, category: categories.band(of: wqi)?.band,
            categoryRank: categories.band(of: wqi)?.rank))
    }
}

/// One test: a value of a variable and its objective (a maximum, a minimum, or both for a range such as pH),
/// in the same unit.
public struct CCMETest: Sendable, Hashable {
    public let variable: String
    public let value: Double
    public let lower: Double?
    public let upper: Double?

    public init(variable: String, value: Double, lower: Double? = nil, upper: Double? = nil) {
        self.variable = variable
        self.value = value
        self.lower = lower
        self.upper = upper
    }

    /// How far the value misses its objective (0 when it meets it).
    var excursion: Double {
        if let upper, value > upper { return value / upper - 1 }
        if let lower, value < lower { return lower / value - 1 }
        return 0
    }
}

/// A computed CCME WQI with its factors.
public struct CCMEResult: Sendable, Hashable {
    public let variables: Int
    public let tests: Int
    public let failedVariables: [String]
    public let failedTests: Int
    /// Variables left out for having too few tests.
    public let excludedVariables: [String]
    public let nse: Double
    public let f1: Double
    public let f2: Double
    public let f3: Double
    public let wqi: Double
    public let category: IndexBand?
    /// Position of `category` among the index's categories, 1 = best.
    public let categoryRank: Int?
}

/// Why no CCME WQI could be computed.
public struct CCMEInsufficientData: Error, Sendable, Hashable, CustomStringConvertible {
    public let variables: Int
    public let excludedVariables: [String]
    public let reason: String
    public var description: String { reason }
}
