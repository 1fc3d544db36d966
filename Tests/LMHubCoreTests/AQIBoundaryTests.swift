import Foundation
import Testing
@testable import LMHubCore

/// One breakpoint table of one bundled scheme.
struct AQITableKey: Sendable, CustomTestStringConvertible {
    let scheme: String
    let pollutant: Pollutant
    let averaging: AQIScheme.Averaging

    var testDescription: String { "\(scheme) \(pollutant.rawValue) \(averaging.rawValue)" }
}

/// A sweep over every breakpoint of every table of every bundled scheme, and the traps of the air-quality notes:
/// gaps, values above the table, negatives, blank cells, rounding modes, China's 800 rules, the NowCast's
/// missing-hour and weight rules, and binary floating point (§0.4, §1.5, §1.7, §4.3, §4.5, §6.2–§6.6, §7).
struct AQIBoundaryTests {
    static let tables: [AQITableKey] = AQIFixtures.catalog.schemes.keys.sorted().flatMap { id in
        AQIFixtures.scheme(id).tables.map { AQITableKey(scheme: id, pollutant: $0.pollutant, averaging: $0.averaging) }
    }

    func lookup(_ key: AQITableKey) -> (AQIScheme, AQIScheme.Table) {
        let scheme = AQIFixtures.scheme(key.scheme)
        return (scheme, scheme.table(key.pollutant, key.averaging)!)
    }

    /// One unit of the table's last decimal, or 1e-6 where concentrations are used as measured.
    static func step(_ table: AQIScheme.Table) -> Double { table.decimals.map { pow(10, -Double($0)) } ?? 1e-6 }

    // MARK: - Sweep over every table

    @Test func sweepCoversAllFiftyFiveTables() {
        #expect(Self.tables.count == 55)
        #expect(Set(Self.tables.map(\.scheme)).count == 7)
    }

    @Test(arguments: tables)
    func rowEndsGiveTheirIndices(_ key: AQITableKey) {
        let (scheme, table) = lookup(key)
        for (row, point) in table.breakpoints.enumerated() {
            // All bundled ends are whole indices, so even ceiling rounding leaves them unchanged.
            #expect(point.indexLow == point.indexLow.rounded() && point.indexHigh == point.indexHigh.rounded(), "row \(row)")
            for (concentration, index) in [(point.low, point.indexLow), (point.high, point.indexHigh)] {
                switch scheme.subIndex(concentration, table: table) {
                case let .success(found): #expect(found.value == Int(index), "row \(row): \(concentration), exact \(found.exact)")
                case let .failure(reason): Issue.record("row \(row): \(concentration) → \(reason)")
                }
            }
        }
    }

    @Test(arguments: tables)
    func oneStepAboveEachRowGivesMoreOrTheAboveTopRule(_ key: AQITableKey) {
        let (scheme, table) = lookup(key)
        let step = Self.step(table)
        for (row, point) in table.breakpoints.enumerated() {
            let concentration = point.high + step
            let result = scheme.subIndex(concentration, table: table)
            let place = "row \(row): \(concentration) → \(result)"
            guard row == table.breakpoints.count - 1 else {
                guard case let .success(found) = result else { Issue.record("\(place)"); continue }
                #expect(found.exact > point.indexHigh, "\(place)")
                let next = table.breakpoints[row + 1]
                if next.low > point.high {
                    // Gapped (EPA, Thailand): one step above a row's high is the next row's low.
                    #expect(found.value == Int(next.indexLow) && found.value > Int(point.indexHigh), "\(place)")
                } else if scheme.indexRounding == .ceiling {
                    // Continuous, rounded up (China): any rise of Equation 1 moves the integer.
                    #expect(found.value > Int(point.indexHigh), "\(place)")
                } else {
                    // Continuous, half-up (VN, used as measured): 1e-6 above moves Equation 1, not the integer.
                    #expect(found.value >= Int(point.indexHigh), "\(place)")
                }
                continue
            }
            switch (table.aboveTop.rule, result) {
            case let (.extrapolate, .success(found)):
                // EPA 2024 PM2.5 325.5 is 500.199: the line rises, the rounded index may not yet (§1.1 footnote 4).
                #expect(found.exact > point.indexHigh && found.value >= Int(point.indexHigh), "\(place)")
            case let (.cap, .success(found)):
                #expect(found.value == Int(point.indexHigh), "\(place)")
            case let (.fixedIndex, .success(found)):
                #expect(table.aboveTop.index.map { found.value == Int($0) && $0 >= point.indexHigh } == true, "\(place)")
            case let (.useTable, .failure(.aboveTop(_, useTable: other))):
                #expect(other != nil && other == table.aboveTop.averaging, "\(place)")
                #expect(other.flatMap { scheme.table(table.pollutant, $0) } != nil, "\(place): the table it names exists")
            case (.undefined, .failure(.aboveTop(_, useTable: nil))):
                break
            default:
                Issue.record("above the top, rule \(table.aboveTop.rule): \(place)")
            }
        }
    }

