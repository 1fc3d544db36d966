import Foundation
import Testing
@testable import LMHubCore

/// AAPFD and DvNF on flows built so that every value is known by hand, and the FHI Toolbox's test figures.
@Suite("FHI DvNF")
struct DvNFTests {
    let dvnf = try! DvNF.bundled()
    static let natural: [Double] = [100, 80, 60, 50, 70, 150, 300, 500, 450, 300, 200, 130]
    /// Natural flow of year j is `natural × yearFactor[j]`; the factors average 1, so the month-of-year mean
    /// natural flow is `natural` and (m − n) / n̄ is exactly the deviation d put into month i of year j.
    static let yearFactor: [Double] = [0.8, 1.2, 0.9, 1.1, 1.0, 1.0]

    /// Six calendar years from 2001: unregulated N_i·s_j·scale, regulated N_i·(s_j + d_ij)·scale.
    static func flows(scale: Double, deviations: [[Int: Double]], natural: [Double] = natural) -> [MonthlyFlow] {
        yearFactor.indices.flatMap { j in
            (1...12).map { month in
                let base = natural[month - 1] * scale
                return MonthlyFlow(month: YearMonth(year: 2001 + j, month: month)!,
                                   regulated: base * (yearFactor[j] + (deviations[j][month] ?? 0)), unregulated: base * yearFactor[j])
            }
        }
    }

    /// The four stations of LMHub's own example (also `Fixtures/fhi/dvnf-four-stations-lmhub.csv`): per-year
    /// AAPFD by Pythagoras, S1 0.1k (k = 1 2 1 3 2 3) → 0.2; S2 √(0.27² + 0.36²) = 0.45; S3 1, 1, 1.5, 1.5, 1, 1.2 → 1.2;
    /// S4 3, 3, 2, 4, 3, 3 → 3.
    static let fourStations: [(station: String, months: [MonthlyFlow])] = [
        ("S1", flows(scale: 1, deviations: [1, 2, 1, 3, 2, 3].map { [1: 0.06 * $0, 2: 0.08 * $0] })),
        ("S2", flows(scale: 2, deviations: Array(repeating: [6: 0.27, 7: 0.36], count: 6))),
        ("S3", flows(scale: 0.5, deviations: [[3: 0.6, 4: 0.8], [3: -0.6, 4: 0.8], [3: 0.9, 4: 1.2], [3: 1.2, 4: -0.9], [3: 0.6, 4: -0.8], [3: 0.72, 4: 0.96]])),
        ("S4", flows(scale: 4, deviations: [[11: 1.8, 12: 2.4], [11: 1.8, 12: 2.4], [11: 1.2, 12: 1.6], [11: 2.4, 12: 3.2], [11: 1.8, 12: 2.4], [11: 1.8, 12: 2.4]])),
    ]

    @Test func fourStationsWithinOneBillionth() throws {
        let result = try dvnf.assess(Self.fourStations)
        let expected: [(aapfd: Double, years: [Double], dvnf: Double, meanRegulated: Double)] = [
            (0.2, [0.1, 0.2, 0.1, 0.3, 0.2, 0.3], 80, 6037.0 / 30),
            (0.45, Array(repeating: 0.45, count: 6), 62.5, 5077.0 / 12),
            (1.2, [1, 1, 1.5, 1.5, 1, 1.2], 56, 73241.0 / 720),
            (3, [3, 3, 2, 4, 3, 3], 20, 3062.0 / 3),
        ]
        for (station, want) in zip(result.stations, expected) {
            #expect(abs((station.aapfd.aapfd ?? -1) - want.aapfd) < 1e-9, "\(station.station)")
            #expect(zip(station.aapfd.years.map(\.aapfd), want.years).allSatisfy { abs($0 - $1) < 1e-9 }, "\(station.station)")
            #expect(abs((station.dvnf ?? -1) - want.dvnf) < 1e-9, "\(station.station)")
            #expect(abs((station.aapfd.meanRegulated ?? -1) - want.meanRegulated) < 1e-9, "\(station.station)")
        }
        // Σ w·DvNF / Σ w with w the mean regulated flows: 49428886 / 1257629 (exact fractions).
        #expect(abs((result.value ?? -1) - 49428886.0 / 1257629) < 1e-9)
        #expect(result.stations.map(\.aapfd.years.first?.label) == ["2001", "2001", "2001", "2001"])
        #expect(abs((try dvnf.assess(Self.fourStations, weighting: .equal).value ?? -1) - 54.625) < 1e-9)
        let areas = DvNFWeighting.area(["S1": 1, "S2": 2, "S3": 3, "S4": 4])
        #expect(abs((try dvnf.assess(Self.fourStations, weighting: areas).value ?? -1) - 45.3) < 1e-9)
        #expect(throws: DvNFError.self) { try dvnf.assess(Self.fourStations, weighting: .area(["S1": 1])) }
    }

