import ArgumentParser
import LMHubCore
import LMHubIngest

struct FHITreeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tree",
        abstract: "Aggregate an FHI tree (the FHI circle-plot layout) from its leaf scores and weights.",
        discussion: """
        FILE has the columns indicator,…,weight,score,parent (other columns ignored, names trimmed): a row a node, \
        parent empty for a component. Only leaf scores are read; an empty one is not assessed. Each parent is the \
        weighted geometric mean of its children with a score, weights renormalised over them; a child scored 0 makes \
        its parent 0. The weights of one parent's children must sum to 1 (± 0.01). Components are not combined.
        csv: indicator,parent,weight,score — every node in file order, score the computed one to 10 significant digits \
        (json has full precision), or integers with --rounding toolbox (every level rounded, halves to even, as the FHI Toolbox does).
        """
    )

    enum Rounding: String, ExpressibleByArgument, CaseIterable { case unrounded, toolbox }

    @Argument(help: "The tree file.") var file: String
    @Option(help: "Output: table, csv or json.") var format: FHIOutputFormat = .table
    @Option(help: "unrounded (the default; round for display only) or toolbox (integers at every level, halves to even).")
    var rounding: Rounding = .unrounded

    func run() throws {
        let contents = try FHITreeFile.read(path: file)
        let results = contents.tree.evaluate(rounding: rounding == .toolbox ? .toolbox : .unrounded)
        let byID = Dictionary(results.flatMap(\.allNodes).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let given = Dictionary(contents.tree.allNodes.map { ($0.id, $0.weight) }, uniquingKeysWith: { first, _ in first })
        switch format {
        case .json: try FHIOutput.printJSON(FHITreeDocument(rounding: rounding.rawValue, components: results, statedScores: contents.statedScores))
        case .csv:
            var text = CSVWriter.line(["indicator", "parent", "weight", "score"])
            for id in contents.order {
                let weight = given[id].flatMap { $0 } ?? byID[id]?.weight
                text += CSVWriter.line([id, contents.parents[id] ?? "", FHIOutput.csv(weight), FHIOutput.csv(byID[id]?.value)])
            }
            print(text, terminator: "")
        case .table:
            for component in results { printTable(component, depth: 0, stated: contents.statedScores) }
        }
    }

    private func printTable(_ node: FHINodeResult, depth: Int, stated: [String: Double]) {
        let indent = String(repeating: "  ", count: depth)
        let weight = node.weight.map { " (weight \(FHIOutput.table($0, 3)))" } ?? ""
        let file = stated[node.id].map { ", file says \(FHIOutput.table($0, 0))" } ?? ""
        print("\(indent)\(node.name.text("en")): \(FHIOutput.table(node.value))\(weight)\(file)")
        for note in node.notes where node.children.isEmpty == false || node.value == nil { print("\(indent)  note: \(note)") }
        for child in node.children { printTable(child, depth: depth + 1, stated: stated) }
    }
}

/// `lmhub fhi tree --format json`: the rounding used, the components with their subtrees (value, weight,
/// coverage, notes per node) and the scores the file wrote on parents.
struct FHITreeDocument: Encodable {
    let rounding: String
    let components: [FHINodeResult]
    let statedScores: [String: Double]
}