    @Test(arguments: tables)
    func oneStepBelowEachRowGivesLessOrNoIndex(_ key: AQITableKey) {
        let (scheme, table) = lookup(key)
        let step = Self.step(table)
        for (row, point) in table.breakpoints.enumerated() {
            let concentration = point.low - step
            let result = scheme.subIndex(concentration, table: table)
            let place = "row \(row): \(concentration) → \(result)"
            if concentration < 0 {
                // Only a first row starting at 0 has nothing below it but negatives.
                #expect(row == 0 && table.belowBottom == .zero, "\(place)")
                guard case .failure(.negative) = result else { Issue.record("\(place)"); continue }
            } else if row == 0 {
                #expect(table.belowBottom == .undefined, "\(place)")
                guard case .failure(.blankBelow) = result else { Issue.record("\(place)"); continue }
            } else {
                guard case let .success(found) = result else { Issue.record("\(place)"); continue }
                #expect(found.exact < point.indexLow, "\(place)")
                let below = table.breakpoints[row - 1]
                if below.high < point.low {
                    // Gapped (EPA, Thailand): one step below a row's low is the row below's high.
                    #expect(found.value == Int(below.indexHigh) && found.value < Int(point.indexLow), "\(place)")
                } else {
                    // Continuous (China, VN): Equation 1 falls, but rounding up (China) or half-up can keep the integer,
                    // e.g. HJ 633-2026 SO2 24-h 149 µg/m³ is 99.5 → 100, the next row's low index.
                    #expect(found.value <= Int(point.indexLow), "\(place)")
                }
            }
        }
    }

    /// Values between a row's high and the next row's low (EPA, Thailand) are cut to the row's high (§6.2, §7 #13–14).
    @Test(arguments: tables)
    func gapsBetweenRowsTruncateToTheRowBelow(_ key: AQITableKey) {
        let (scheme, table) = lookup(key)
        let step = Self.step(table)
        for (row, pair) in zip(table.breakpoints, table.breakpoints.dropFirst()).enumerated() where pair.1.low > pair.0.high {
            #expect(scheme.concentrationRounding == .truncate, "a gapped table needs truncation")
            let concentration = pair.0.high + step / 2
            guard case let .success(found) = scheme.subIndex(concentration, table: table) else {
                Issue.record("row \(row): \(concentration) has no index"); continue
            }
            #expect(found.value == Int(pair.0.indexHigh), "row \(row): \(concentration)")
        }
    }

    @Test(arguments: tables)
    func indexNeverFallsAsConcentrationRises(_ key: AQITableKey) {
        let (scheme, table) = lookup(key)
        let top = table.breakpoints.last!.high
        var previous: SubIndex?, above = false, problems: [String] = []
        for sample in 0...4000 {
            let concentration = top * 1.25 * Double(sample) / 4000
            switch scheme.subIndex(concentration, table: table) {
            case let .success(found):
                if above { problems.append("\(concentration) indexed after an earlier value was above the table") }
                if let previous, found.value < previous.value || found.exact < previous.exact - 1e-9 {
                    problems.append("\(concentration) → \(found.exact) after \(previous.concentration) → \(previous.exact)")
                }
                previous = found
            case .failure(.blankBelow):
                if previous != nil { problems.append("\(concentration) blank after an indexed value") }
            case .failure(.aboveTop):
                if concentration <= top { problems.append("\(concentration) counted above the top \(top)") }
                above = true
            case let .failure(reason):
                problems.append("\(concentration) → \(reason)")
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(5))")
    }

    @Test(arguments: tables)
    func negativeConcentrationsHaveNoIndex(_ key: AQITableKey) {
        let (scheme, table) = lookup(key)
        #expect(scheme.subIndex(-1.6, table: table) == .failure(.negative(-1.6))) // §6.2: a NowCast of −1.6 seen in real data (§8)
        #expect(scheme.subIndex(-0.0001, table: table) == .failure(.negative(-0.0001)))
    }
}

// MARK: - Traps

extension AQIBoundaryTests {
    func subIndex(_ id: String, _ pollutant: Pollutant, _ averaging: AQIScheme.Averaging, _ value: Double) -> Result<SubIndex, NoSubIndex> {
        let scheme = AQIFixtures.scheme(id)
        return scheme.subIndex(value, table: scheme.table(pollutant, averaging)!)
    }

