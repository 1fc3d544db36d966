/// The Freshwater Health Index framework as data (`Resources/fhi/framework.json`): three components
/// (Ecosystem Vitality, Ecosystem Services, Governance & Stakeholders), their indicators and sub-indicators,
/// names in English and Chinese, and default weights (equal shares among siblings unless the file gives some).
///
/// The three component scores are reported separately: the FHI manual defines no single combined number.
/// Each component is the weighted geometric mean of its indicators, each indicator of its sub-indicators
/// (``FHITree/evaluate(rounding:)``). Ids are stable: `deviation-from-natural-flow`, `flow-connectivity`,
/// `water-quality`, … (see the JSON file).
public struct FHIFramework: Sendable, Codable {
    public let id: String
    public let title: LocalizedText
    public let source: String
    public let verified: Bool
    /// Per language other than English: whether the names were checked and where they come from.
    public let translations: [String: Translation]?
    public let weights: WeightsNote
    /// Ecosystem Vitality, Ecosystem Services, Governance & Stakeholders.
    public let components: [Node]

    /// A component, indicator or sub-indicator of the framework.
    public struct Node: Sendable, Codable, Hashable {
        public let id: String
        public let name: LocalizedText
        /// The default share of this node in its parent; `nil`: an equal share among its siblings.
        public let weight: Double?
        /// `nil` or empty for a sub-indicator (and for an indicator scored directly, Water Quality).
        public let children: [Node]?

        /// Itself and every node below it, parents before children.
        public var allNodes: [Node] { [self] + (children ?? []).flatMap(\.allNodes) }
    }

    public struct Translation: Sendable, Codable, Hashable {
        public let verified: Bool
        public let source: String
    }

    public struct WeightsNote: Sendable, Codable, Hashable {
        /// `equal`.
        public let `default`: String
        public let source: String
    }

    /// The bundled framework.
    /// - Throws: ``StandardFileError`` when the file is missing or malformed.
    public static func bundled() throws -> FHIFramework {
        try FHIResources.load("framework")
    }

    /// This index as a registry entry: scale 0–100, no bands (the FHI publishes none for its scores).
    public var definition: IndexDefinition {
        IndexDefinition(id: id, title: title, scale: 0...100, source: source, verified: verified)
    }

    /// Every node, components first in file order, parents before children.
    public var allNodes: [Node] { components.flatMap(\.allNodes) }

    /// The nodes that take a score as input: sub-indicators and indicators without sub-indicators.
    public var leaves: [Node] { allNodes.filter { ($0.children ?? []).isEmpty } }

    public func node(_ id: String) -> Node? { allNodes.first { $0.id == id } }

    /// The id of the node `id` hangs from; `nil` for a component or an unknown id.
    public func parent(of id: String) -> String? {
        allNodes.first { ($0.children ?? []).contains { $0.id == id } }?.id
    }

    /// The framework as a tree to evaluate, with `scores` on its nodes and `weights` replacing the defaults.
    ///
    /// - Parameters:
    ///   - scores: by node id, normally sub-indicators; one that is missing stays *not assessed*. A score on an
    ///     indicator or component replaces what its children give (an override, noted on the result).
    ///   - weights: by node id, each node's share in its parent (stakeholder weights). Give all children of a
    ///     parent or none; those given must sum to 1 (± ``FHITree/weightTolerance``).
    /// - Throws: ``FHITreeError`` for an id that is not in the framework, a score outside 0–100, or weights of
    ///   one parent's children that are partly given or do not sum to 1.
    public func tree(scores: [String: FHIScore] = [:], weights: [String: Double] = [:]) throws(FHITreeError) -> FHITree {
        let known = Set(allNodes.map(\.id))
        if let unknown = (Array(scores.keys) + Array(weights.keys)).sorted().first(where: { !known.contains($0) }) {
            throw FHITreeError(node: unknown, field: scores[unknown] != nil ? "score" : "weight",
                               message: "'\(unknown)' is not a node of the FHI framework")
        }
        func build(_ node: Node) -> FHITreeNode {
            FHITreeNode(id: node.id, name: node.name, weight: weights[node.id] ?? node.weight, score: scores[node.id],
                        children: (node.children ?? []).map(build))
        }
        return try FHITree(roots: components.map(build))
    }

    /// The three component results (``FHITree/evaluate(rounding:)``) of `scores` under `weights`.
    /// - Throws: as ``tree(scores:weights:)``.
    public func assess(scores: [String: FHIScore], weights: [String: Double] = [:], rounding: FHIRounding = .unrounded) throws(FHITreeError) -> [FHINodeResult] {
        try tree(scores: scores, weights: weights).evaluate(rounding: rounding)
    }
}
