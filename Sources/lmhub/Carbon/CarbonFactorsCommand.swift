import ArgumentParser
import LMHubCore

struct CarbonFactorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factors",
        abstract: "List the bundled emission factors (fuels, freight, grid electricity) and their ids.",
        discussion: """
        Words filter the list by id or name, e.g. 'lmhub carbon factors grid vnm' or 'lmhub carbon factors diesel'.
        csv: id,name,value,unit,gas,gwp,source,table,year,licence,verified,electricity,flags,note — one row per gas amount.
        No material factors are bundled (the ICE database may not be redistributed): give them on the project's lines \
        or in a factor file, with their source.
        """
    )

    @Argument(help: "Words to look for in ids and names.") var words: [String] = []
    @Option(help: "Output: table, csv or json.") var format: CarbonOutputFormat = .table

    func run() throws {
        let factors = try FactorLibrary.bundled().search(words.joined(separator: " "))
        switch format {
        case .json: try CarbonOutput.printJSON(factors)
        case .csv:
            print("id,name,value,unit,gas,gwp,source,table,year,licence,verified,electricity,flags,note")
            for factor in factors {
                for amount in factor.amounts {
                    let cells = [factor.id, factor.name, "\(amount.value)", "\(amount.mass.symbol)/\(factor.per.symbol)", amount.gas.rawValue,
                                 factor.gwpSet ?? "", factor.source.document, factor.source.table ?? "", factor.source.year.map(String.init) ?? "",
                                 factor.source.licence, String(factor.source.verified), factor.electricity?.rawValue ?? "",
                                 (factor.flags + (factor.densityFlag.map { [$0] } ?? [])).joined(separator: "; "), factor.note ?? ""]
                    print(cells.map(CarbonProjectReport.quoted).joined(separator: ","))
                }
            }
        case .table:
            let rows = [["id", "factor", "verified"]] + factors.map { factor in
                [factor.id, factor.unitText + (factor.electricity.map { " [\($0.rawValue)]" } ?? ""),
                 (factor.source.verified ? "yes" : "no") + (factor.flags.isEmpty && factor.densityFlag == nil ? "" : ", flagged")]
            }
            print(CarbonOutput.table(rows))
            print("\n\(factors.count) factors. Details, sources and flags: --format csv or json.")
        }
    }
}