    func value(_ result: Result<SubIndex, NoSubIndex>) -> Int? { try? result.get().value }

    @Test(arguments: [
        ("us-epa-2024", Pollutant.pm25, AQIScheme.Averaging.day, 9.05, 9.0, 50), // §6.2: 9.05 truncates to 9.0
        ("us-epa-2024", .pm25, .day, 9.0999, 9.0, 50), ("us-epa-2024", .pm25, .day, 35.45, 35.4, 100),
        ("us-epa-2012", .pm25, .day, 12.05, 12.0, 50), // §7 #13–14: the "12.05 between breakpoints" gotcha
        ("us-epa-2024", .o3, .eightHours, 0.0549, 0.054, 50), ("us-epa-2024", .co, .eightHours, 4.45, 4.4, 50), // §6.2
        ("us-epa-2024", .no2, .oneHour, 53.9, 53, 50), ("th-pcd-2023", .pm25, .day, 15.05, 15.0, 25), // §6.7: truncation chosen
    ])
    func gapValuesAreCutToTheRowBelow(id: String, pollutant: Pollutant, averaging: AQIScheme.Averaging, input: Double,
                                      cut: Double, expected: Int) throws {
        let found = try subIndex(id, pollutant, averaging, input).get()
        #expect(found.concentration == cut)
        #expect(found.value == expected)
    }

    @Test func epa2024ExtrapolatesAbove500AndDoesNotCap() {
        // §1.1 footnote 4, §6.2: the 301–500 line continues; pyairnow's 325.9 → 501 (500.996).
        #expect(value(subIndex("us-epa-2024", .pm25, .day, 325.9)) == 501)
        #expect(value(subIndex("us-epa-2024", .pm25, .day, 400.0)) == 649)
        #expect(value(subIndex("us-epa-2024", .pm25, .day, 500.4)) == 849)
        #expect(value(subIndex("us-epa-2024", .pm10, .day, 700)) == 607)
        #expect((value(subIndex("us-epa-2024", .pm25, .day, 1000)) ?? 0) > 1800)
        #expect(AQIFixtures.scheme("us-epa-2024").category(of: 849)?.rank == 6)
    }

    @Test func ozoneEightHourAboveTheTopSendsToTheOneHourTable() {
        // §1.1 footnote 2, §1.5, §6.2 (EPA); §2.1 note 3 (China 2012); §4.2 (VN, above 400 µg/m³).
        #expect(subIndex("us-epa-2024", .o3, .eightHours, 0.201) == .failure(.aboveTop(0.201, useTable: .oneHour)))
        #expect(subIndex("us-epa-2024", .o3, .eightHours, 0.2019) == .failure(.aboveTop(0.201, useTable: .oneHour)))
        #expect(value(subIndex("us-epa-2024", .o3, .eightHours, 0.2009)) == 300) // cut to 0.200
        #expect(subIndex("us-epa-2012", .o3, .eightHours, 0.201) == .failure(.aboveTop(0.201, useTable: .oneHour)))
        #expect(subIndex("cn-hj633-2012", .o3, .eightHours, 801) == .failure(.aboveTop(801, useTable: .oneHour)))
        #expect(subIndex("vn-1459-2019", .o3, .eightHours, 401) == .failure(.aboveTop(401, useTable: .oneHour)))
        // And the blank cell below the O3 1-h table (§1.5: 0.104 ppm is ignored).
        #expect(subIndex("us-epa-2024", .o3, .oneHour, 0.104) == .failure(.blankBelow(0.104)))
    }

