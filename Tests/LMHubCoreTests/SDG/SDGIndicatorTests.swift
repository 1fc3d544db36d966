import Testing
@testable import LMHubCore

/// One indicator's score, colour and dashboard position, with the bundled 2023 constants.
@Suite("SDG indicator: normalisation, colour, dashboard scale")
struct SDGIndicatorTests {
    let edition = try! SDREdition.bundled()

    func indicator(_ code: String) throws -> SDGIndicator { try #require(edition.indicator(code)) }

    /// The notes' worked example: (0.62 − 72.6) / (0 − 72.6) × 100 = 99.146, as published.
    @Test func thailandPovertyHeadcountScores99146() throws {
        let poverty = try indicator("sdg1_wpc")
        #expect(poverty.optimum == 0 && poverty.lowerBound == 72.6 && poverty.higherIsBetter == false)
        #expect(abs((poverty.normalisedScore(0.62) ?? 0) - 99.146) < 0.0005)
    }

    @Test func scoresAreClampedBeyondTheBounds() throws {
        let poverty = try indicator("sdg1_wpc"), internet = try indicator("sdg9_intuse")
        #expect(poverty.normalisedScore(80) == 0 && poverty.normalisedScore(-1) == 100)
        #expect(internet.normalisedScore(1) == 0 && internet.normalisedScore(100) == 100)
        #expect(abs((internet.normalisedScore(51.1) ?? 0) - 50) < 1e-9)
    }

    @Test func aValueOnAThresholdTakesTheBetterColour() throws {
        let poverty = try indicator("sdg1_wpc")
        #expect([2, 2.01, 7.5, 7.51, 13, 13.01].map(poverty.colour(of:)) == [.green, .yellow, .yellow, .orange, .orange, .red])
        let vaccines = try indicator("sdg3_vac")
        #expect([90, 89.9, 85, 84.9, 80, 79.9].map(vaccines.colour(of:)) == [.green, .yellow, .yellow, .orange, .orange, .red])
    }

    @Test func theDashboardScaleRunsFromTheLowerBoundToTheOptimum() throws {
        let poverty = try indicator("sdg1_wpc")
        #expect([72.6, 13, 7.5, 2, 0].map { poverty.dashboardPosition(of: $0) } == [0, 1, 2, 3, 4])
        #expect(poverty.dashboardPosition(of: 100) == 0 && poverty.dashboardPosition(of: 4.75) == 2.5)
        // sdg9_uni: red threshold and lower bound are both 0; a 0 is orange (as published) and sits at 1.
        let universities = try indicator("sdg9_uni")
        #expect(universities.colour(of: 0) == .orange && universities.dashboardPosition(of: 0) == 1)
    }
}
