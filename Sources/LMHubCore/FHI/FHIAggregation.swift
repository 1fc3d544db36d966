import Foundation

/// The FHI aggregation: a parent is the weighted geometric mean of its children that have a value,
/// the weights renormalised over them (FHI manual, Indicator Aggregation; FHI Toolbox 1.1
/// `Indicator.ComputeIndicator`):
///
///     I = ( ∏_{c ∈ C*} I_c^{w_c} )^{1 / Σ_{c ∈ C*} w_c}
///
/// where C* are the children with a value. A child scored 0 makes its parent 0, as the geometric mean
/// gives, and the result says so (the Toolbox loses a zero child unless it is the last one). Children
/// without a value are left out and named; with none left the parent is not assessed.
public enum FHIAggregation {
    /// The weighted geometric mean of `terms` (value ≥ 0, weight ≥ 0) over those with a positive weight,
    /// weights renormalised; 0 when one of them is 0; `nil` when no weight is positive.
    public static func geometricMean(_ terms: [(value: Double, weight: Double)]) -> Double? {
        let weighted = terms.filter { $0.weight > 0 }
        let total = weighted.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return nil }
        if weighted.contains(where: { $0.value == 0 }) { return 0 }
        return weighted.reduce(1) { $0 * pow($1.value, $1.weight / total) }
    }
}

extension FHITree {
    /// Evaluates every node: leaves take their score, parents the weighted geometric mean of their
    /// children (``FHIAggregation``); the roots (components) are returned, each with its subtree.
    public func evaluate(rounding: FHIRounding = .unrounded) -> [FHINodeResult] {
        roots.map { Self.evaluate($0, share: nil, rounding: rounding) }
    }

    private static func evaluate(_ node: FHITreeNode, share: Double?, rounding: FHIRounding) -> FHINodeResult {
        guard !node.children.isEmpty else {
            let value = node.score.map { rounding.apply($0.value) }
            return FHINodeResult(id: node.id, name: node.name, weight: share, value: value, score: node.score, computedValue: nil,
                                 children: [], coverage: nil, notes: value == nil ? ["not assessed: no score"] : [])
        }
        let equalShare = 1 / Double(node.children.count)
        let children = node.children.map { evaluate($0, share: $0.weight ?? equalShare, rounding: rounding) }
        var notes: [String] = []
        let assessed = children.filter { $0.value != nil }
        let missing = children.filter { $0.value == nil }
        let computed = FHIAggregation.geometricMean(assessed.map { ($0.value ?? 0, $0.weight ?? equalShare) }).map(rounding.apply)
        if assessed.isEmpty {
            notes.append("not assessed: none of its children has a score")
        } else if computed == nil {
            notes.append("not assessed: the children with a score all have weight 0")
        } else if !missing.isEmpty {
            notes.append("left out, not assessed (weights renormalised over the others): " + missing.map { $0.name.text("en") }.joined(separator: ", "))
        }
        let zeros = assessed.filter { $0.value == 0 && ($0.weight ?? equalShare) > 0 }
        if !zeros.isEmpty {
            notes.append("\(zeros.map { $0.name.text("en") }.joined(separator: ", ")) \(zeros.count == 1 ? "scores" : "score") 0, so this node is 0: "
                + "the weighted geometric mean of the FHI is 0 when any child is (the FHI Toolbox 1.1 loses a zero child unless it is the last one)")
        }
        var value = computed
        if let score = node.score {
            value = rounding.apply(score.value)
            notes.append("entered score \(score.value) replaces the value its children give (\(computed.map { "\($0)" } ?? "none"))")
        }
        return FHINodeResult(id: node.id, name: node.name, weight: share, value: value, score: node.score,
                             computedValue: node.score == nil ? nil : computed, children: children,
                             coverage: IndexResult.Coverage(used: assessed.count, expected: children.count), notes: notes)
    }
}
