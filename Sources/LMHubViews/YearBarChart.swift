/// An SVG bar chart of one index per year (0 to `maximum`), each bar in its band's colour and labelled with
/// its value; a year without an index shows a dash.
struct YearBarChart: Sendable {
    struct Bar: Sendable {
        let year: String
        let value: Double?
        /// Palette rank of the value's band (``ClassPalette``).
        let rank: Int?
        let label: String
    }

    let width = 370.0, height = 180.0
    let left = 34.0, right = 8.0, top = 16.0, bottom = 22.0

    func render(_ bars: [Bar], maximum: Double, title: String) -> String {
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let slot = plotWidth / Double(max(bars.count, 1))
        func y(_ value: Double) -> Double { top + plotHeight * (1 - min(max(value / maximum, 0), 1)) }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(SVG.n(width)) \(SVG.n(height))\" role=\"img\" aria-label=\"\(SVG.escape(title))\" class=\"chart small\">"
        svg += "<title>\(SVG.escape(title))</title>"
        for tick in [0, 0.5, 1.0] {
            let value = maximum * tick
            svg += "<line x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(width - right))\" y1=\"\(SVG.n(y(value)))\" y2=\"\(SVG.n(y(value)))\" stroke=\"#ccc\"/>"
            svg += "<text x=\"\(SVG.n(left - 4))\" y=\"\(SVG.n(y(value) + 4))\" text-anchor=\"end\" font-size=\"10\">\(SVG.escape(String(format: "%g", value)))</text>"
        }
        for (index, bar) in bars.enumerated() {
            let x = left + slot * Double(index), centre = x + slot / 2
            if let value = bar.value {
                svg += "<rect x=\"\(SVG.n(x + slot * 0.15))\" y=\"\(SVG.n(y(value)))\" width=\"\(SVG.n(slot * 0.7))\" height=\"\(SVG.n(y(0) - y(value)))\" fill=\"\(ClassPalette.colour(rank: bar.rank))\"><title>\(SVG.escape(bar.label))</title></rect>"
                svg += "<text x=\"\(SVG.n(centre))\" y=\"\(SVG.n(y(value) - 3))\" text-anchor=\"middle\" font-size=\"8\">\(SVG.escape(String(format: maximum > 10 ? "%.1f" : "%.2f", value)))</text>"
            } else {
                svg += "<text x=\"\(SVG.n(centre))\" y=\"\(SVG.n(y(0) - 3))\" text-anchor=\"middle\" font-size=\"10\"><title>\(SVG.escape(bar.label))</title>–</text>"
            }
            svg += "<text x=\"\(SVG.n(centre))\" y=\"\(SVG.n(height - 6))\" text-anchor=\"middle\" font-size=\"9\">\(SVG.escape(String(bar.year.suffix(2))))</text>"
        }
        return svg + "</svg>"
    }
}
