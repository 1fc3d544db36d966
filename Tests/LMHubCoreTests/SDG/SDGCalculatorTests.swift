import Testing
@testable import LMHubCore

/// The index rules on small made-up sets of countries, with the bundled 2023 constants.
@Suite("SDG index: goals, imputation, inclusion, ranks, dashboards")
struct SDGCalculatorTests {
    let edition = try! SDREdition.bundled()
    var calculator: SDGIndexCalculator { SDGIndexCalculator(edition: edition) }

    /// A country with every global indicator at `value(indicator)` (its optimum by default), the SDG 17
    /// alternatives as one (`sdg17_govrev`), without the codes in `leaving`.
    func country(_ iso3: String, region: String = "R", leaving: Set<String> = [], value: (SDGIndicator) -> Double? = { $0.optimum }) -> SDGCountryData {
        let observations = edition.indicators.filter { $0.scope == .global && $0.code != "sdg17_oda" && !leaving.contains($0.code) }
            .compactMap { indicator in value(indicator).map { (indicator.code, SDGObservation(value: $0, year: 2022, kind: indicator.rawValuePublished ? .raw : .publishedNormalisedScore)) } }
        return SDGCountryData(iso3: iso3, name: iso3, region: region, observations: Dictionary(uniqueKeysWithValues: observations))
    }

    func goalCodes(_ goal: Int) -> Set<String> { Set(edition.indicators.filter { $0.goal == goal }.map(\.code)) }

    @Test func aCountryAtEveryOptimumScores100AndIsGreen() throws {
        let result = try #require(calculator.compute([country("AAA")]).country("AAA"))
        #expect(result.index == 100 && result.rank == 1 && result.missingShare == 0)
        #expect(result.goals.allSatisfy { $0.score == 100 && $0.colour == .green })
        #expect(result.goal(17)?.indicatorsExpected == 4, "sdg17_oda and sdg17_govrev count as one")
    }

    @Test func landlockedCountriesHaveNoSDG14AndTakeTheUnweightedRegionalMean() throws {
        // AAA scores 0 on SDG 14, BBB 50 on every indicator of it: the regional mean is 25 whatever their
        // populations. LAO (landlocked) has SDG 14 values at their optimum, which must not count.
        let low = country("AAA") { $0.goal == 14 ? $0.lowerBound : $0.optimum }
        let half = country("BBB") { $0.goal == 14 ? (($0.optimum ?? 0) + ($0.lowerBound ?? 0)) / 2 : $0.optimum }
        let report = calculator.compute([low, half, country("LAO")])
        let lao = try #require(report.country("LAO"))
        #expect(lao.goal(14)?.applicable == false && lao.goal(14)?.score == nil && lao.goal(14)?.colour == .grey)
        #expect(abs((report.regionalMean("R", goal: 14) ?? 0) - 25) < 1e-9)
        #expect(abs((lao.index ?? 0) - (16 * 100 + 25) / 17.0) < 1e-9)
        #expect(lao.flags.contains(.imputation))
        #expect(lao.goal(14)?.indicatorsExpected == 0)
    }

    @Test func countriesWithoutAnIndexDoNotEnterTheRegionalMean() throws {
        // CCC misses SDG 1 and 2 to 6 (more than 20 %): no index, and its SDG 14 of 100 stays out of the mean.
        let missing = (1...6).reduce(into: Set<String>()) { $0.formUnion(goalCodes($1)) }
        let excluded = country("CCC", leaving: missing)
        let zero = country("AAA") { $0.goal == 14 ? $0.lowerBound : $0.optimum }
        let report = calculator.compute([zero, excluded, country("LAO")])
        let ccc = try #require(report.country("CCC"))
        #expect(ccc.index == nil && ccc.rank == nil && ccc.inclusion == .tooManyMissing)
        #expect(ccc.notes.first?.contains("more than 20 %") == true)
        #expect(report.regionalMean("R", goal: 14) == 0)
        #expect(report.ranked.map(\.iso3) == ["AAA", "LAO"] && report.ranked.map(\.rank) == [1, 1], "both 16 × 100 / 17")
    }

    @Test func aPublishedExceptionIsRankedDespiteTheRule() throws {
        let missing = (1...6).reduce(into: Set<String>()) { $0.formUnion(goalCodes($1)) }
        let report = calculator.compute([country("CPV", leaving: missing), country("AAA")])
        let capeVerde = try #require(report.country("CPV"))
        #expect(capeVerde.inclusion == .publishedException && capeVerde.index == 100 && capeVerde.flags.contains(.inclusion))
    }

