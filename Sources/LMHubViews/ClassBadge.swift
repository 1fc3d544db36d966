import Plot

/// A class label on its class colour, or a grey "no class".
enum ClassBadge {
    static func node(rank: Int?, label: String?, language: String, title: String? = nil) -> Node<HTML.BodyContext> {
        let style = "background:\(ClassPalette.colour(rank: rank));color:\(ClassPalette.ink(rank: rank))"
        return .span(
            .class("cls"), .attribute(named: "style", value: style),
            .unwrap(title) { .title($0) },
            .text(label ?? Strings.text("class.none", language))
        )
    }
}
