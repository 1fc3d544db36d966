import Foundation

/// One pollutant's part in an index: the statistic read, its value, and the sub-index or why there is none.
public struct PollutantIndex: Sendable {
    public let pollutant: Pollutant
    public let statistic: AQIScheme.Statistic
    /// The statistic in the series' unit (`nil`: not enough valid hours).
    public let value: Double?
    public let subIndex: SubIndex?
    public let missing: NoSubIndex?
}

/// An index for one hour or one day: the maximum of the sub-indices, its category and primary pollutants.
public struct AQIResult: Sendable {
    /// Start of the hour, or of the local day.
    public let time: Date
    /// `nil` when no pollutant has an index.
    public let aqi: Int?
    public let category: AQIScheme.Category?
    /// Rank of `category`, 1 = best.
    public let categoryRank: Int?
    /// The pollutants whose sub-index is the index (all of them when tied).
    public let primary: [Pollutant]
    public let parts: [PollutantIndex]
    /// The scheme's mark when a primary pollutant's concentration lies above its table (EPA: "Beyond Index",
    /// as the US Embassy monitors published it); `nil` otherwise and for schemes with an open top category.
    public let beyondIndex: LocalizedText?

    public init(time: Date, aqi: Int?, category: AQIScheme.Category?, categoryRank: Int?, primary: [Pollutant], parts: [PollutantIndex],
                beyondIndex: LocalizedText? = nil) {
        self.time = time
        self.aqi = aqi
        self.category = category
        self.categoryRank = categoryRank
        self.primary = primary
        self.parts = parts
        self.beyondIndex = beyondIndex
    }
}

/// Computes a scheme's hourly and daily index from hourly series, each pollutant read as the scheme's
/// ``AQIScheme/hourly`` and ``AQIScheme/daily`` inputs say, converted to the table's unit at the scheme's
/// reference temperature. A value above a table that sends it to another (O3 8-h → 1-h) is read again
/// against that table (China 2012: SO2 1-h above 800 µg/m³ → the 24-h mean), and where that table gives none
/// either, the table's `otherwiseIndex` (EPA: SO2 1-h ≥ 305 ppb with a 24-h mean below 305 → exactly 200).
/// The index is the largest sub-index. Rules in words (``AQIScheme/rules``) are listed in the data.
public struct AQICalculator: Sendable {
    public let scheme: AQIScheme
    public let constants: AirPollutants
    private let nowcast: NowCast?

    public init(scheme: AQIScheme, constants: AirPollutants) {
        self.scheme = scheme
        self.constants = constants
        nowcast = scheme.nowcast.map(NowCast.init)
    }

    /// One result per clock hour from the earliest to the latest hour of any series, each at the start of its
    /// hour on the series' clock (``HourlySeries/clock``: the series of one station share their zone's).
    public func hourly(_ series: [HourlySeries]) -> [AQIResult] {
        let clock = Self.clock(of: series)
        return Self.hours(of: series, on: clock).map { hour in
            let parts = scheme.hourly.compactMap { input -> PollutantIndex? in
                guard let run = series.first(where: { $0.pollutant == input.pollutant }) else { return nil }
                let index = hour - clock.hour(of: run.start)
                return part(input, run: run) { statistic in hourlyStatistic(statistic, run: run, index: index) }
            }
            return result(at: clock.start(of: hour), parts)
        }
    }

