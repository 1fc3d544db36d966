import Foundation
import LMHubCore
import Plot

/// A cell in an SDR dashboard colour: the colour's fill with readable text, its name as the cell's title.
enum SDGDashboardCell {
    /// Fill and text colour of each dashboard colour (close to the SDR's own palette).
    static func style(_ colour: SDGColour?) -> String {
        switch colour {
        case .green: "background:#2e9e55;color:#fff"
        case .yellow: "background:#f3cc3c;color:#1d2327"
        case .orange: "background:#ef8a2b;color:#1d2327"
        case .red: "background:#d6392c;color:#fff"
        case .grey, nil: "background:#d5d8dc;color:#1d2327"
        }
    }

    /// A `td` with `text` in `colour`, titled with the colour's name.
    static func td(_ text: String, _ colour: SDGColour?, _ edition: SDREdition, _ lang: String, note: String? = nil) -> Node<HTML.TableRowContext> {
        let name = colour.flatMap { edition.colourName($0)?.text(lang) } ?? ""
        let title = [name, note].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
        return .td(.class("num sdg"), .attribute(named: "style", value: style(colour)), .attribute(named: "title", value: Layout.attribute(title)), .plain(text))
    }

    /// The legend: each colour with its SDR name.
    static func legend(_ edition: SDREdition, _ lang: String) -> Node<HTML.BodyContext> {
        .p(.class("legend"), .forEach(SDGColour.allCases) { colour in
            .span(.class("cls"), .attribute(named: "style", value: style(colour)), .plain(edition.colourName(colour)?.text(lang) ?? colour.rawValue))
        })
    }

    static func score(_ value: Double?) -> String {
        value.map { String(format: "%.1f", $0) } ?? "–"
    }
}