    @Test func oecdOnlyIndicatorsNeverEnterAScore() throws {
        var data = country("AAA") { $0.goal == 1 ? $0.lowerBound : $0.optimum }
        var observations = data.observations
        observations["sdg1_oecdpov"] = SDGObservation(value: 0, year: 2022)
        data = SDGCountryData(iso3: "AAA", name: "A", region: "OECD", observations: observations)
        let result = try #require(calculator.compute([data]).country("AAA"))
        #expect(result.goal(1)?.score == 0)
        #expect(result.indicator("sdg1_oecdpov")?.normalisedScore == nil && result.indicator("sdg1_oecdpov")?.colour == .green)
    }

    @Test func equalIndicesShareARankAndRanksDescend() throws {
        let worse = country("CCC") { $0.goal == 1 ? $0.lowerBound : $0.optimum }
        let report = calculator.compute([worse, country("BBB"), country("AAA")])
        #expect(report.countries.map(\.iso3) == ["AAA", "BBB", "CCC"])
        #expect(report.countries.map(\.rank) == [1, 1, 3])
    }

    func result(_ code: String, _ value: Double) throws -> SDGIndicatorResult {
        let indicator = try #require(edition.indicator(code))
        return SDGIndicatorResult(code: code, goal: indicator.goal, value: value, year: 2022, kind: .raw, normalisedScore: indicator.normalisedScore(value),
                                  colour: indicator.colour(of: value), dashboardPosition: indicator.dashboardPosition(of: value), trend: nil, flags: [])
    }

    /// Goal 1 has two indicators (sdg1_wpc, sdg1_lmicpov): positions 0 (72.6), 1 (13), 2 (7.5), 3 (2), 4 (0).
    @Test func goalColoursFollowTheTwoWorstIndicatorsAndTheBothRules() throws {
        func colour(_ wpc: Double?, _ lmic: Double?) throws -> SDGColour {
            let results = try [wpc.map { try result("sdg1_wpc", $0) }, lmic.map { try result("sdg1_lmicpov", $0) }].compactMap { $0 }
            return calculator.goalColour(results, applicable: true, oecdMember: false).colour
        }
        #expect(try colour(0, 1) == .green)            // 4 and 3.x, both green
        #expect(try colour(0, 4.75) == .yellow)        // mean (4 + 2.5) / 2 = 3.25, one yellow: not green
        #expect(try colour(4.75, 7.5) == .yellow)      // 2.5 and 2
        #expect(try colour(13, 13) == .orange)         // 1 and 1
        #expect(try colour(72.6, 10.25) == .orange)    // 0 and 1.5: mean 0.75 but one is orange: not red
        #expect(try colour(72.6, 40) == .red)          // both red
        #expect(try colour(1, nil) == .green)          // one of two has data: half is enough
        #expect(calculator.goalColour([], applicable: true, oecdMember: false).colour == .grey)
        #expect(try calculator.goalColour([result("sdg1_wpc", 0)], applicable: false, oecdMember: false).colour == .grey)
    }

    @Test func trendArrowsCompareTheAnnualChangeWithTheChangeNeeded() throws {
        let rule = edition.trend, poverty = try #require(edition.indicator("sdg1_wpc"))
        // Green threshold 2 scores 97.245; from 30 (58.678) the need is 2.571 points a year to 2030.
        func arrow(_ start: Double, _ end: Double, _ year: Int = 2022) -> SDGTrendArrow? { rule.arrow(poverty, from: start, in: 2015, to: end, in: year) }
        #expect(arrow(30, 10) == .onTrack)               // 3.93 a year
        #expect(arrow(30, 20) == .moderatelyImproving)   // 1.97 a year: 77 %
        #expect(arrow(30, 27) == .stagnating)            // 0.59 a year: 23 %
        #expect(arrow(30, 31) == .decreasing)
        #expect(arrow(1, 1.5) == .stagnating && arrow(1.5, 1) == .onTrack && arrow(1, 3) == .decreasing)
        #expect(arrow(30, 10, 2015) == nil)
    }

    @Test func theIndexAndGoalsTakeTheSharedShape() throws {
        let report = calculator.compute([country("AAA"), country("LAO")])
        let lao = try #require(report.country("LAO"))
        let index = lao.indexResult(edition)
        #expect(index.index == "sdr-2023" && index.subject == "LAO" && index.value == 100)
        #expect(index.components.count == 17 && index.components[13].id == "SDG14" && index.components[13].value == 100)
        #expect(index.coverage == IndexResult.Coverage(used: 16, expected: 17) && index.verified == false)
        #expect(index.notes.first == "rank 1" && index.notes.contains { $0.contains("SDG 14 enters the index") })
        let goal = try #require(lao.goalResult(1, edition))
        #expect(goal.subject == "LAO/SDG1" && goal.band?.colour == "green" && goal.band?.rank == 1)
        #expect(goal.band?.name.text("en") == "SDG achieved" && goal.components.map(\.id) == ["sdg1_wpc", "sdg1_lmicpov"])
        #expect(try #require(lao.goalResult(14, edition)).band == nil)
    }
}