    /// FHI Toolbox `FlowDeviationTests`: 10 stations × 60 months, regulated 10, unregulated 15 →
    /// AAPFD √(12 · (1/3)²) = 1.1547 → DvNF 80 − 20 · 1.1547 = 56.91 → 57.
    @Test func toolboxSmokeTestGives57() throws {
        let months = (0..<60).map { MonthlyFlow(month: YearMonth(year: 2000 + $0 / 12, month: $0 % 12 + 1)!, regulated: 10, unregulated: 15) }
        let result = try dvnf.assess((1...10).map { ("station \($0)", months) })
        #expect(abs((result.stations[0].aapfd.aapfd ?? 0) - (12.0 / 9).squareRoot()) < 1e-12)
        #expect(abs((result.value ?? 0) - (80 - 20 * (12.0 / 9).squareRoot())) < 1e-12)
        #expect(result.value?.rounded() == 57)
    }

    @Test func scoreKeepsCIsStepAtHalfAndAtTwo() {
        let scoring = dvnf.scoring
        #expect(scoring.score(aapfd: 0) == 100)
        #expect(abs((scoring.score(aapfd: 0.3) ?? 0) - 70) < 1e-12 && abs((scoring.score(aapfd: 0.3 - 1e-12) ?? 0) - 70) < 1e-9)
        #expect(abs((scoring.score(aapfd: 0.4999999) ?? 0) - 60.000005) < 1e-9)
        #expect(scoring.score(aapfd: 0.5) == 70)
        #expect(abs((scoring.score(aapfd: 1.9999999) ?? 0) - 40.000002) < 1e-9)
        #expect(scoring.score(aapfd: 2) == 30)
        #expect(scoring.score(aapfd: 5) == 0)
        #expect(scoring.score(aapfd: 12) == 0)
        #expect(scoring.score(aapfd: -1) == nil && scoring.score(aapfd: .nan) == nil)
    }

    /// The Toolbox reads a missing month as 0 (division by zero, NaN, DvNF 0). LMHub leaves the year out: the
    /// other five years' natural factors average 1.02, so each year's AAPFD is 0.1k / 1.02 and the net
    /// 0.1 · (1 + 2 + 3 + 2 + 3) / 5 / 1.02.
    @Test func aMissingMonthDropsItsYearNeverReadsZero() throws {
        let months = Self.fourStations[0].months.filter { $0.month != YearMonth(year: 2003, month: 5) }
        let result = try dvnf.assess([("S1", months)])
        let station = result.stations[0]
        #expect(station.aapfd.excludedYears.map(\.label) == ["2003"])
        #expect(station.aapfd.excludedYears.first?.missingMonths == [YearMonth(year: 2003, month: 5)!])
        #expect(abs((station.aapfd.aapfd ?? 0) - 0.1 * 11 / 5 / 1.02) < 1e-12)
        #expect(result.notes.contains { $0.contains("1 incomplete year left out") && $0.contains("never read as 0") })
        #expect(result.notes.contains { $0.contains("5 complete years; the DvNF method asks for at least 5") } == false)
        let empty = AAPFD.compute(months.map { MonthlyFlow(month: $0.month, regulated: nil, unregulated: $0.unregulated) })
        #expect(empty.aapfd == nil && empty.years.isEmpty && empty.excludedYears.count == 6)
    }

    /// The Toolbox's basin sum of 0 returns null when every station scores 0; LMHub gives 0.
    @Test func everyStationAtZeroGivesABasinOfZero() throws {
        let months = (0..<60).map { MonthlyFlow(month: YearMonth(year: 2000 + $0 / 12, month: $0 % 12 + 1)!, regulated: 100, unregulated: 10) }
        let result = try dvnf.assess([("A", months), ("B", months)])
        #expect(result.stations.map(\.dvnf) == [0, 0])
        #expect(result.value == 0)
    }

    @Test func aMonthWithZeroNaturalMeanIsReportedNotDividedBy() throws {
        var natural = Self.natural
        natural[6] = 0
        let months = Self.flows(scale: 1, deviations: Array(repeating: [1: 0.3, 2: 0.4], count: 6), natural: natural).map {
            $0.month.month == 7 ? MonthlyFlow(month: $0.month, regulated: 5, unregulated: 0) : $0
        }
        let result = AAPFD.compute(months)
        #expect(result.zeroNaturalMonths == [7])
        #expect(abs((result.aapfd ?? 0) - 0.5) < 1e-12)
        #expect(result.notes.contains { $0.contains("month 7 of the year has a mean natural flow of 0") })
    }

