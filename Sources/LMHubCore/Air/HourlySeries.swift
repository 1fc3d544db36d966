import Foundation

/// One pollutant's hourly means at one station as a contiguous run of hours (`nil` where an hour is
/// missing or invalid), and the statistics AQI schemes read from it. Hour *i* starts at `start + i` hours.
public struct HourlySeries: Sendable {
    public let pollutant: Pollutant
    public let unit: MeasurementUnit
    public let start: Date
    public private(set) var values: [Double?]

    /// Builds the run from readings; readings within one hour (04:00, 04:30, 04:45) make that hour's mean
    /// of their valid values, so a sub-hourly feed gives hourly means.
    public init(pollutant: Pollutant, unit: MeasurementUnit, readings: [(time: Date, value: Double?)]) {
        self.pollutant = pollutant
        self.unit = unit
        let hours = readings.map { Int(($0.time.timeIntervalSince1970 / 3600).rounded(.down)) }
        let first = hours.min() ?? 0, last = hours.max() ?? -1
        start = Date(timeIntervalSince1970: Double(first) * 3600)
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

    /// The hour's mean at `time` (the hour it falls in), if valid.
    public func mean1h(at time: Date) -> Double? {
        mean1h(at: Int((time.timeIntervalSince1970 / 3600).rounded(.down)) - Int((start.timeIntervalSince1970 / 3600).rounded(.down)))
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
