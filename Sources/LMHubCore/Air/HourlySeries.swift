import Foundation

/// One pollutant's hourly means at one station as a contiguous run of the station's clock hours (`nil` where
/// an hour is missing or invalid), and the statistics AQI schemes read from it. Hour *i* starts at `start + i`
/// hours; `start` is a whole hour of ``clock`` (01:30Z for 08:00 in Asia/Yangon, +06:30).
public struct HourlySeries: Sendable {
    public let pollutant: Pollutant
    public let unit: MeasurementUnit
    /// The clock whose hours the series counts: its zone's at the first reading.
    public let clock: ClockHours
    public let start: Date
    public private(set) var values: [Double?]

    /// Builds the run from readings; readings within one clock hour of `timeZone` (04:00, 04:30, 04:45) make
    /// that hour's mean of their valid values, so a sub-hourly feed gives hourly means.
    /// - Parameter timeZone: the station's zone, whose clock hours the means are of; UTC by default, which is
    ///   right only for zones offset by whole hours.
    public init(pollutant: Pollutant, unit: MeasurementUnit, timeZone: TimeZone = .gmt, readings: [(time: Date, value: Double?)]) {
        self.pollutant = pollutant
        self.unit = unit
        let clock = ClockHours(timeZone: timeZone, at: readings.map { $0.time }.min() ?? Date(timeIntervalSince1970: 0))
        self.clock = clock
        let hours = readings.map { clock.hour(of: $0.time) }
        let first = hours.min() ?? 0, last = hours.max() ?? -1
        start = clock.start(of: first)
        let slots = max(last - first + 1, 0)
        var sums = [Double](repeating: 0, count: slots), counts = [Int](repeating: 0, count: slots)
        for (hour, reading) in zip(hours, readings) {
            guard let value = reading.value else { continue }
            sums[hour - first] += value
            counts[hour - first] += 1
        }
        values = zip(sums, counts).map { sum, count in count == 0 ? nil : count == 1 ? sum : sum / Double(count) }
    }

    public var count: Int { values.count }

    public func time(of index: Int) -> Date { start.addingTimeInterval(Double(index) * 3600) }

    /// The hour's mean at `time` (the clock hour it falls in), if valid.
    public func mean1h(at time: Date) -> Double? {
        mean1h(at: clock.hour(of: time) - clock.hour(of: start))
    }

    /// The hour's mean, if valid.
    public func mean1h(at index: Int) -> Double? {
        values.indices.contains(index) ? values[index] : nil
    }

    /// The mean of the `hours` hours ending with hour `index`, when at least `minimumShare` of them are valid.
    public func runningMean(endingAt index: Int, hours: Int, minimumShare: Double) -> Double? {
        let from = max(index - hours + 1, 0)
        guard index >= 0, index < values.count else { return nil }
        return Self.mean(values[from...index], of: hours, minimumShare: minimumShare)
    }

    /// The last `hours` hours ending with hour `index`, newest first (for the NowCast).
    public func window(endingAt index: Int, hours: Int) -> ArraySlice<Double?> {
        guard index >= 0, index < values.count else { return [] }
        let from = max(index - hours + 1, 0)
        return ArraySlice(values[from...index].reversed())
    }

    /// The mean of the valid values among `slots` hours, when at least `minimumShare` of `slots` are valid.
    static func mean(_ hours: ArraySlice<Double?>, of slots: Int, minimumShare: Double) -> Double? {
        let valid = hours.compactMap { $0 }
        guard !valid.isEmpty, Double(valid.count) >= (Double(slots) * minimumShare).rounded(.up) else { return nil }
        return valid.reduce(0, +) / Double(valid.count)
    }
}
