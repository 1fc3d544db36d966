import Testing
@testable import LMHubCore

/// CCME WQI 1.0 rules on small hand-made sets.
struct CCMETests {
    let index = try! CCMEWaterQualityIndex.bundled()

    func four(_ variable: String, _ values: [Double], lower: Double? = nil, upper: Double? = nil) -> [CCMETest] {
        values.map { CCMETest(variable: variable, value: $0, lower: lower, upper: upper) }
    }

    @Test func allObjectivesMetIs100Excellent() throws {
        let tests = four("DO", [8, 9, 7, 6], lower: 5) + four("pH", [7, 7.5, 8, 6.5], lower: 6.5, upper: 9)
            + four("TP", [0.01, 0.02, 0.05, 0], upper: 0.05) + four("TN", [0.5, 1, 0.2, 0.3], upper: 1)
        let result = try index.compute(tests).get()
        #expect(result.wqi == 100)
        #expect(result.failedTests == 0)
        #expect(result.category?.name.text("en") == "Excellent")
    }

    @Test func excursionsAboveAMaximumAndBelowAMinimum() throws {
        let tests = four("DO", [2.5, 9, 9, 9], lower: 5) + four("TP", [0.1, 0.01, 0.01, 0.01], upper: 0.05)
            + four("pH", [7, 7, 7, 7], lower: 6.5, upper: 9) + four("TN", [0.5, 0.5, 0.5, 0.5], upper: 1)
        let result = try index.compute(tests).get()
        #expect(result.failedVariables == ["DO", "TP"])
        #expect(result.f1 == 50)
        #expect(result.f2 == 12.5)
        #expect(result.nse == 2.0 / 16)
        #expect(abs(result.f3 - 100 * 0.125 / 1.125) < 1e-12)
    }

    @Test func fewerThanFourVariablesOrTestsGivesNoIndexAndSaysWhy() {
        let three = four("DO", [8, 8, 8, 8], lower: 5) + four("pH", [7, 7, 7, 7], lower: 6.5, upper: 9) + four("TP", [0, 0, 0, 0], upper: 0.05)
        guard case let .failure(reason) = index.compute(three) else { Issue.record("expected no index"); return }
        #expect(reason.variables == 3)
        let shortTN = three + four("TN", [1, 1, 1], upper: 1)
        guard case let .failure(short) = index.compute(shortTN) else { Issue.record("expected no index"); return }
        #expect(short.excludedVariables == ["TN"])
        #expect(short.description.contains("too few tests: TN"))
        #expect((try? index.compute(three + four("TN", [1, 1, 1, 1], upper: 1)).get()) != nil)
    }

    @Test func zeroUnderAMinimumObjectiveIsRefusedNotInfinite() {
        let tests = four("DO", [0, 8, 8, 8], lower: 5) + four("pH", [7, 7, 7, 7], lower: 6.5, upper: 9)
            + four("TP", [0, 0, 0, 0], upper: 0.05) + four("TN", [1, 1, 1, 1], upper: 1)
        guard case let .failure(reason) = index.compute(tests) else { Issue.record("expected no index"); return }
        #expect(reason.description.contains("DO has a value of 0.0 under a minimum objective"))
    }

    @Test(arguments: [(100.0, "Excellent"), (95, "Excellent"), (94.99, "Good"), (80, "Good"), (79.9, "Fair"), (65, "Fair"),
                      (64.5, "Marginal"), (45, "Marginal"), (44.9, "Poor"), (0, "Poor")])
    func categoriesHaveNoGaps(wqi: Double, name: String) {
        #expect(index.categories.band(of: wqi)?.band.name.text("en") == name)
    }
}
