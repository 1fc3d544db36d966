import Foundation
import Testing
@testable import LMHubCore

/// Local-calendar summaries with OpenAQ-style coverage.
struct SeriesAggregationTests {
    @Test func aClockChangeDayExpects23Hours() throws {
        let zone = try #require(TimeZone(identifier: "America/New_York"))
        // 2018-03-11, the US clock change: 00:00 EST is 05:00Z; the local day has 23 hours.
        let start = Date(timeIntervalSince1970: 1_520_744_400)
        let values = (0..<23).map { (time: start.addingTimeInterval(Double($0) * 3_600), value: Double($0)) }
        let days = SeriesAggregation.summarize(values, period: .day, interval: .hour, timeZone: zone)
        #expect(days.map(\.period) == ["2018-03-11"])
        #expect(days.first?.expected == 23)
        #expect(days.first?.coverage == 100)
        #expect(days.first?.mean == 11)
    }

    @Test func hoursSplitAtLocalMidnightNotUTC() throws {
        let zone = try #require(TimeZone(identifier: "Asia/Phnom_Penh"))
        // 16:00Z and 17:00Z on 2018-01-01 are 23:00 on the 1st and 00:00 on the 2nd in Phnom Penh.
        let values = [(time: Date(timeIntervalSince1970: 1_514_822_400), value: 10.0), (time: Date(timeIntervalSince1970: 1_514_826_000), value: 30.0)]
        let days = SeriesAggregation.summarize(values, period: .day, interval: .hour, timeZone: zone)
        #expect(days.map(\.period) == ["2018-01-01", "2018-01-02"])
        #expect(days.map(\.count) == [1, 1])
        #expect(days.map(\.coverage) == [4.2, 4.2])
        let months = SeriesAggregation.summarize(values, period: .month, interval: .hour, timeZone: zone)
        #expect(months.map(\.expected) == [744])
    }

    @Test func monthlySamplesExpectTwelveAYear() {
        let values = (0..<9).map { (time: Date(timeIntervalSince1970: 1_262_304_000 + Double($0) * 30 * 86_400), value: 7.0) }
        let years = SeriesAggregation.summarize(values, period: .year, interval: .month, timeZone: .gmt)
        #expect(years.map(\.period) == ["2010"])
        #expect(years.first?.expected == 12)
        #expect(years.first?.coverage == 75)
    }
}
