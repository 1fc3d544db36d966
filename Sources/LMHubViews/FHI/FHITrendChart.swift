import Foundation
import LMHubCore

/// A basin's assessments over time as inline SVG: the three component scores (0–100) of each stored assessment
/// at its date, one line a component; an assessment where a component is not assessed leaves a gap, never a 0.
enum FHITrendChart {
    static let width = 640.0, height = 240.0
    static let left = 40.0, right = 16.0, top = 34.0, bottom = 26.0
    static let colours = ["#1a9850", "#2c7fb8", "#8856a7"]

    /// The `<svg>` element, `nil` for fewer than two assessments.
    static func render(_ entries: [FHIListPageModel.Entry], basin: String, language: String) -> String? {
        guard entries.count >= 2 else { return nil }
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        func x(_ index: Int) -> Double { left + (Double(index) + 0.5) / Double(entries.count) * plotWidth }
        func y(_ value: Double) -> Double { top + (100 - value) / 100 * plotHeight }
        let title = Strings.text("fhi.trend", language) + ": " + basin
        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(SVG.n(width)) \(SVG.n(height))" role="img" \
        aria-label="\(SVG.escape(title))" class="chart" font-size="11">
        """
        for tick in stride(from: 0.0, through: 100, by: 20) {
            svg += "<line x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(width - right))\" y1=\"\(SVG.n(y(tick)))\" y2=\"\(SVG.n(y(tick)))\" stroke=\"#ccc\" stroke-width=\"0.5\"/>"
            svg += "<text x=\"\(SVG.n(left - 4))\" y=\"\(SVG.n(y(tick) + 4))\" text-anchor=\"end\">\(Int(tick))</text>"
        }
        for (index, entry) in entries.enumerated() {
            svg += "<text x=\"\(SVG.n(x(index)))\" y=\"\(SVG.n(height - 8))\" text-anchor=\"middle\">\(SVG.escape(entry.date))</text>"
        }
        for (series, id) in FHIAssessmentPage.componentIDs.enumerated() {
            let colour = colours[series % colours.count]
            let name = Strings.text("fhi.short.\(id)", language)
            let values = entries.map { $0.components.first { $0.id == id }?.value }
            var run: [String] = []
            for (index, value) in values.enumerated() {
                if let value {
                    run.append("\(SVG.n(x(index))),\(SVG.n(y(value)))")
                    svg += "<circle cx=\"\(SVG.n(x(index)))\" cy=\"\(SVG.n(y(value)))\" r=\"3.5\" fill=\"\(colour)\">"
                    svg += "<title>\(SVG.escape("\(name), \(entries[index].date): \(String(format: "%.2f", value))"))</title></circle>"
                }
                if value == nil || index == values.count - 1 {
                    if run.count > 1 { svg += "<polyline points=\"\(run.joined(separator: " "))\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>" }
                    run = []
                }
            }
            let keyX = left + 8 + Double(series) * 200
            svg += "<line x1=\"\(SVG.n(keyX))\" x2=\"\(SVG.n(keyX + 20))\" y1=\"14\" y2=\"14\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
            svg += "<text x=\"\(SVG.n(keyX + 26))\" y=\"18\">\(SVG.escape(name))</text>"
        }
        return svg + "</svg>"
    }
}
