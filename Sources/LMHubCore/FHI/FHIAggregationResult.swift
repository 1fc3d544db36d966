/// The value of one node of an FHI tree and how it was reached.
public struct FHINodeResult: Sendable, Hashable, Codable {
    public let id: String
    public let name: LocalizedText
    /// The node's share in its parent as given (or the equal share); `nil` for a root.
    public let weight: Double?
    /// 0–100, unrounded unless the tree was evaluated with ``FHIRounding/toolbox``; `nil`: not assessed.
    public let value: Double?
    /// The score given to the node (a leaf's input, or an override on a parent).
    public let score: FHIScore?
    /// On a parent whose score was entered: the value its children give; else `nil`.
    public let computedValue: Double?
    public let children: [FHINodeResult]
    /// Children with a value of all children; `nil` for a leaf.
    public let coverage: IndexResult.Coverage?
    public let notes: [String]

    /// Itself and every node below it, parents before children.
    public var allNodes: [FHINodeResult] { [self] + children.flatMap(\.allNodes) }

    /// The node `id` in this subtree.
    public func node(_ id: String) -> FHINodeResult? { allNodes.first { $0.id == id } }

    /// This node as an ``IndexResult`` of the FHI (`index` normally ``FHIFramework/id``, `fhi-2020`): its
    /// children as components with their weights, their coverage, and the notes (a leaf's evidence and note
    /// among them).
    public func indexResult(index: String, subject: String, source: String, verified: Bool) -> IndexResult {
        var notes = notes
        if let score {
            notes.append("score \(score.basis.rawValue)" + (score.evidence.map { ": \($0)" } ?? ""))
            if let note = score.note { notes.append(note) }
        }
        return IndexResult(index: index, subject: subject, value: value,
                           components: children.map { IndexResult.Component(id: $0.id, name: $0.name, value: $0.value, weight: $0.weight) },
                           coverage: coverage, verified: verified, source: source, notes: notes)
    }
}
