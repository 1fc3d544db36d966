import ArgumentParser
import Foundation
import LMHubCore
import LMHubIngest
import LMHubServer
import LMHubStorage

struct FHIAssessCommand: AsyncParsableCommand {
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
        --store also stores the assessment and its result in the hub's database (--database), under its id and \
        date, for the FHI pages and API; water-quality stations named in storedStations are then read from the \
        database where it holds them. Storing the same again changes nothing; other content under a stored id is \
        refused unless --replace is given.
        csv: node,parent,name,status,value,weight,evidence — one row a node (components, indicators, \
        sub-indicators; status computed, entered, aggregated or not-assessed), then one row a published score \
        (status published, evidence its source). json: the whole result.
        """
    )

    @Argument(help: "The assessment file (JSON).") var assessment: String?
    @Flag(help: "Evaluate the bundled 3S demonstration assessment.") var demo = false
    @Option(help: "Output: table, csv or json.") var format: FHIOutputFormat = .table
    @Flag(help: "Store the assessment and its result in the hub's database.") var store = false
    @Flag(help: "With --store: replace a different assessment stored under the same id.") var replace = false
    @Option(help: DatabaseLocation.help) var database = DatabaseLocation.default

    func validate() throws {
        if demo, assessment != nil { throw ValidationError("give an assessment file or --demo, not both") }
        guard demo || assessment != nil else { throw ValidationError("give an assessment file or --demo") }
        if replace, !store { throw ValidationError("--replace needs --store") }
    }

    func run() async throws {
        let constants = try FHIAssessmentConstants.bundled()
        let result = store ? try await stored(constants)
            : try assessment.map { try FHIAssessmentFile.evaluate(path: $0, constants: constants) } ?? FHIAssessmentFile.demo3S(constants: constants)
        switch format {
        case .json: try FHIOutput.printJSON(result)
        case .csv: print(FHIAssessTable.csv(result), terminator: "")
        case .table: print(FHIAssessTable.text(result), terminator: "")
        }
    }

    /// Evaluates against the database and stores; says what storing did on standard error.
    private func stored(_ constants: FHIAssessmentConstants) async throws -> FHIAssessmentResult {
        guard let path = assessment ?? FHIDemo.documentURL?.path else { throw CommandFailed(message: "the bundled 3S demonstration is missing") }
        let (evaluated, outcome) = try await withStore(database, creating: true) { database in
            let evaluated = try await FHIAssessmentStorage.evaluate(path: path, store: database, constants: constants)
            do {
                return (evaluated, try await FHIAssessmentStorage.store(evaluated, in: database, replace: replace))
            } catch DocumentStoreError.conflict {
                throw CommandFailed(message: "a different FHI assessment is stored under the id '\(evaluated.result.id)'; "
                    + "give --replace (with --store) to replace it, or give this one another id")
            }
        }
        let id = evaluated.result.id
        switch outcome {
        case .stored: FHIOutput.note("stored FHI assessment '\(id)' (\(evaluated.title))")
        case .replaced: FHIOutput.note("replaced FHI assessment '\(id)' (\(evaluated.title))")
        case .unchanged: FHIOutput.note("FHI assessment '\(id)' is stored already with the same content: nothing changed")
        }
        return evaluated.result
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
