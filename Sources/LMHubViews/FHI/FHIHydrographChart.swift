import Foundation
import LMHubCore

/// A DvNF station's flow regime as inline SVG: the mean unregulated (natural, dashed) and regulated (current,
/// solid) flow of each calendar month, January to December, in the flow file's unit.
enum FHIHydrographChart {
    static let width = 520.0, height = 260.0
    static let left = 58.0, right = 12.0, top = 30.0, bottom = 26.0
    static let natural = "#1f78b4", regulated = "#e6550d"

    /// The `<svg>` element, `nil` when no month has both flows.
    static func render(_ hydrograph: FHIHydrograph, language: String) -> String? {
        let values = hydrograph.months.flatMap { [$0.regulated, $0.unregulated] }.compactMap { $0 }
        guard let highest = values.max() else { return nil }
        let ceiling = TimeSeriesChart.niceCeiling(highest * 1.05)
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        func x(_ month: Int) -> Double { left + (Double(month) - 0.5) / 12 * plotWidth }
        func y(_ flow: Double) -> Double { top + (ceiling - flow) / ceiling * plotHeight }
        let names = Strings.text("fhi.months", language).split(separator: ",").map(String.init)
        let title = Strings.text("fhi.hydrograph", language) + ": " + hydrograph.station
        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(SVG.n(width)) \(SVG.n(height))" role="img" \
        aria-label="\(SVG.escape(title))" class="chart" font-size="11">
        """
        for tick in TimeSeriesChart.ticks(from: 0, to: ceiling) {
            svg += "<line x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(width - right))\" y1=\"\(SVG.n(y(tick)))\" y2=\"\(SVG.n(y(tick)))\" stroke=\"#ccc\" stroke-width=\"0.5\"/>"
            svg += "<text x=\"\(SVG.n(left - 4))\" y=\"\(SVG.n(y(tick) + 4))\" text-anchor=\"end\">\(TimeSeriesChart.format(tick))</text>"
        }
        for month in hydrograph.months where month.month <= names.count {
            svg += "<text x=\"\(SVG.n(x(month.month)))\" y=\"\(SVG.n(height - 8))\" text-anchor=\"middle\">\(SVG.escape(names[month.month - 1]))</text>"
        }
        let series: [(key: String, colour: String, dash: String, flow: (FHIHydrograph.Month) -> Double?)] = [
            ("fhi.unregulated", natural, " stroke-dasharray=\"6 4\"", \.unregulated),
            ("fhi.regulated", regulated, "", \.regulated),
        ]
        for (index, line) in series.enumerated() {
            let name = Strings.text(line.key, language)
            let points = hydrograph.months.compactMap { month in line.flow(month).map { (month, $0) } }
            let coordinates = points.map { "\(SVG.n(x($0.0.month))),\(SVG.n(y($0.1)))" }.joined(separator: " ")
            svg += "<polyline points=\"\(coordinates)\" fill=\"none\" stroke=\"\(line.colour)\" stroke-width=\"2\"\(line.dash)/>"
            for (month, flow) in points {
                let label = "\(name), \(names.indices.contains(month.month - 1) ? names[month.month - 1] : String(month.month)): \(String(format: "%.4g", flow)) (\(month.years))"
                svg += "<circle cx=\"\(SVG.n(x(month.month)))\" cy=\"\(SVG.n(y(flow)))\" r=\"3\" fill=\"\(line.colour)\"><title>\(SVG.escape(label))</title></circle>"
            }
            let keyX = left + 8 + Double(index) * 180
            svg += "<line x1=\"\(SVG.n(keyX))\" x2=\"\(SVG.n(keyX + 24))\" y1=\"14\" y2=\"14\" stroke=\"\(line.colour)\" stroke-width=\"2\"\(line.dash)/>"
            svg += "<text x=\"\(SVG.n(keyX + 30))\" y=\"18\">\(SVG.escape(name))</text>"
        }
        return svg + "</svg>"
    }
}
