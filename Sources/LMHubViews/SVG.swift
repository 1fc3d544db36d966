import Foundation

/// Helpers for the hand-drawn SVG of charts and maps: escaping and compact numbers.
enum SVG {
    /// Escapes text for an SVG element or attribute.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A coordinate with one decimal, enough for a 1000-unit view box.
    static func n(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