    /// Deviations 0.3 in December 2001 and 0.4 in January 2002, nothing else, 2001–2003. Calendar years:
    /// 0.3, 0.4, 0 → 0.7 / 3. Water years from October: 2001/02 holds both → 0.5, 2002/03 → 0; the partial
    /// years 2000/01 and 2003/04 are left out. Years from February (EflowStats #196 got such starts wrong):
    /// 2001/02 (Feb 2001 – Jan 2002) → 0.5, 2002/03 → 0.
    @Test func calendarAndWaterYears() {
        let months = (0..<36).map { index -> MonthlyFlow in
            let month = YearMonth(year: 2001 + index / 12, month: index % 12 + 1)!
            let d = month == YearMonth(year: 2001, month: 12) ? 0.3 : month == YearMonth(year: 2002, month: 1) ? 0.4 : 0
            return MonthlyFlow(month: month, regulated: Self.natural[month.month - 1] * (1 + d), unregulated: Self.natural[month.month - 1])
        }
        let calendar = AAPFD.compute(months)
        #expect(abs((calendar.aapfd ?? 0) - 0.7 / 3) < 1e-12)
        let october = AAPFD.compute(months, yearStartMonth: 10)
        #expect(october.years.map(\.label) == ["2001/02", "2002/03"])
        #expect(october.excludedYears.map(\.label) == ["2000/01", "2003/04"])
        #expect(abs((october.aapfd ?? 0) - 0.25) < 1e-12)
        let february = AAPFD.compute(months, yearStartMonth: 2)
        #expect(february.years.map(\.firstMonth) == [YearMonth(year: 2001, month: 2)!, YearMonth(year: 2002, month: 2)!])
        #expect(abs((february.years.first?.aapfd ?? 0) - 0.5) < 1e-12)
    }

    /// The Toolbox treats daily values as months. LMHub averages days to months first: days that wiggle around
    /// each monthly value give the monthly AAPFD; a month short of days has no mean.
    @Test func dailyFlowsAreAveragedToMonthsUnderTheCompletenessRule() {
        let monthly = Self.fourStations[0].months
        let days = monthly.flatMap { month in
            (1...month.month.dayCount).map { day -> DailyFlow in
                let wiggle = day == month.month.dayCount && month.month.dayCount % 2 == 1 ? 0 : (day % 2 == 0 ? 3.0 : -3.0)
                return DailyFlow(month: month.month, day: day, regulated: (month.regulated ?? 0) + wiggle, unregulated: (month.unregulated ?? 0) - wiggle)
            }
        }
        let averaged = MonthlyFlows.average(days)
        #expect(averaged.incomplete.isEmpty)
        #expect(abs((AAPFD.compute(averaged.months).aapfd ?? 0) - 0.2) < 1e-12)
        let gappy = days.filter { !($0.month == YearMonth(year: 2004, month: 2) && $0.day > 20) }
        let strict = MonthlyFlows.average(gappy)
        #expect(strict.incomplete == [IncompleteMonth(month: YearMonth(year: 2004, month: 2)!, pairedDays: 20, requiredDays: 29)])
        #expect(AAPFD.compute(strict.months).excludedYears.map(\.label) == ["2004"])
        #expect(MonthlyFlows.average(gappy, completeness: MonthCompleteness(minimumShare: 0.6)).incomplete.isEmpty)
        let unpaired = days.map { $0.month == YearMonth(year: 2001, month: 3) && $0.day == 1 ? DailyFlow(month: $0.month, day: 1, regulated: nil, unregulated: 5) : $0 }
        #expect(MonthlyFlows.average(unpaired).incomplete.first?.pairedDays == 30)
    }

    @Test func fewerYearsThanTheMethodAsksAreNoted() throws {
        let months = Array(Self.fourStations[0].months.prefix(36))
        let result = try dvnf.assess([("S1", months)])
        #expect(result.notes.contains("S1: 3 complete years; the DvNF method asks for at least 5"))
        #expect(result.value != nil)
    }

    @Test func resultBecomesAnIndexResultAndAScore() throws {
        let result = try dvnf.assess(Self.fourStations, weighting: .equal)
        let index = result.indexResult(subject: "example basin: deviation-from-natural-flow")
        #expect(index.index == "fhi-2020")
        #expect(index.components.map(\.weight) == [0.25, 0.25, 0.25, 0.25])
        #expect(index.coverage == IndexResult.Coverage(used: 4, expected: 4))
        #expect(result.score?.basis == .computed)
        #expect(result.score?.value == result.value)
    }
}
