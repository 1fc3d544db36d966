import ArgumentParser
import Foundation
import LMHubCore
import LMHubIngest

struct FHIAssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Evaluate an FHI assessment file: every sub-indicator it has data for, the rest not assessed, aggregated by the framework.",
        discussion: """
        ASSESSMENT is JSON: {"id", "basin": {"name", "area"}, "date", "period": {"start", "end"}, "subBasins", \
        "inputs": {NODE: …}, "entered": {NODE: {"value", "evidence", "note"}}, "weights": {"values": {NODE: w}} or \
        {"surveyFile"}, "published", "rounding": "unrounded" | "toolbox"}. Inputs by node: \
        deviation-from-natural-flow {flowsFile}, flow-connectivity {segmentsFile}, water-quality {samplesFile or \
        samples, standard and class or objectives, timeZone}, land-cover-naturalness and bank-modification \
        {classAreasFile (code,area) or classAreas, classWeights}, groundwater-storage-depletion {affectedArea}, \
        species-of-concern and invasive-nuisance-species {species}, the six ES services {spatialUnits}, \
        conservation-cultural-heritage {measure, protected, total}, governance-stakeholders {surveyFile}. Files are \
        relative to the assessment. --demo evaluates the bundled 3S demonstration instead.
        csv: node,parent,name,status,value,weight,evidence — one row a node (components, indicators, \
        sub-indicators; status computed, entered, aggregated or not-assessed), then one row a published score \
        (status published, evidence its source). json: the whole result.
        """
    )

    @Argument(help: "The assessment file (JSON).") var assessment: String?
    @Flag(help: "Evaluate the bundled 3S demonstration assessment.") var demo = false
    @Option(help: "Output: table, csv or json.") var format: FHIOutputFormat = .table

    func validate() throws {
        guard demo != (assessment != nil) else { throw ValidationError("give an assessment file or --demo") }
    }

    func run() throws {
        let constants = try FHIAssessmentConstants.bundled()
        let result = try assessment.map { try FHIAssessmentFile.evaluate(path: $0, constants: constants) } ?? FHIAssessmentFile.demo3S(constants: constants)
        switch format {
        case .json: try FHIOutput.printJSON(result)
        case .csv: print(FHIAssessTable.csv(result), terminator: "")
        case .table: print(FHIAssessTable.text(result), terminator: "")
        }
    }
}

/// The table and CSV forms of an evaluated assessment.
enum FHIAssessTable {
    static func csv(_ result: FHIAssessmentResult) -> String {
        var out = CSVWriter.line(["node", "parent", "name", "status", "value", "weight", "evidence"])
        for (node, parent, _) in rows(result) {
            let (status, evidence) = describe(node, result)
            out += CSVWriter.line([node.id, parent ?? "", node.name.text("en"), status, FHIOutput.csv(node.value), FHIOutput.csv(node.weight), evidence])
        }
        for published in result.published {
            for (id, value) in published.scores.sorted(by: { $0.key < $1.key }) {
                out += CSVWriter.line([id, "", result.node(id)?.name.text("en") ?? id, "published", FHIOutput.csv(value), "", published.source])
            }
        }
        return out
    }

    static func text(_ result: FHIAssessmentResult) -> String {
        var out = "FHI assessment \(result.id): \(result.basin), \(result.date)" + (result.period.map { ", period \($0.text)" } ?? "")
            + (result.rounding == .toolbox ? " (Toolbox rounding)" : "") + "\n"
        for (node, _, depth) in rows(result) {
            let (status, evidence) = describe(node, result)
            let label = FHIOutput.pad(String(repeating: "  ", count: depth) + node.name.text("en"), 44)
            out += label + FHIOutput.pad(FHIOutput.table(node.value), 8) + FHIOutput.pad(status, 14) + evidence + "\n"
        }
        for published in result.published {
            out += "published, not computed (\(published.date ?? "undated")): "
                + published.scores.sorted { $0.key < $1.key }.map { "\(result.node($0.key)?.name.text("en") ?? $0.key) \(FHIOutput.table($0.value, 0))" }.joined(separator: ", ")
                + " — \(published.source)\n"
        }
        result.notes.forEach { out += "note: \($0)\n" }
        return out
    }

    /// Every node, parents before children, with its parent id and depth.
    private static func rows(_ result: FHIAssessmentResult) -> [(FHINodeResult, String?, Int)] {
        func walk(_ node: FHINodeResult, _ parent: String?, _ depth: Int) -> [(FHINodeResult, String?, Int)] {
            [(node, parent, depth)] + node.children.flatMap { walk($0, node.id, depth + 1) }
        }
        return result.components.flatMap { walk($0, nil, 0) }
    }

    private static func describe(_ node: FHINodeResult, _ result: FHIAssessmentResult) -> (status: String, evidence: String) {
        if let outcome = result.subIndicator(node.id) {
            return (outcome.status.rawValue, outcome.evidence ?? outcome.notes.first ?? "")
        }
        return (node.value == nil ? "not-assessed" : "aggregated", node.notes.first ?? "")
    }
}
