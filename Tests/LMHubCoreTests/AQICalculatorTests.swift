import Foundation
import Testing
@testable import LMHubCore

/// The NowCast and the calculator: windows, weights, the float traps of running means, multi-pollutant days.
extension AQIBoundaryTests {
    func nowcast(_ id: String, _ window: [Double?], truncated: Bool = true) -> Double? {
        let rule = AQIFixtures.scheme(id).nowcast!
        return NowCast(truncated ? rule : rule.untruncated).value(ArraySlice(window), pollutant: .pm25)
    }

    static let slide: [Double?] = [13, 16, 10, 21, 74, 64, 53, 82, 90, 75, 80, 50]

    @Test(arguments: [
        // §6.6 missing-data cases (§1.7 step 5): c1 missing with c2, c3 valid is computed without c1's weight.
        ([nil] + slide.dropFirst(), 21.830 as Double?), ([13, nil] + slide.dropFirst(2), 17.885), ([13, 16, nil, 21], 15.023),
        // Two of c1…c3 missing: no NowCast.
        ([nil, nil] + slide.dropFirst(2), nil), ([13, nil, nil] + slide.dropFirst(3), nil), ([nil, 16, nil] + slide.dropFirst(3), nil),
        // §6.6 training slide: w* = 10/90 = 0.11 is clamped to ½ (§1.7 step 3).
        (slide, 17.414),
    ] as [([Double?], Double?)])
    func nowcastNeedsTwoOfTheLatestThreeHours(window: [Double?], expected: Double?) {
        #expect(nowcast("us-epa-2024", window, truncated: false).map { ($0 * 1000).rounded() / 1000 } == expected)
    }

    @Test func nowcastWithoutAPositiveMaximumIsZeroOrUndefined() {
        // §1.7 open point: cmax ≤ 0 leaves the weight undefined. Every valid hour at 0 is clean air, NowCast 0
        // (AQI 0, Good); a negative maximum gives none (and nothing divides by 0).
        #expect(nowcast("us-epa-2024", Array(repeating: 0, count: 12)) == 0)
        let zero = AQIFixtures.calculator("us-epa-2024").hourly([AQIFixtures.series(.pm25, .microgramsPerCubicMetre, Array(repeating: 0, count: 3))])
        #expect(zero.last?.aqi == 0)
        #expect(nowcast("us-epa-2024", [-2, -1, -3]) == nil)
        // A negative NowCast (weight clamped to ½) has no index (§6.2, §8): (−5 − 1.5 + 0.5) / 1.75 = −3.43 → −3.4.
        let hours = AQIFixtures.calculator("us-epa-2024").hourly([AQIFixtures.series(.pm25, .microgramsPerCubicMetre, [2, -3, -5])])
        #expect(hours.last?.aqi == nil)
        #expect(hours.last?.parts.first?.missing == .negative(-3.4))
    }

    @Test(arguments: [
        // §6.6: Hanoi embassy windows (newest first) → the file's AirNow AQI under the pre-2024 table.
        ([71.9, 63.3, 73.6, 74.9, 50.8, 48.0, 42.2, 41.0, 36.1, 39.8, 39.0, 35.1], 68.6, 158),
        ([221.3, 139.9, 134.1, 133.0, 135.9, 122.4, 127.7, 112.5, 105.2, 103.0, 88.5, 70.6], 178.7, 229),
        ([5.9, 7.9, 6.0, 33.5, 51.6, 41.1, 38.0, 33.0, 29.0, 36.8, 26.1, 19.1], 10.5, 44), // 10.562 cut to 10.5 (file: 10.6)
    ])
    func hanoiWindowsThroughTheHourlyCalculator(window: [Double], nowcast: Double, aqi: Int) {
        let series = AQIFixtures.series(.pm25, .microgramsPerCubicMetre, window.reversed())
        let last = AQIFixtures.calculator("us-epa-2012").hourly([series]).last
        #expect(last?.aqi == aqi)
        #expect(last?.parts.first?.statistic == .nowcast)
        #expect(last?.parts.first?.value == nowcast)
    }

    @Test func vnNowCastExampleGives20_2658() {
        // §4.5: the Decision's example (oldest 09:00 … newest 20:00) prints 20.3. w* = 16.5/26.9 = 0.6134 > ½, so the
        // normalised form applies whatever `normaliseAtMinimumWeight` says (false in vn-1459-2019: the Decision's
        // unnormalised Σ(½)^i·ci is only for w = ½, §4.3), and VN specifies no truncation: LMHub gives 20.2658,
        // which is 20.3 to one decimal. Its sub-index is 40.53 → 41, the Decision's 41.
        let oldestFirst: [Double] = [26.9, 24.7, 20.5, 23.5, 19.5, 16.5, 19.0, 16.5, 20.3, 22.4, 19.6, 20.6]
        let rule = AQIFixtures.scheme("vn-1459-2019").nowcast!
        #expect(rule.normaliseAtMinimumWeight == false && rule.truncateDecimals.isEmpty)
        let value = nowcast("vn-1459-2019", oldestFirst.reversed())
        #expect(value.map { abs($0 - 20.2658) < 0.00005 } == true, "\(value.map { "\($0)" } ?? "nil")")
        #expect(value.map { ($0 * 10).rounded() / 10 } == 20.3)
        let last = AQIFixtures.calculator("vn-1459-2019").hourly([AQIFixtures.series(.pm25, .microgramsPerCubicMetre, oldestFirst)]).last
        #expect(last?.aqi == 41)
        #expect(last?.parts.first.map { abs(($0.subIndex?.exact ?? 0) - 40.53) < 0.005 } == true)
    }

