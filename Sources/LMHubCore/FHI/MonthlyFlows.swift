import Foundation

/// A month of the Gregorian calendar.
public struct YearMonth: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    /// 1–12.
    public let month: Int

    /// `nil` unless `month` is 1–12.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// The number of days of the month (29 in February of a Gregorian leap year).
    public var dayCount: Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The first month of the year that holds this month, for years starting in `startMonth` (1: calendar years;
    /// 10: water years October–September, so September 1987 is in the year of October 1986).
    public func yearStart(startMonth: Int) -> YearMonth {
        YearMonth(uncheckedYear: month >= startMonth ? year : year - 1, month: startMonth)
    }

    /// The month `count` months later.
    public func adding(months count: Int) -> YearMonth {
        let index = year * 12 + (month - 1) + count
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        return YearMonth(uncheckedYear: year, month: index - year * 12 + 1)
    }

    private init(uncheckedYear year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    /// `YYYY-MM`.
    public var description: String { String(format: "%04d-%02d", year, month) }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, let value = YearMonth(year: parts[0], month: parts[1]) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected YYYY-MM, found '\(text)'"))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// The mean regulated (current) and unregulated (natural) flow of one month at one station, in one unit
/// (any: AAPFD is a ratio); `nil` where the month has no value. A missing month is never a zero.
public struct MonthlyFlow: Sendable, Hashable, Codable {
    public let month: YearMonth
    public let regulated: Double?
    public let unregulated: Double?

    public init(month: YearMonth, regulated: Double?, unregulated: Double?) {
        self.month = month
        self.regulated = regulated
        self.unregulated = unregulated
    }
}

/// The regulated and unregulated flow of one day at one station; `nil` where the day has no value.
public struct DailyFlow: Sendable, Hashable, Codable {
    public let month: YearMonth
    /// 1–31.
    public let day: Int
    public let regulated: Double?
    public let unregulated: Double?

    public init(month: YearMonth, day: Int, regulated: Double?, unregulated: Double?) {
        self.month = month
        self.day = day
        self.regulated = regulated
        self.unregulated = unregulated
    }
}

/// When daily flows make a monthly mean: the share of the month's days on which both the regulated and the
/// unregulated flow have a value (both means are taken over those same days). LMHub's rule, by default every
/// day (modelled series, the usual DvNF input, are complete; a gap in gauged data is then seen, not averaged
/// over); lower it explicitly to accept gaps.
public struct MonthCompleteness: Sendable, Hashable, Codable {
    /// 0–1; 1 = every day of the month.
    public let minimumShare: Double

    public init(minimumShare: Double = 1) {
        self.minimumShare = min(1, max(0, minimumShare))
    }

    /// The number of paired days a month of `days` days needs.
    public func requiredDays(of days: Int) -> Int {
        max(1, Int((minimumShare * Double(days) - 1e-9).rounded(.up)))
    }
}

/// A month that daily flows did not fill enough to give a mean.
public struct IncompleteMonth: Sendable, Hashable, Codable {
    public let month: YearMonth
    /// Days with both flows.
    public let pairedDays: Int
    /// Days the rule asks for.
    public let requiredDays: Int

    public init(month: YearMonth, pairedDays: Int, requiredDays: Int) {
        self.month = month
        self.pairedDays = pairedDays
        self.requiredDays = requiredDays
    }
}

public enum MonthlyFlows {
    /// Averages daily flows (one entry a day; a later entry for the same day replaces an earlier one) to
    /// monthly means over the days that have both flows. A month with fewer such days than `completeness`
    /// asks has no mean (both `nil`) and is listed in `incomplete`; months without any day are not returned.
    public static func average(_ days: [DailyFlow], completeness: MonthCompleteness = MonthCompleteness())
        -> (months: [MonthlyFlow], incomplete: [IncompleteMonth]) {
        var byMonth: [YearMonth: [Int: DailyFlow]] = [:]
        for day in days { byMonth[day.month, default: [:]][day.day] = day }
        var months: [MonthlyFlow] = [], incomplete: [IncompleteMonth] = []
        for (month, list) in byMonth.sorted(by: { $0.key < $1.key }) {
            let paired = list.sorted { $0.key < $1.key }.map(\.value).compactMap { day in day.regulated.flatMap { r in day.unregulated.map { (r, $0) } } }
            let required = completeness.requiredDays(of: month.dayCount)
            guard paired.count >= required else {
                incomplete.append(IncompleteMonth(month: month, pairedDays: paired.count, requiredDays: required))
                months.append(MonthlyFlow(month: month, regulated: nil, unregulated: nil))
                continue
            }
            let count = Double(paired.count)
            months.append(MonthlyFlow(month: month, regulated: paired.reduce(0) { $0 + $1.0 } / count,
                                      unregulated: paired.reduce(0) { $0 + $1.1 } / count))
        }
        return (months, incomplete)
    }
}
