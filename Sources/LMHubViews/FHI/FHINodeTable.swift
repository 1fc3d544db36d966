import Foundation
import LMHubCore
import Plot

/// Every node of an assessment as a tree table: components, indicators and sub-indicators indented under their
/// parent, each with its status, value, weight, inputs, evidence and notes (why a node is not assessed, which
/// children were left out, an entered score's evidence, the method's source).
public enum FHINodeTable {
    /// How a node got its value: a sub-indicator's status (`computed`, `entered`, `not-assessed`); for a parent
    /// `entered` (an override), `aggregated` or `not-assessed`.
    public static func status(of node: FHINodeResult, in result: FHIAssessmentResult) -> String {
        if node.children.isEmpty, let outcome = result.subIndicator(node.id) { return outcome.status.rawValue }
        if node.score != nil { return FHISubIndicatorOutcome.Status.entered.rawValue }
        return node.value == nil ? FHISubIndicatorOutcome.Status.notAssessed.rawValue : "aggregated"
    }

    /// The notes of a node: for a sub-indicator its evidence, entered note, notes and source; for a parent its
    /// aggregation notes.
    public static func notes(of node: FHINodeResult, in result: FHIAssessmentResult) -> [String] {
        guard node.children.isEmpty, let outcome = result.subIndicator(node.id) else {
            return node.notes + (node.score?.evidence.map { [$0] } ?? [])
        }
        return [outcome.evidence, outcome.note].compactMap { $0 } + outcome.notes
    }

    static func render(_ model: FHIAssessmentPageModel, _ lang: String) -> Node<HTML.BodyContext> {
        let result = model.assessment.result
        let inputs = Dictionary(FHIInputsSummary.of(model.assessment.document, framework: model.framework).map { ($0.node, $0) },
                                uniquingKeysWith: { first, _ in first })
        func walk(_ node: FHINodeResult, _ depth: Int) -> [(FHINodeResult, Int)] {
            [(node, depth)] + node.children.flatMap { walk($0, depth + 1) }
        }
        let rows = result.components.flatMap { walk($0, 0) }
        return .section(
            .h2(.text(Strings.text("fhi.nodes", lang))),
            .div(.class("scroll"), .table(.class("matrix"),
                .tr(.th(.text(Strings.text("fhi.node", lang))), .th(.text(Strings.text("fhi.status", lang))),
                    .th(.text(Strings.text("fhi.value", lang))), .th(.text(Strings.text("fhi.weight", lang))),
                    .th(.text(Strings.text("fhi.evidence", lang)))),
                .forEach(rows) { node, depth in row(node, depth: depth, input: inputs[node.id], result: result, lang) }
            ))
        )
    }

    private static func row(_ node: FHINodeResult, depth: Int, input: FHIInputsSummary.Input?, result: FHIAssessmentResult,
                            _ lang: String) -> Node<HTML.TableContext> {
        let status = status(of: node, in: result)
        let outcome = node.children.isEmpty ? result.subIndicator(node.id) : nil
        let name: Node<HTML.BodyContext> = depth == 0 ? .strong(.plain(node.name.text(lang))) : .plain(node.name.text(lang))
        return .tr(
            .id("node-\(node.id)"),
            .td(.attribute(named: "style", value: "padding-left:\(0.6 + Double(depth) * 1.4)em;min-width:13em"), name, .br(), .span(.class("id"), .text(node.id))),
            .td(.class(status == "not-assessed" ? "caution" : ""), .attribute(named: "style", value: "white-space:nowrap"),
                .text(Strings.text("fhi.status.\(status)", lang))),
            .td(FHIScoreScale.badge(node.value, lang)),
            .td(.class("num"), .text(node.weight.map { String(format: "%.3f", $0) } ?? "")),
            .td(.ul(.class("notes"),
                    .unwrap(input) { input in
                        .li(.strong(.text(Strings.text("fhi.inputs", lang) + ": ")), .plain(input.fields.map { "\($0.name): \($0.value)" }.joined(separator: "; ")))
                    },
                    .forEach(notes(of: node, in: result)) { .li(.plain($0)) },
                    .unwrap(outcome?.source) { source in
                        .li(.class("note"), .text(Strings.text("fhi.source", lang) + ": "), .plain(source),
                            .if(outcome?.verified == false, .span(.class("caution"), .text(" ⚠ " + Strings.text("fhi.unverified", lang)))))
                    }))
        )
    }
}
