import Foundation

/// Daily, monthly and yearly summaries of one parameter's series in the station's local calendar, each with
/// its coverage as OpenAQ reports it: the values counted, the values expected at the series' sampling
/// interval, and the share (`coverage` = 100 × count ÷ expected, at most 100). A mean of three hours is thus
/// never taken for a full day's.
///
/// Expected counts: an hourly series expects one value per clock hour of the period in the station's zone
/// (23 or 25 on a clock-change day); a monthly series expects one per calendar month (12 a year, 1 a month;
/// a daily summary of a monthly series expects 1 on the days it has a value and is not meaningful otherwise).
public enum SeriesAggregation {
    /// The calendar unit of a summary.
    public enum Period: String, Sendable, CaseIterable {
        case day, month, year
    }

    /// How often a series is meant to be sampled.
    public enum Interval: String, Sendable {
        /// Continuous monitors (air): one value an hour.
        case hour
        /// Grab samples of a monitoring network (MRC water quality): one a month.
        case month
    }

    /// One period's summary.
    public struct Summary: Sendable, Equatable {
        /// The local period: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
        public let period: String
        /// The period's first instant and the next period's first instant, UTC.
        public let start: Date
        public let end: Date
        public let count: Int
        public let expected: Int
        /// Percent of the expected values present, 0–100.
        public let coverage: Double
        public let mean: Double
        public let minimum: Double
        public let maximum: Double
    }

    /// Summaries of `values` (time, value; any order) per `period` in `timeZone`, oldest first; periods
    /// without a value are left out.
    public static func summarize(_ values: [(time: Date, value: Double)], period: Period, interval: Interval,
                                 timeZone: TimeZone) -> [Summary] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let component: Calendar.Component = period == .day ? .day : period == .month ? .month : .year
        let groups = Dictionary(grouping: values) { entry in
            calendar.dateInterval(of: component, for: entry.time)?.start ?? entry.time
        }
        return groups.keys.sorted().map { start in
            let list = groups[start]!.map(\.value)
            let end = calendar.date(byAdding: component, value: 1, to: start) ?? start
            let expected = expectedCount(from: start, to: end, period: period, interval: interval)
            let count = list.count
            return Summary(period: label(start, period: period, calendar: calendar), start: start, end: end, count: count,
                           expected: expected, coverage: min(100, (Double(count) / Double(max(expected, 1)) * 1000).rounded() / 10),
                           mean: list.reduce(0, +) / Double(count), minimum: list.min()!, maximum: list.max()!)
        }
    }

    static func expectedCount(from start: Date, to end: Date, period: Period, interval: Interval) -> Int {
        switch (interval, period) {
        case (.hour, _): Int((end.timeIntervalSince(start) / 3_600).rounded())
        case (.month, .year): 12
        case (.month, _): 1
        }
    }

    static func label(_ start: Date, period: Period, calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: start)
        switch period {
        case .day: return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        case .month: return String(format: "%04d-%02d", parts.year ?? 0, parts.month ?? 0)
        case .year: return String(format: "%04d", parts.year ?? 0)
        }
    }
}
