/// Stakeholder weights of FHI nodes from an importance survey (FHI streamlit tools, `gswwt` "Add Weights"; the
/// FHI manual, Indicator Aggregation, makes weights optional and obtained from stakeholders): each respondent's
/// score of a node is divided by the sum of that respondent's scores of the node and its siblings, and the
/// shares are averaged over respondents. Each parent's weighted children so sum to 1.
///
/// A respondent who left any sibling of a group blank, or scored them all 0, is left out of that group.
public enum StakeholderWeights {
    /// - Parameter responses: per respondent, importance scores by framework node id.
    /// - Returns: weights by node id for every group with at least one complete response, and per parent the
    ///   number of respondents its weights rest on.
    /// - Throws: ``FHIInputError`` for an id that is not a node of `framework`, a component (the three are never
    ///   combined), the children of a parent scored only in part, or a negative or non-finite score.
    public static func compute(_ responses: [[String: Double]], framework: FHIFramework) throws(FHIInputError) -> StakeholderWeightsResult {
        let scored = Set(responses.flatMap(\.keys))
        let components = Set(framework.components.map(\.id))
        for id in scored.sorted() {
            guard framework.node(id) != nil else { throw FHIInputError(field: id, message: "'\(id)' is not a node of the FHI framework") }
            guard !components.contains(id) else {
                throw FHIInputError(field: id, message: "the three components are reported separately and are not weighted")
            }
        }
        var weights: [String: Double] = [:], respondents: [String: Int] = [:], notes: [String] = []
        for parent in framework.allNodes where !(parent.children ?? []).isEmpty {
            let children = (parent.children ?? []).map(\.id)
            let given = children.filter(scored.contains)
            guard !given.isEmpty else { continue }
            guard given.count == children.count else {
                throw FHIInputError(field: parent.id, message: "the survey scores \(given.joined(separator: ", ")) but not "
                    + children.filter { !scored.contains($0) }.joined(separator: ", ") + "; score all children of '\(parent.id)' or none")
            }
            var shares: [[Double]] = []
            for (index, response) in responses.enumerated() {
                let values = children.map { response[$0] }
                if let bad = values.compactMap({ $0 }).first(where: { !($0.isFinite && $0 >= 0) }) {
                    throw FHIInputError(field: "responses[\(index)]", message: "an importance score is a number ≥ 0, found \(bad)")
                }
                let complete = values.compactMap { $0 }
                let sum = complete.reduce(0, +)
                guard complete.count == children.count, sum > 0 else { continue }
                shares.append(complete.map { $0 / sum })
            }
            guard !shares.isEmpty else {
                notes.append("no respondent scored every child of '\(parent.id)': its children keep their default weights")
                continue
            }
            for (position, child) in children.enumerated() {
                weights[child] = shares.reduce(0) { $0 + $1[position] } / Double(shares.count)
            }
            respondents[parent.id] = shares.count
        }
        if let vitality = framework.components.first(where: { $0.id == "ecosystem-vitality" }),
           vitality.allNodes.contains(where: { weights[$0.id] != nil }) {
            notes.append("Ecosystem Vitality is weighted: the FHI manual (Indicator Aggregation) recommends not weighting its indicators")
        }
        return StakeholderWeightsResult(weights: weights, respondents: respondents, notes: notes)
    }
}

/// Stakeholder weights by node id and how many respondents each parent's weights rest on.
public struct StakeholderWeightsResult: Sendable, Hashable, Codable {
    public let weights: [String: Double]
    /// By parent id.
    public let respondents: [String: Int]
    public let notes: [String]
}
