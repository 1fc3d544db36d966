import Foundation

/// An SVG time-series chart of one parameter, with a standard's class limits drawn as coloured bands.
public struct TimeSeriesChart: Sendable {
    public struct Point: Sendable {
        public let time: Date
        public let value: Double
        public let censored: Bool
        public let label: String

        public init(time: Date, value: Double, censored: Bool, label: String) {
            self.time = time
            self.value = value
            self.censored = censored
            self.label = label
        }
    }

    /// A value range that one class covers.
    public struct Band: Sendable {
        public let lower: Double
        public let upper: Double
        public let rank: Int
        public let label: String
        /// `#RRGGBB` where the scheme gives its own colour (AQI categories); else the class palette's.
        public let colour: String?

        public init(lower: Double, upper: Double, rank: Int, label: String, colour: String? = nil) {
            self.lower = lower
            self.upper = upper
            self.rank = rank
            self.label = label
            self.colour = colour
        }
    }

    let width = 760.0, height = 300.0
    let left = 56.0, right = 48.0, top = 12.0, bottom = 28.0
    /// The zone of the time axis' labels: years, and days on a chart of two weeks or less.
    let timeZone: TimeZone

    public init(timeZone: TimeZone = .gmt) {
        self.timeZone = timeZone
    }

    /// The `<svg>` element; `unit` labels the y axis, `title` is the accessible name.
    public func render(points: [Point], bands: [Band], unit: String, title: String) -> String {
        guard let first = points.first?.time, let last = points.last?.time else { return "" }
        let values = points.map(\.value)
        let firstLimit = bands.flatMap { [$0.lower, $0.upper] }.filter { $0 > 0 && $0.isFinite }.min() ?? 0
        let top = Self.niceCeiling(max(values.max() ?? 1, firstLimit) * 1.1)
        let bottom = min(values.min() ?? 0, 0)
        let span = max(last.timeIntervalSince(first), 86_400)
        let plotWidth = width - left - right, plotHeight = height - self.top - self.bottom
        func x(_ time: Date) -> Double { left + time.timeIntervalSince(first) / span * plotWidth }
        func y(_ value: Double) -> Double { self.top + (top - min(max(value, bottom), top)) / (top - bottom) * plotHeight }

        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(SVG.n(width)) \(SVG.n(height))" role="img" \
        aria-label="\(SVG.escape(title))" class="chart">
        """
        for band in bands where band.upper > bottom && band.lower < top {
            let y0 = y(band.upper), y1 = y(band.lower)
            svg += "<rect x=\"\(SVG.n(left))\" y=\"\(SVG.n(y0))\" width=\"\(SVG.n(plotWidth))\" height=\"\(SVG.n(y1 - y0))\" "
            svg += "fill=\"\(band.colour ?? ClassPalette.colour(rank: band.rank))\" fill-opacity=\"0.18\"><title>\(SVG.escape(band.label))</title></rect>"
            svg += "<text x=\"\(SVG.n(width - right + 4))\" y=\"\(SVG.n((y0 + y1) / 2 + 4))\" font-size=\"11\">\(SVG.escape(band.label))</text>"
        }
        for tick in Self.ticks(from: bottom, to: top) {
            svg += "<line x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(width - right))\" y1=\"\(SVG.n(y(tick)))\" y2=\"\(SVG.n(y(tick)))\" stroke=\"#ccc\" stroke-width=\"0.5\"/>"
            svg += "<text x=\"\(SVG.n(left - 4))\" y=\"\(SVG.n(y(tick) + 4))\" font-size=\"11\" text-anchor=\"end\">\(Self.format(tick))</text>"
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        for (start, label) in axisMarks(from: first, to: last, span: span, calendar: calendar) {
            svg += "<line x1=\"\(SVG.n(x(start)))\" x2=\"\(SVG.n(x(start)))\" y1=\"\(SVG.n(self.top))\" y2=\"\(SVG.n(height - self.bottom))\" stroke=\"#ddd\" stroke-width=\"0.5\"/>"
            svg += "<text x=\"\(SVG.n(x(start)))\" y=\"\(SVG.n(height - 10))\" font-size=\"11\" text-anchor=\"middle\">\(label)</text>"
        }
        svg += "<text x=\"12\" y=\"\(SVG.n(self.top + plotHeight / 2))\" font-size=\"11\" transform=\"rotate(-90 12 \(SVG.n(self.top + plotHeight / 2)))\" text-anchor=\"middle\">\(SVG.escape(unit))</text>"
        let gap = Self.gapThreshold(points.map(\.time))
        let line = points.enumerated().map { index, point in
            let move = index == 0 || point.time.timeIntervalSince(points[index - 1].time) > gap
            return "\(move ? "M" : "L")\(SVG.n(x(point.time))) \(SVG.n(y(point.value)))"
        }.joined()
        svg += "<path d=\"\(line)\" fill=\"none\" stroke=\"#555\" stroke-width=\"1\"/>"
        for point in points {
            svg += "<circle cx=\"\(SVG.n(x(point.time)))\" cy=\"\(SVG.n(y(point.value)))\" r=\"2.6\" "
            svg += point.censored ? "fill=\"#fff\" stroke=\"#222\">" : "fill=\"#222\">"
            svg += "<title>\(SVG.escape(point.label))</title></circle>"
        }
        return svg + "</svg>"
    }

    /// Year starts on long charts; day starts (`MM-DD`) on charts of two weeks or less.
    private func axisMarks(from first: Date, to last: Date, span: TimeInterval, calendar: Calendar) -> [(Date, String)] {
        if span <= 14 * 86_400 {
            var marks: [(Date, String)] = []
            var day = calendar.startOfDay(for: first)
            while day <= last {
                if day >= first {
                    let parts = calendar.dateComponents([.month, .day], from: day)
                    marks.append((day, String(format: "%02d-%02d", parts.month ?? 0, parts.day ?? 0)))
                }
                day = calendar.date(byAdding: .day, value: 1, to: day) ?? last.addingTimeInterval(1)
            }
            return marks
        }
        let years = calendar.component(.year, from: first)...calendar.component(.year, from: last)
        return years.compactMap { year in
            guard let start = calendar.date(from: DateComponents(year: year, month: 1, day: 1)), start >= first, start <= last else { return nil }
            return (start, String(year))
        }
    }

    /// The line breaks where two points are more than three times the median spacing apart, so that a
    /// gap in sampling does not look like a measured trend.
    static func gapThreshold(_ times: [Date]) -> TimeInterval {
        let spacings = zip(times.dropFirst(), times).map { $0.timeIntervalSince($1) }.sorted()
        guard !spacings.isEmpty else { return .infinity }
        return 3 * spacings[spacings.count / 2]
    }

    /// The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten at or above `value`.
    static func niceCeiling(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        let exponent = floor(log10(value))
        let scaled = { (multiple: Double) in exponent >= 0 ? multiple * pow(10, exponent) : multiple / pow(10, -exponent) }
        return [1.0, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map(scaled).first { $0 >= value * (1 - 1e-12) } ?? scaled(10)
    }

    static func ticks(from low: Double, to high: Double) -> [Double] {
        let step = niceCeiling((high - low) / 5)
        return stride(from: (low / step).rounded(.up) * step, through: high + step * 1e-9, by: step).map { $0 }
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%g", value)
    }
}
