import ArgumentParser
import Foundation
import LMHubCore
import LMHubIngest

struct CarbonProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Account for a project's whole-life carbon, or compare scenarios of it side by side.",
        discussion: """
        PROJECT is a CSV of activity lines module,item,quantity,unit,factor,source or a JSON file of the project's \
        facts (name, kind, country, length_km, area_ha, capacity_mw, lifetime_years, annual_generation_mwh, gwp, \
        activities, factors, reservoir) naming its CSV. 'factor' is an id of the library (lmhub carbon factors) or a \
        value with its unit, e.g. '0.13 kgCO2e/kg' (then 'source' is required). Several projects are scenarios, \
        shown side by side.
        csv: module,tco2e — one row per module, then 'total' (A1-A3 to C1-C4; D excluded) and 'D'; with several \
        scenarios, one column per scenario. Notes go to standard error.
        """
    )

    @Argument(help: "Project files (CSV of lines or JSON of facts); more than one compares them as scenarios.") var projects: [String]
    @Option(help: "Output: table, csv or json.") var format: CarbonOutputFormat = .table
    @Option(help: "GWP set: ar4, ar5 (default), ar5-ccfb or ar6; overrides the projects' own.") var gwp: String?
    @Option(name: .customLong("factors"), help: "A factor file (CSV id,value,unit,source,…) to add to the library (repeatable).") var factorFiles: [String] = []

    func run() throws {
        var accounting = try ProjectAccounting.bundled()
        var library = accounting.library
        do {
            for file in factorFiles { try library.add(try CarbonFactorFile.read(path: file), file: file) }
            var results: [CarbonResult] = []
            for path in projects {
                let contents = try CarbonProjectFile.read(path: path)
                var projectLibrary = library
                for (file, factors) in contents.factorFiles { try projectLibrary.add(factors, file: file) }
                accounting = ProjectAccounting(library: projectLibrary, gwp: accounting.gwp, gres: accounting.gres)
                results.append(try accounting.account(contents.project, gwpSet: gwp))
            }
            try output(results)
        } catch let error as IngestError {
            throw CarbonCommandFailed(message: error.description)
        } catch let error as CarbonAccountingError {
            throw CarbonCommandFailed(message: error.description)
        }
    }

    func output(_ results: [CarbonResult]) throws {
        if results.count == 1, let result = results.first {
            switch format {
            case .json: try CarbonOutput.printJSON(result)
            case .csv:
                print(CarbonProjectReport.csv(result), terminator: "")
                result.notes.forEach(CarbonOutput.note)
            case .table: print(CarbonProjectReport.table(result))
            }
            return
        }
        let comparison = try ScenarioComparison(results)
        switch format {
        case .json: try CarbonOutput.printJSON(comparison)
        case .csv:
            print(CarbonProjectReport.csv(comparison), terminator: "")
            for result in results { result.notes.forEach { CarbonOutput.note("\(result.project.name): \($0)") } }
        case .table: print(CarbonProjectReport.table(comparison))
        }
    }
}

/// A carbon command's refusal, printed as `Error: …` with exit code 1.
struct CarbonCommandFailed: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
