import Plot

/// The colours of FHI scores on LMHub's pages: five steps of 20 points from red (0) to green (100), the
/// convention of FHI report cards, and grey for *not assessed*. LMHub's own scale (ColorBrewer RdYlGn):
/// the FHI publishes no rating bands for its scores.
enum FHIScoreScale {
    static let colours = ["#d73027", "#fc8d59", "#fee08b", "#91cf60", "#1a9850"]
    static let notAssessed = "#d0d0d0"

    /// The step of `value` (0–4), `nil` for not assessed.
    static func step(_ value: Double?) -> Int? {
        value.map { min(4, max(0, Int($0 / 20))) }
    }

    static func colour(_ value: Double?) -> String {
        step(value).map { colours[$0] } ?? notAssessed
    }

    /// Text colour readable on ``colour(_:)``.
    static func ink(_ value: Double?) -> String {
        step(value).map { $0 == 0 || $0 == 4 ? "#fff" : "#1d2327" } ?? "#333"
    }

    /// A value as the pages show it: two decimals, or the words for not assessed.
    static func format(_ value: Double?, _ language: String, decimals: Int = 2) -> String {
        value.map { String(format: "%.\(decimals)f", $0) } ?? Strings.text("fhi.notAssessed", language)
    }

    /// A value in a coloured badge.
    static func badge(_ value: Double?, _ language: String) -> Node<HTML.BodyContext> {
        .span(.class("cls"), .attribute(named: "style", value: "background:\(colour(value));color:\(ink(value));white-space:nowrap"),
              .text(format(value, language)))
    }

    /// The legend: the five steps and grey, with the note that the scale is LMHub's.
    static func legend(_ language: String) -> Node<HTML.BodyContext> {
        let steps = colours.enumerated().map { index, colour in (colour, "\(index * 20)–\(index * 20 + 20)") }
        return .p(.class("legend note"),
                  .forEach(steps) { colour, label in
                      .span(.class("cls"), .attribute(named: "style", value: "background:\(colour);color:\(colour == colours[0] || colour == colours[4] ? "#fff" : "#1d2327")"),
                            .text(label))
                  },
                  .span(.class("cls"), .attribute(named: "style", value: "background:\(notAssessed);color:#333"), .text(Strings.text("fhi.notAssessed", language))),
                  .text(" " + Strings.text("fhi.scaleNote", language)))
    }
}
