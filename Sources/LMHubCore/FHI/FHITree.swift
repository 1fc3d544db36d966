/// A score given to a node of an FHI tree: computed by one of LMHub's methods or entered by hand, with the
/// evidence it rests on and a note. A node without one is *not assessed* — never 0, never 100.
public struct FHIScore: Sendable, Hashable, Codable {
    /// How the score was obtained.
    public enum Basis: String, Sendable, Hashable, Codable {
        /// By an LMHub method from data (DvNF from flows, cDCI from segments, …).
        case computed
        /// Entered by a person: expert judgement, a published value, another tool's output.
        case entered
    }

    /// 0–100.
    public let value: Double
    public let basis: Basis
    /// What the score rests on (data set, method, period), as the user wrote it.
    public let evidence: String?
    public let note: String?

    public init(value: Double, basis: Basis = .entered, evidence: String? = nil, note: String? = nil) {
        self.value = value
        self.basis = basis
        self.evidence = evidence
        self.note = note
    }
}

/// One node of an FHI tree to evaluate: the bundled framework (``FHIFramework/tree(scores:weights:)``) or a
/// tree read from a file (the FHI circle-plot layout).
public struct FHITreeNode: Sendable, Hashable, Codable {
    public var id: String
    public var name: LocalizedText
    /// The node's share in its parent (0–1); `nil`: an equal share among its siblings. Ignored on a root.
    public var weight: Double?
    /// The input score of a leaf; on a node with children, a score that replaces what they give.
    public var score: FHIScore?
    public var children: [FHITreeNode]

    public init(id: String, name: LocalizedText, weight: Double? = nil, score: FHIScore? = nil, children: [FHITreeNode] = []) {
        self.id = id
        self.name = name
        self.weight = weight
        self.score = score
        self.children = children
    }

    /// Itself and every node below it, parents before children.
    public var allNodes: [FHITreeNode] { [self] + children.flatMap(\.allNodes) }
}

/// A checked FHI tree: unique ids, scores within 0–100, and the children of each parent weighted all or none,
/// the weights given summing to 1 (± ``weightTolerance``). The roots (the components) are not combined:
/// the FHI defines no single number over them.
public struct FHITree: Sendable, Hashable, Codable {
    public let roots: [FHITreeNode]

    /// How far the weights of one parent's children may miss 1: weights written with two decimals
    /// (0.33, 0.34, 0.33 in the FHI circle-plot sample; three times 0.33 is 0.99).
    public static let weightTolerance = 0.01

    /// - Throws: ``FHITreeError`` naming the node for two nodes with one id, a score that is not a number
    ///   within 0–100, a weight that is negative or not a number, the children of one parent weighted
    ///   partly, or their weights not summing to 1.
    public init(roots: [FHITreeNode]) throws(FHITreeError) {
        var seen = Set<String>()
        for node in roots.flatMap(\.allNodes) {
            guard seen.insert(node.id).inserted else {
                throw FHITreeError(node: node.id, field: "id", message: "two nodes are named '\(node.id)'")
            }
            if let score = node.score, !(score.value.isFinite && (0...100).contains(score.value)) {
                throw FHITreeError(node: node.id, field: "score", message: "a score is 0–100, found \(score.value)")
            }
            if let weight = node.weight, !(weight.isFinite && weight >= 0) {
                throw FHITreeError(node: node.id, field: "weight", message: "a weight is a number ≥ 0, found \(weight)")
            }
            let weights = node.children.compactMap(\.weight)
            if !weights.isEmpty, weights.count < node.children.count {
                let missing = node.children.filter { $0.weight == nil }.map(\.id)
                throw FHITreeError(node: node.id, field: "weight",
                                   message: "the children of '\(node.id)' are weighted except \(missing.joined(separator: ", ")); give all weights or none")
            }
            let sum = weights.reduce(0, +)
            if !weights.isEmpty, abs(sum - 1) > Self.weightTolerance + 1e-9 {
                throw FHITreeError(node: node.id, field: "weight",
                                   message: "the weights of the children of '\(node.id)' sum to \(sum), not 1 (± \(Self.weightTolerance)): "
                                       + node.children.map { "\($0.id) \($0.weight ?? 0)" }.joined(separator: ", "))
            }
        }
        self.roots = roots
    }

    /// Every node, parents before children.
    public var allNodes: [FHITreeNode] { roots.flatMap(\.allNodes) }
}

/// A tree that cannot be evaluated, naming the node and the field (`id`, `score`, `weight`, `parent`).
public struct FHITreeError: Error, Sendable, Hashable, CustomStringConvertible {
    public let node: String
    public let field: String
    public let message: String

    public init(node: String, field: String, message: String) {
        self.node = node
        self.field = field
        self.message = message
    }

    public var description: String { "\(node): \(field): \(message)" }
}
