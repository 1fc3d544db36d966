import LMHubCore
import Plot

/// The key to the class colours of maps and tables: every class of a standard, and "no class".
enum ClassLegend {
    static func node(standard: WaterQualityStandard, language: String) -> Node<HTML.BodyContext> {
        .p(.class("legend"),
           .text(Strings.text("legend.title", language) + ": "),
           .forEach(1...standard.worstRank) { rank in
               ClassBadge.node(rank: rank, label: standard.label(ofRank: rank), language: language)
           },
           ClassBadge.node(rank: nil, label: nil, language: language),
           .span(.class("note"), .text(" " + Strings.text("legend.dashed", language))))
    }
}
