import Foundation
import LMHubCore

/// The FHI circle plot as FHI report cards draw it, as inline SVG: the three components as the inner ring
/// (a third of the circle each: they are never combined), their indicators as the middle ring and the
/// sub-indicators as the outer ring, each arc a node's share of its parent (its weight), coloured by score
/// (``FHIScoreScale``); not-assessed nodes grey and labelled so. An indicator scored directly (Water Quality)
/// spans the middle and outer rings. Each arc links to the node's row of the page's table.
enum FHICirclePlot {
    static let size = 1000.0
    static let centre = 500.0
    /// Ring radii: the hole, components, indicators, sub-indicators; labels of the outer ring beyond it.
    static let radii = [78.0, 168.0, 255.0, 322.0]

    /// One drawn arc.
    struct Arc {
        let node: FHINodeResult
        let depth: Int
        let start: Double
        let end: Double
        /// The outer radius (a leaf indicator reaches the outer ring).
        let outer: Double
    }

    /// The `<svg>` element; `title` is its accessible name, `centre` the text in the hole.
    static func render(_ components: [FHINodeResult], title: String, centre lines: [String], language: String) -> String {
        let arcs = layout(components)
        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(SVG.n(size)) \(SVG.n(size))" role="img" \
        aria-label="\(SVG.escape(title))" class="chart fhi-circle" font-size="13">
        """
        for arc in arcs {
            let name = arc.node.name.text(language)
            let value = FHIScoreScale.format(arc.node.value, language)
            svg += "<a href=\"#node-\(SVG.escape(arc.node.id))\"><path d=\"\(path(arc.start, arc.end, radii[arc.depth], arc.outer))\" "
            svg += "fill=\"\(FHIScoreScale.colour(arc.node.value))\" stroke=\"#fff\" stroke-width=\"2\">"
            svg += "<title>\(SVG.escape("\(name): \(value)"))</title></path></a>"
        }
        for arc in arcs {
            svg += arc.depth == 2 ? outerLabel(arc, language: language) : ringLabel(arc, language: language)
        }
        for (index, line) in lines.enumerated() {
            let y = centre + (Double(index) - Double(lines.count - 1) / 2) * 20 + 5
            svg += "<text x=\"\(SVG.n(centre))\" y=\"\(SVG.n(y))\" text-anchor=\"middle\" font-weight=\"\(index == 0 ? "700" : "400")\" "
            svg += "font-size=\"\(index == 0 ? 18 : 13)\">\(SVG.escape(line))</text>"
        }
        return svg + "</svg>"
    }

    /// Every node's arc: components share the circle equally, children share their parent's arc by weight.
    static func layout(_ components: [FHINodeResult]) -> [Arc] {
        guard !components.isEmpty else { return [] }
        var arcs: [Arc] = []
        func place(_ node: FHINodeResult, depth: Int, start: Double, end: Double) {
            let leafIndicator = depth == 1 && node.children.isEmpty
            arcs.append(Arc(node: node, depth: depth, start: start, end: end, outer: radii[leafIndicator ? 3 : depth + 1]))
            guard depth < 2, !node.children.isEmpty else { return }
            let shares = node.children.map { max(0, $0.weight ?? 0) }
            let total = shares.reduce(0, +)
            var angle = start
            for (child, share) in zip(node.children, shares) {
                let span = (end - start) * (total > 0 ? share / total : 1 / Double(node.children.count))
                place(child, depth: depth + 1, start: angle, end: angle + span)
                angle += span
            }
        }
        let third = 2 * Double.pi / Double(components.count)
        for (index, component) in components.enumerated() {
            place(component, depth: 0, start: Double(index) * third, end: Double(index + 1) * third)
        }
        return arcs
    }

    /// The point at `radius` and `angle` (radians clockwise from twelve o'clock).
    static func point(_ radius: Double, _ angle: Double) -> (x: Double, y: Double) {
        (centre + radius * sin(angle), centre - radius * cos(angle))
    }

    /// An annular sector from `start` to `end` between `inner` and `outer`.
    static func path(_ start: Double, _ end: Double, _ inner: Double, _ outer: Double) -> String {
        let large = end - start > Double.pi ? 1 : 0
        let a = point(outer, start), b = point(outer, end), c = point(inner, end), d = point(inner, start)
        return "M\(SVG.n(a.x)) \(SVG.n(a.y))A\(SVG.n(outer)) \(SVG.n(outer)) 0 \(large) 1 \(SVG.n(b.x)) \(SVG.n(b.y))"
            + "L\(SVG.n(c.x)) \(SVG.n(c.y))A\(SVG.n(inner)) \(SVG.n(inner)) 0 \(large) 0 \(SVG.n(d.x)) \(SVG.n(d.y))Z"
    }

    /// A sub-indicator's words: its value inside the arc, its name outside the circle along the radius, with
    /// *not assessed* under the name where it has no value.
    private static func outerLabel(_ arc: Arc, language: String) -> String {
        let middle = (arc.start + arc.end) / 2
        var out = ""
        if let value = arc.node.value {
            let at = point((radii[2] + arc.outer) / 2, middle)
            out += "<text x=\"\(SVG.n(at.x))\" y=\"\(SVG.n(at.y + 4))\" text-anchor=\"middle\" fill=\"\(FHIScoreScale.ink(value))\" "
            out += "font-size=\"12\">\(String(format: "%.0f", value))</text>"
        }
        let degrees = middle * 180 / Double.pi
        let leftSide = degrees > 180
        let anchor = point(arc.outer + 8, middle)
        var lines = wrap(arc.node.name.text(language), width: 22, maxLines: 2).map { ($0, "#1d2327") }
        if arc.node.value == nil { lines.append(("(" + Strings.text("fhi.notAssessed", language) + ")", "#777")) }
        out += "<text transform=\"translate(\(SVG.n(anchor.x)) \(SVG.n(anchor.y))) rotate(\(SVG.n(leftSide ? degrees + 90 : degrees - 90)))\" "
        out += "text-anchor=\"\(leftSide ? "end" : "start")\" font-size=\"12\">"
        for (index, line) in lines.enumerated() {
            let dy = (Double(index) - Double(lines.count - 1) / 2) * 13 + 4
            out += "<tspan x=\"0\" y=\"\(SVG.n(dy))\" fill=\"\(line.1)\">\(SVG.escape(line.0))</tspan>"
        }
        return out + "</text>"
    }

    /// A component's or indicator's name and value, written along its arc (upright on the lower half).
    private static func ringLabel(_ arc: Arc, language: String) -> String {
        let inner = radii[arc.depth]
        let middle = (arc.start + arc.end) / 2
        let lower = middle > Double.pi / 2 && middle < 3 * Double.pi / 2
        let size = arc.depth == 0 ? 14.0 : 11.0, height = size + 2
        let centre = (inner + arc.outer) / 2
        let pad = 4 / centre
        let usable = max(0, arc.end - arc.start - 2 * pad) * (centre - height)
        let value = arc.node.value.map { String(format: "%.0f", $0) } ?? Strings.text("fhi.notAssessed", language)
        let lines = wrap(arc.node.name.text(language), width: max(4, Int(usable / (size * 0.58))), maxLines: 3) + [value]
        var out = "<g font-size=\"\(SVG.n(size))\" fill=\"\(FHIScoreScale.ink(arc.node.value))\" text-anchor=\"middle\"\(arc.depth == 0 ? " font-weight=\"600\"" : "")>"
        for (index, line) in lines.enumerated() {
            let offset = (Double(index) - Double(lines.count - 1) / 2) * height
            let radius = lower ? centre + offset : centre - offset
            let id = "fhi-arc-\(arc.node.id)-\(index)"
            let a = point(radius, arc.start + pad), b = point(radius, arc.end - pad)
            let large = arc.end - arc.start - 2 * pad > Double.pi ? 1 : 0
            let d = lower
                ? "M\(SVG.n(b.x)) \(SVG.n(b.y))A\(SVG.n(radius)) \(SVG.n(radius)) 0 \(large) 0 \(SVG.n(a.x)) \(SVG.n(a.y))"
                : "M\(SVG.n(a.x)) \(SVG.n(a.y))A\(SVG.n(radius)) \(SVG.n(radius)) 0 \(large) 1 \(SVG.n(b.x)) \(SVG.n(b.y))"
            out += "<path id=\"\(SVG.escape(id))\" d=\"\(d)\" fill=\"none\"/>"
            out += "<text dominant-baseline=\"central\"><textPath href=\"#\(SVG.escape(id))\" startOffset=\"50%\">\(SVG.escape(line))</textPath></text>"
        }
        return out + "</g>"
    }

    /// `text` in lines of about `width` characters (CJK characters count double; words kept whole where they
    /// fit), at most `maxLines`, the last cut with an ellipsis.
    static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
        func length(_ s: Substring) -> Int { s.reduce(0) { $0 + ($1.unicodeScalars.first.map { $0.value >= 0x2E80 } == true ? 2 : 1) } }
        var lines: [String] = []
        var current = ""
        let words = text.contains(" ") ? text.split(separator: " ").map(String.init) : text.map(String.init)
        let joiner = text.contains(" ") ? " " : ""
        for word in words {
            let candidate = current.isEmpty ? word : current + joiner + word
            if length(Substring(candidate)) <= width || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > maxLines else { return lines }
        return Array(lines.prefix(maxLines - 1)) + [lines[maxLines - 1] + "…"]
    }
}
