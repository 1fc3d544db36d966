import LMHubCore

/// Reads an FHI tree in the layout of the FHI circle-plot file (`indicator,…,weight,score,parent`; other
/// columns such as `lbl` and `parentWeight` ignored): one row a node, named by `indicator` (trimmed, which
/// is also its id), hanging from `parent` (empty for a component), with its `weight` in the parent. Only the
/// leaves' scores are read; a parent's written score is kept in ``Contents/statedScores`` for comparison and
/// otherwise ignored. An empty leaf score is *not assessed*.
public enum FHITreeFile {
    public static let layout = "indicator,weight,score,parent"

    public struct Contents: Sendable, Hashable {
        public let tree: FHITree
        /// Node ids in file order.
        public let order: [String]
        /// Each non-root node's parent.
        public let parents: [String: String]
        /// The scores the file writes on parents (ignored by the computation).
        public let statedScores: [String: Double]
    }

    /// - Throws: ``IngestError`` naming file, line and field: a missing column, an empty or repeated name, a
    ///   weight or score that is not a number, a score outside 0–100, a parent that is no row of the file, parents
    ///   that form a cycle, and the weights of one parent's children given partly or not summing to 1.
    public static func read(path: String) throws(IngestError) -> Contents {
        var csv = try CSVReader(path: path)
        let columns = try FHICSVColumns(&csv, file: path, required: ["indicator", "weight", "score", "parent"], layout: layout)
        var rows: [(id: String, parent: String?, weight: Double?, score: Double?, row: CSVRecord)] = []
        var lines: [String: Int] = [:]
        while let row = try csv.next() {
            let id = columns.cell("indicator", row)
            guard !id.isEmpty else { throw columns.error(row, "indicator", "empty: every row names its node") }
            if let earlier = lines[id] { throw columns.error(row, "indicator", "'\(id)' is already on line \(earlier)") }
            lines[id] = row.line
            let parent = columns.cell("parent", row)
            rows.append((id, parent.isEmpty ? nil : parent, try columns.number("weight", row, what: "the node's weight in its parent"),
                         try columns.number("score", row, what: "a score 0–100"), row))
        }
        for entry in rows {
            if let parent = entry.parent, lines[parent] == nil {
                throw columns.error(entry.row, "parent", "unknown parent '\(parent)': no row of the file is named so")
            }
        }
        var children: [String: [String]] = [:]
        for entry in rows { if let parent = entry.parent { children[parent, default: []].append(entry.id) } }
        let byID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var placed = Set<String>()
        func build(_ id: String) -> FHITreeNode {
            placed.insert(id)
            let entry = byID[id]
            let kids = (children[id] ?? []).map(build)
            return FHITreeNode(id: id, name: LocalizedText(en: id), weight: entry?.weight,
                               score: kids.isEmpty ? entry?.score.map { FHIScore(value: $0, basis: .entered, evidence: "\(path) line \(entry?.row.line ?? 0)") } : nil,
                               children: kids)
        }
        let roots = rows.filter { $0.parent == nil }.map { build($0.id) }
        if let stray = rows.first(where: { !placed.contains($0.id) }) {
            throw columns.error(stray.row, "parent", "'\(stray.id)' never reaches a component: its parents form a cycle")
        }
        let tree: FHITree
        do throws(FHITreeError) {
            tree = try FHITree(roots: roots)
        } catch {
            // A weight error is the parent's children's: name the first child's line.
            let line = error.field == "weight" ? (children[error.node]?.first.flatMap { lines[$0] } ?? lines[error.node]) : lines[error.node]
            throw IngestError(file: path, line: line ?? 0, field: error.field == "id" ? "indicator" : error.field, message: error.message)
        }
        var parents: [String: String] = [:], stated: [String: Double] = [:]
        for entry in rows {
            parents[entry.id] = entry.parent
            if children[entry.id] != nil, let score = entry.score { stated[entry.id] = score }
        }
        return Contents(tree: tree, order: rows.map(\.id), parents: parents, statedScores: stated)
    }
}
