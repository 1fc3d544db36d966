import Foundation

/// A horizontal bar chart in SVG, to scale from a zero line: one row per label (a life-cycle module), one or more
/// bars per row (scenarios side by side), each bar stacked from segments (gases); positive segments stack to the
/// right of zero, negative ones to the left. Rows marked `apart` (module D) are drawn below a dashed line with its
/// caption, so that they are seen outside the total. Each bar's caption is written in a column on the right.
struct CarbonBarChart: Sendable {
    struct Segment: Sendable {
        let value: Double
        let colour: String
        /// The tooltip (`<title>`).
        let title: String
    }

    struct Bar: Sendable {
        let segments: [Segment]
        let caption: String
    }

    struct Row: Sendable {
        let label: String
        let bars: [Bar]
        let apart: Bool
    }

    var width = 760.0
    var labelWidth = 64.0, captionWidth = 190.0
    let barHeight = 16.0, barGap = 3.0, rowGap = 10.0, top = 8.0, axisHeight = 30.0, separatorHeight = 24.0

    /// The SVG of `rows` under `title` (also its accessible name); `apartCaption` labels the dashed line; `unit`
    /// labels the axis.
    func render(_ rows: [Row], title: String, apartCaption: String, unit: String) -> String {
        let x0: Double = labelWidth, x1: Double = width - captionWidth
        let bars: [Bar] = rows.flatMap(\.bars)
        let positives: [Double] = bars.map { bar in bar.segments.map(\.value).filter { $0 > 0 }.reduce(0, +) }
        let negatives: [Double] = bars.map { bar in bar.segments.map(\.value).filter { $0 < 0 }.reduce(0, +) }
        let low: Double = min(0, negatives.min() ?? 0)
        var high: Double = max(0, positives.max() ?? 0)
        if high == low { high = low + 1 }
        let ticks = Self.ticks(low: low, high: high)
        let lo: Double = min(low, ticks.first ?? low), hi: Double = max(high, ticks.last ?? high)
        func x(_ value: Double) -> Double { x0 + (value - lo) / (hi - lo) * (x1 - x0) }
        var y = top, body = ""
        var separated = false
        for row in rows {
            if row.apart, !separated {
                separated = true
                body += "<line x1=\"0\" x2=\"\(SVG.n(width))\" y1=\"\(SVG.n(y + 6))\" y2=\"\(SVG.n(y + 6))\" stroke=\"#555\" stroke-dasharray=\"5 4\"/>"
                body += "<text x=\"\(SVG.n(x0))\" y=\"\(SVG.n(y + 19))\" font-size=\"11\" fill=\"#555\">\(SVG.escape(apartCaption))</text>"
                y += separatorHeight
            }
            let rowHeight = Double(row.bars.count) * (barHeight + barGap) - barGap
            body += "<text x=\"\(SVG.n(x0 - 6))\" y=\"\(SVG.n(y + rowHeight / 2 + 4))\" text-anchor=\"end\" font-size=\"12\" font-weight=\"600\">\(SVG.escape(row.label))</text>"
            for bar in row.bars {
                var right = 0.0, left = 0.0
                for segment in bar.segments where segment.value != 0 {
                    let start = segment.value > 0 ? right : left + segment.value
                    if segment.value > 0 { right += segment.value } else { left += segment.value }
                    let from = x(start), to = x(start + abs(segment.value))
                    body += "<rect x=\"\(SVG.n(from))\" y=\"\(SVG.n(y))\" width=\"\(SVG.n(max(to - from, 0.6)))\" height=\"\(SVG.n(barHeight))\" fill=\"\(segment.colour)\"><title>\(SVG.escape(segment.title))</title></rect>"
                }
                body += "<text x=\"\(SVG.n(x1 + 8))\" y=\"\(SVG.n(y + barHeight - 4))\" font-size=\"11\">\(SVG.escape(bar.caption))</text>"
                y += barHeight + barGap
            }
            y += rowGap - barGap
        }
        let axis = y + 4
        var grid = ""
        for tick in ticks {
            grid += "<line x1=\"\(SVG.n(x(tick)))\" x2=\"\(SVG.n(x(tick)))\" y1=\"\(SVG.n(top - 4))\" y2=\"\(SVG.n(axis))\" stroke=\"\(tick == 0 ? "#333" : "#ddd")\"/>"
            grid += "<text x=\"\(SVG.n(x(tick)))\" y=\"\(SVG.n(axis + 13))\" text-anchor=\"middle\" font-size=\"10\">\(SVG.escape(CarbonFormat.number(tick, digits: 3)))</text>"
        }
        grid += "<text x=\"\(SVG.n(x1))\" y=\"\(SVG.n(axis + 26))\" text-anchor=\"end\" font-size=\"10\" fill=\"#555\">\(SVG.escape(unit))</text>"
        let height = axis + axisHeight
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(SVG.n(width)) \(SVG.n(height))\" role=\"img\" aria-label=\"\(SVG.escape(title))\" class=\"chart\">"
            + "<title>\(SVG.escape(title))</title>" + grid + body + "</svg>"
    }

    /// Round tick values covering `low`…`high` in steps of 1, 2 or 5 × 10ⁿ, about five of them, zero among them.
    static func ticks(low: Double, high: Double) -> [Double] {
        let raw = (high - low) / 5
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
        let first = floor(low / step), last = ceil(high / step)
        return stride(from: first, through: last, by: 1).map { $0 * step }
    }
}