    @Test func vnUnnormalisedFormAtTheMinimumWeight() {
        // §4.3: at w = ½ the flag matters. Twelve valid hours: 54.998 (VN) against 55.011 normalised (EPA, cut to 55.0).
        let window: [Double?] = [100] + Array(repeating: 10, count: 11)
        #expect(nowcast("vn-1459-2019", window).map { ($0 * 1000).rounded() / 1000 } == 54.998)
        #expect(nowcast("us-epa-2024", window, truncated: false).map { ($0 * 1000).rounded() / 1000 } == 55.011)
        // With c1 missing the unnormalised sum is not rescaled (the data file's note): 27.498 against 55.022.
        let gap: [Double?] = [nil, 100] + Array(repeating: 10, count: 10)
        #expect(nowcast("vn-1459-2019", gap).map { ($0 * 1000).rounded() / 1000 } == 27.498)
        #expect(nowcast("us-epa-2024", gap, truncated: false).map { ($0 * 1000).rounded() / 1000 } == 55.022)
    }

    @Test func eightHoursOfOzoneAt0_086ppmIs151() throws {
        // §0.4, §6.2: the 8-h mean is 0.08599999999999998 in Double; cut naively it is 0.085 → 150.
        let series = AQIFixtures.series(.o3, .ppm, 0.086, hours: 8)
        let calculator = AQIFixtures.calculator("us-epa-2024")
        let hours = calculator.hourly([series])
        #expect(hours.count == 8)
        let eighth = try #require(hours.last)
        #expect(eighth.aqi == 151)
        let part = try #require(eighth.parts.first { $0.statistic == .running8h })
        #expect(try #require(part.value) < 0.086) // the trap is live
        #expect(part.subIndex?.concentration == 0.086)
        #expect(calculator.daily([series], timeZone: AQIFixtures.utc).map(\.aqi) == [151])
    }

    @Test func twentyFourHoursOfPM25At9_1Is51() throws {
        // §0.4, §6.2: the 24-h mean is 9.099999999999996 in Double; cut naively it is 9.0 → 50 (Good instead of Moderate).
        let series = AQIFixtures.series(.pm25, .microgramsPerCubicMetre, 9.1, hours: 24)
        let calculator = AQIFixtures.calculator("us-epa-2024")
        let day = try #require(calculator.daily([series], timeZone: AQIFixtures.utc).first)
        #expect(day.aqi == 51)
        #expect(day.category?.name.text("en") == "Moderate")
        #expect(try #require(day.parts.first?.value) < 9.1) // the trap is live
        #expect(calculator.hourly([series]).last?.aqi == 51) // the NowCast of twelve 9.1s
    }

    @Test func tadMultiPollutantExample() throws {
        // §6.2: O3 8-h 0.078 ppm, PM2.5 35.9 µg/m³, CO 8.4 ppm → 126 / 102 / 90: AQI 126, main pollutant O3.
        let series = [
            AQIFixtures.series(.o3, .ppm, 0.078, hours: 24), AQIFixtures.series(.pm25, .microgramsPerCubicMetre, 35.9, hours: 24),
            AQIFixtures.series(.co, .ppm, 8.4, hours: 24),
        ]
        let day = try #require(AQIFixtures.calculator("us-epa-2024").daily(series, timeZone: AQIFixtures.utc).first)
        #expect(day.aqi == 126)
        #expect(day.primary == [.o3])
        #expect(day.categoryRank == 3)
        let values = Dictionary(day.parts.compactMap { part in part.subIndex.map { (part.pollutant, $0.value) } }, uniquingKeysWith: max)
        #expect(values == [.o3: 126, .pm25: 102, .co: 90])
        // O3 1-h 0.078 is a blank cell (§1.5): no index, not zero.
        #expect(day.parts.contains { $0.statistic == .dailyMax1h && $0.missing == .blankBelow(0.078) })
    }