    /// One result per local day (in `timeZone`, midnight to midnight) that any series touches, at the day's
    /// start; a day's maxima and means need the same share of valid hours
    /// (``AirPollutants/runningMeanMinimumShare``), so three hours make no daily index.
    public func daily(_ series: [HourlySeries], timeZone: TimeZone) -> [AQIResult] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let clock = Self.clock(of: series)
        let days = Set(Self.hours(of: series, on: clock).map { calendar.startOfDay(for: clock.start(of: $0)) }).sorted()
        return days.map { day in
            let shift = scheme.dayEndsAtMidnight == true ? 1 : 0
            let first = clock.hour(of: day) + shift, last = clock.hour(of: calendar.date(byAdding: .day, value: 1, to: day) ?? day) - 1 + shift
            let parts = scheme.daily.compactMap { input -> PollutantIndex? in
                guard let run = series.first(where: { $0.pollutant == input.pollutant }) else { return nil }
                let offset = clock.hour(of: run.start)
                return part(input, run: run) { statistic in dailyStatistic(statistic, run: run, from: first - offset, to: last - offset) }
            }
            return result(at: day, parts)
        }
    }

    private func part(_ input: AQIScheme.Input, run: HourlySeries, statistic: (AQIScheme.Statistic) -> Double?) -> PollutantIndex {
        let value = statistic(input.statistic)
        guard let value, let table = scheme.table(input.pollutant, input.table) else {
            return PollutantIndex(pollutant: input.pollutant, statistic: input.statistic, value: value, subIndex: nil, missing: nil)
        }
        switch indexed(value, run: run, table: table) {
        case let .success(subIndex):
            return PollutantIndex(pollutant: input.pollutant, statistic: input.statistic, value: value, subIndex: subIndex, missing: nil)
        case let .failure(.aboveTop(_, useTable: other?)):
            let fallback: AQIScheme.Statistic = other == .oneHour ? (input.statistic.isDaily ? .dailyMax1h : .mean1h)
                : (input.statistic.isDaily ? .dailyMean : .running24h)
            let second = statistic(fallback).flatMap { value in scheme.table(input.pollutant, other).map { (value, $0) } }
            if let subIndex = second.flatMap({ try? indexed($0.0, run: run, table: $0.1).get() }) {
                return PollutantIndex(pollutant: input.pollutant, statistic: fallback, value: second?.0, subIndex: subIndex, missing: nil)
            }
            guard let fixed = scheme.table(input.pollutant, input.table)?.aboveTop.otherwiseIndex else {
                return PollutantIndex(pollutant: input.pollutant, statistic: fallback, value: second?.0, subIndex: nil, missing: nil)
            }
            let subIndex = SubIndex(pollutant: input.pollutant, averaging: input.table, concentration: value, exact: fixed, value: Int(fixed))
            return PollutantIndex(pollutant: input.pollutant, statistic: input.statistic, value: value, subIndex: subIndex, missing: nil)
        case let .failure(reason):
            return PollutantIndex(pollutant: input.pollutant, statistic: input.statistic, value: value, subIndex: nil, missing: reason)
        }
    }

    private func indexed(_ value: Double, run: HourlySeries, table: AQIScheme.Table) -> Result<SubIndex, NoSubIndex> {
        guard let converted = try? constants.convert(value, of: run.pollutant, from: run.unit, to: table.unit,
                                                     temperature: scheme.referenceTemperature) else {
            return .failure(.aboveTop(value, useTable: nil))
        }
        return scheme.subIndex(converted, table: table)
    }

    private func result(at time: Date, _ parts: [PollutantIndex]) -> AQIResult {
        let indexed = parts.compactMap { part in part.subIndex.map { (part.pollutant, $0.value) } }
        guard let aqi = indexed.map(\.1).max() else {
            return AQIResult(time: time, aqi: nil, category: nil, categoryRank: nil, primary: [], parts: parts)
        }
        let primary = Pollutant.allCases.filter { pollutant in indexed.contains { $0.0 == pollutant && $0.1 == aqi } }
        let category = scheme.category(of: aqi)
        let beyond = parts.contains { part in primary.contains(part.pollutant) && part.subIndex?.value == aqi && part.subIndex?.aboveTable == true }
        return AQIResult(time: time, aqi: aqi, category: category?.category, categoryRank: category?.rank, primary: primary, parts: parts,
                         beyondIndex: beyond ? scheme.beyondIndex?.label : nil)
    }

    private func hourlyStatistic(_ statistic: AQIScheme.Statistic, run: HourlySeries, index: Int) -> Double? {
        let share = constants.runningMeanMinimumShare
        switch statistic {
        case .nowcast: return nowcast?.value(in: run, endingAt: index)
        case .mean1h, .dailyMax1h: return run.mean1h(at: index)
        case .running8h, .dailyMax8h: return run.runningMean(endingAt: index, hours: 8, minimumShare: share)
        case .running24h, .dailyMean: return run.runningMean(endingAt: index, hours: 24, minimumShare: share)
        }
    }

    private func dailyStatistic(_ statistic: AQIScheme.Statistic, run: HourlySeries, from: Int, to: Int) -> Double? {
        let share = constants.runningMeanMinimumShare
        guard from <= to, from < run.count, to >= 0 else { return nil }
        let range = max(from, 0)...min(to, run.count - 1)
        switch statistic {
        case .dailyMean, .running24h, .nowcast:
            return HourlySeries.mean(run.values[range], of: to - from + 1, minimumShare: share)
        case .dailyMax1h, .mean1h:
            let valid = run.values[range].compactMap { $0 }
            return Double(valid.count) >= (Double(to - from + 1) * share).rounded(.up) ? valid.max() : nil
        case .dailyMax8h, .running8h:
            return range.compactMap { run.runningMean(endingAt: $0, hours: 8, minimumShare: share) }.max()
        }
    }

    /// The clock of the first series that has an hour (UTC's without any).
    static func clock(of series: [HourlySeries]) -> ClockHours {
        series.first { $0.count > 0 }?.clock ?? .utc
    }

    static func hours(of series: [HourlySeries], on clock: ClockHours) -> [Int] {
        let starts = series.filter { $0.count > 0 }.map { clock.hour(of: $0.start) }
        let ends = series.filter { $0.count > 0 }.map { clock.hour(of: $0.start) + $0.count - 1 }
        guard let first = starts.min(), let last = ends.max() else { return [] }
        return Array(first...last)
    }
}

extension AQIScheme.Statistic {
    var isDaily: Bool { self == .dailyMean || self == .dailyMax1h || self == .dailyMax8h }
}