    @Test func calculatorReadsOzoneAboveTheEightHourTableFromTheOneHourValue() throws {
        // §1.5: an 8-h O3 above 0.200 ppm has no 8-h index; the 1-h index is used: 0.250 ppm → 223.39 → 223.
        let day = AQIFixtures.calculator("us-epa-2024").daily([AQIFixtures.series(.o3, .ppm, 0.25, hours: 24)], timeZone: AQIFixtures.utc)
        let result = try #require(day.first)
        #expect(result.aqi == 223)
        #expect(result.primary == [.o3])
        // Both O3 inputs (daily max 8-h, sent on to the 1-h table, and daily max 1-h) end on the 1-h table.
        let ozone = result.parts.filter { $0.pollutant == .o3 }
        #expect(ozone.map(\.statistic) == [.dailyMax1h, .dailyMax1h])
        #expect(ozone.map { $0.subIndex?.averaging } == [.oneHour, .oneHour])
        #expect(ozone.map { $0.subIndex?.value } == [223, 223])
    }

    @Test(arguments: [(0.6, 3), (5.4, 23), (7.8, 33), (10.2, 43)])
    func pre2024HalvesRoundUpThroughTheNowCast(nowcast: Double, expected: Int) throws {
        // §6.5: real AirNow hours whose exact index is x.5; banker's rounding would give one less. Twelve equal hours
        // make a NowCast that Double computes as 0.5999999999999999 etc.; cut naively to 0.1 that would be 0.5.
        let exact = try subIndex("us-epa-2012", .pm25, .day, nowcast).get()
        #expect(abs(exact.exact - (Double(expected) - 0.5)) < 1e-9)
        #expect(exact.value == expected)
        let hours = AQIFixtures.calculator("us-epa-2012").hourly([AQIFixtures.series(.pm25, .microgramsPerCubicMetre, nowcast, hours: 12)])
        #expect(hours.last?.aqi == expected)
        #expect(hours.last?.parts.first?.subIndex?.concentration == nowcast)
    }

    @Test func chinaRoundsTheIndexUp() {
        // §0.3, §2.3: 进位取整. 2012 uses concentrations as measured: 36 → 51.25 → 52; 35.5 → 50.625 → 51 (§6.1).
        #expect(value(subIndex("cn-hj633-2012", .pm25, .day, 36)) == 52)
        #expect(value(subIndex("cn-hj633-2012", .pm25, .day, 35.5)) == 51)
        #expect(value(subIndex("cn-hj633-2012", .pm25, .day, 35.0001)) == 51)
        // 2026 rounds concentrations to integers by GB/T 8170 (half to even; CO to 0.1 mg/m³) before the lookup (§0.1, §2.3).
        #expect(value(subIndex("cn-hj633-2026", .pm25, .day, 35.5)) == 52) // → 36
        #expect(value(subIndex("cn-hj633-2026", .pm25, .day, 34.5)) == 49) // → 34: 48.57 → 49
        #expect(value(subIndex("cn-hj633-2026", .pm25, .day, 35.4)) == 50) // → 35
        #expect(value(subIndex("cn-hj633-2026", .co, .day, 2.05)) == 50) // → 2.0
        #expect(value(subIndex("cn-hj633-2026", .co, .day, 2.15)) == 55) // → 2.2: 55.0
    }

    @Test func china2026FixesSO2OneHourAndOzoneEightHourAbove800() {
        // §0.1, §2.2 notes b and c, §6.4: SO2 1-h > 800 counts as 200, O3 8-h > 800 as 300; 2012 switches tables.
        #expect(value(subIndex("cn-hj633-2026", .so2, .oneHour, 801)) == 200)
        #expect(value(subIndex("cn-hj633-2026", .so2, .oneHour, 5000)) == 200)
        #expect(value(subIndex("cn-hj633-2026", .o3, .eightHours, 801)) == 300)
        #expect(value(subIndex("cn-hj633-2026", .o3, .eightHours, 1000)) == 300)
        #expect(subIndex("cn-hj633-2012", .so2, .oneHour, 801) == .failure(.aboveTop(801, useTable: .day)))
        // Hourly, 2012: the SO2 1-h value above 800 is read as the 24-h running mean, 801 → 200.125 → 201.
        let hours = AQIFixtures.calculator("cn-hj633-2012").hourly([AQIFixtures.series(.so2, .microgramsPerCubicMetre, 801, hours: 24)])
        let so2 = hours.last?.parts.first { $0.pollutant == .so2 }
        #expect(so2?.statistic == .running24h)
        #expect(so2?.subIndex?.value == 201)
        let new = AQIFixtures.calculator("cn-hj633-2026").hourly([AQIFixtures.series(.so2, .microgramsPerCubicMetre, 801, hours: 1)])
        #expect(new.last?.aqi == 200)
    }
}