    @Test func epaSulphurDioxideOneHourAbove304WithLowDailyMeanIsExactly200() throws {
        // §1.5, §6.2: daily max 1-h ≥ 305 ppb with a 24-h mean < 305 sets ILo = IHi = 200: the 1-h value goes to
        // the 24-h table, whose blank cell gives no index, and the 1-h table's `otherwiseIndex` (200) applies.
        let series = AQIFixtures.series(.so2, .ppb, Array(repeating: 140, count: 23) + [320])
        let day = try #require(AQIFixtures.calculator("us-epa-2024").daily([series], timeZone: AQIFixtures.utc).first)
        #expect(day.aqi == 200)
        // With the 24-h mean at 305 or above, the 24-h table gives the index (201 at 305 ppb).
        let high = AQIFixtures.series(.so2, .ppb, Array(repeating: 305, count: 24))
        #expect(try #require(AQIFixtures.calculator("us-epa-2024").daily([high], timeZone: AQIFixtures.utc).first).aqi == 201)
    }

    @Test func hugeOrInfiniteConcentrationsHaveNoIndex() throws {
        let scheme = try #require(try AQISchemeCatalog.bundled().schemes["us-epa-2024"])
        let table = try #require(scheme.table(.pm25, .day))
        for value in [1e300, .infinity, .nan] {
            guard case .failure(.implausible) = scheme.subIndex(value, table: table) else { Issue.record("\(value) got an index"); continue }
        }
    }

    @Test func hugeOrInfiniteConcentrationsDoNotCrash() async {
        // §7 #1–2: values far above a table crashed other libraries. A table that extrapolates must not trap on
        // converting an unbounded index to Int.
        await #expect(processExitsWith: .success, "1e300 µg/m³ PM2.5 under us-epa-2024") {
            let scheme = try! AQISchemeCatalog.bundled().schemes["us-epa-2024"]!
            _ = scheme.subIndex(1e300, table: scheme.table(.pm25, .day)!)
        }
        await #expect(processExitsWith: .success, "+∞ µg/m³ PM2.5 under us-epa-2024") {
            let scheme = try! AQISchemeCatalog.bundled().schemes["us-epa-2024"]!
            _ = scheme.subIndex(.infinity, table: scheme.table(.pm25, .day)!)
        }
        await #expect(processExitsWith: .success, "1e300 µg/m³ PM2.5 under us-epa-2012 (capped)") {
            let scheme = try! AQISchemeCatalog.bundled().schemes["us-epa-2012"]!
            _ = scheme.subIndex(1e300, table: scheme.table(.pm25, .day)!)
        }
    }
}

/// Rules found by a fresh-user trial: the Thai red threshold, VN's 01:00–00:00 day, sub-hourly readings.
struct AQITrialTests {
    @Test func thaiValuesAboveTheTopAreInTheRedCategory() throws {
        let scheme = try #require(try AQISchemeCatalog.bundled().schemes["th-pcd-2023"])
        // §3.1: PM2.5 ≥ 75.1 µg/m³ and CO ≥ 30.1 ppm are "> 200, affecting health".
        for (pollutant, averaging, value) in [(Pollutant.pm25, AQIScheme.Averaging.day, 75.1), (.co, .eightHours, 30.1)] {
            let index = try scheme.subIndex(value, table: try #require(scheme.table(pollutant, averaging))).get().value
            #expect(index >= 201 && scheme.category(of: index)?.rank == 5, "\(pollutant) \(value): \(index)")
        }
    }

    @Test func vietnamsDayRunsFromOneToMidnight() throws {
        let scheme = try #require(try AQISchemeCatalog.bundled().schemes["vn-1459-2019"])
        let calculator = AQICalculator(scheme: scheme, constants: try AirPollutants.bundled())
        // §4.4: the 24-h mean of a day is of the hours 01:00 … 00:00 of the next day. 24 hours at 10 µg/m³ from
        // 01:00, then 500 at 00:00 of the 11th: the 10th's mean is (23 × 10 + 500) / 24 = 30.4.
        let start = Date(timeIntervalSince1970: 1_736_470_800) // 2025-01-10T01:00Z
        let readings = (0..<24).map { (time: start.addingTimeInterval(Double($0) * 3600), value: Optional($0 == 23 ? 500.0 : 10.0)) }
        let series = HourlySeries(pollutant: .pm25, unit: .microgramsPerCubicMetre, readings: readings)
        let day = try #require(calculator.daily([series], timeZone: .gmt).first { LocalDate.string($0.time, timeZone: "UTC") == "2025-01-10" })
        #expect(abs((day.parts.first?.value ?? 0) - 730.0 / 24) < 1e-9)
    }

    @Test func readingsWithinAnHourMakeItsMean() {
        let hour = Date(timeIntervalSince1970: 1_736_470_800)
        let series = HourlySeries(pollutant: .pm25, unit: .microgramsPerCubicMetre,
                                  readings: [(hour, 50), (hour.addingTimeInterval(1800), 500), (hour.addingTimeInterval(2700), 5)])
        #expect(series.values == [185])
    }
}
