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

    @Test func objectivesThatMakeTheIndexUndefinedAreRefused() {
        let rest = four("pH", [7, 7, 7, 7], lower: 6.5, upper: 9) + four("TN", [1, 1, 1, 1], upper: 1) + four("DO", [8, 8, 8, 8], lower: 5)
        for (tests, words) in [(four("TP", [0.1, 0.1, 0.1, 0.1], upper: 0), "objective of 0"),
                               (four("TP", [0.1, 0.1, 0.1, 0.1], upper: -1), "objective of -1"),
                               (four("TP", [0.1, 0.1, 0.1, 0.1], lower: 0.2, upper: 0.05), "above its upper"),
                               (four("TP", [1e308, 0.1, 0.1, 0.1], upper: 0.05), "too large")] {
            guard case let .failure(reason) = index.compute(rest + tests) else { Issue.record("expected no index for \(words)"); continue }
            #expect(reason.description.contains(words), "\(reason.description)")
        }
    }

    @Test func zeroUnderAMinimumObjectiveIsRefusedNotInfinite() {
        let tests = four("DO", [0, 8, 8, 8], lower: 5) + four("pH", [7, 7, 7, 7], lower: 6.5, upper: 9)
            + four("TP", [0, 0, 0, 0], upper: 0.05) + four("TN", [1, 1, 1, 1], upper: 1)
        guard case let .failure(reason) = index.compute(tests) else { Issue.record("expected no index"); return }
        #expect(reason.description.contains("DO has a value of 0.0 under a minimum objective"))
    }

    /// bcgov/wqbc's categorize_wqi edges (0, 44, 45, 64, 65, 79, 80, 94, 95, 100) and values between the manual's
    /// integer bands (94.5 is Excellent, 79.8 Good: right-closed cuts at 44/64/79/94).
    @Test(arguments: [(100.0, "Excellent"), (95, "Excellent"), (94.5, "Excellent"), (94, "Good"), (80, "Good"), (79.8, "Good"),
                      (79, "Fair"), (65, "Fair"), (64.5, "Fair"), (64, "Marginal"), (45, "Marginal"), (44.9, "Marginal"), (44, "Poor"), (0, "Poor")])
    func categoriesHaveNoGaps(wqi: Double, name: String) {
        #expect(index.categories.band(of: wqi)?.band.name.text("en") == name)
    }
}
