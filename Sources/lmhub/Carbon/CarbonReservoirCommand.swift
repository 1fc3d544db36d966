import ArgumentParser
import Foundation
import LMHubCore
import LMHubIngest

struct CarbonReservoirCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reservoir",
        abstract: "G-res net CO2 and CH4 of reservoirs (Prairie et al. 2021).",
        discussion: """
        FILE is a JSON object from reservoir name to its inputs in the layout of the reemission package \
        (monthly_temps, year_vector, catchment with biogenic_factors, reservoir; see its test_input.json); LMHub also \
        reads annual_generation_mwh for an intensity per MWh.
        csv: reservoir,co2_net,ch4_net,co2_total_per_year,ch4_total_per_year,co2_total_lifetime_t,ch4_total_lifetime_t,\
        net_kgco2e_per_mwh — net fluxes in g CO2e m-2 yr-1 (means over 100 years), totals in t CO2e per year, lifetime \
        totals in t CO2e (not kt), intensity in kg CO2e/MWh (empty without generation).
        The default GWP set is G-res's own (ar5-ccfb: CH4 34); --gwp ar6 weights reservoir methane with 27.0 (non-fossil).
        """
    )

    @Argument(help: "Reservoir inputs (JSON, reemission layout).") var file: String
    @Option(help: "Output: table, csv or json.") var format: CarbonOutputFormat = .table
    @Option(help: "GWP set: ar5-ccfb (G-res's, default), ar4, ar5 or ar6.") var gwp: String?
    @Option(help: "Electricity generated, NAME=MWh per year (repeatable); overrides the file's annual_generation_mwh.") var generation: [String] = []

    func run() throws {
        let model = try GResModel.bundled()
        let catalog = try GWPCatalog.bundled()
        let results: [ReservoirEmissions]
        do {
            let reference = try catalog.set(model.coefficients.referenceGWPSet)
            let set = try catalog.set(gwp ?? model.coefficients.referenceGWPSet)
            let generations = try parseGeneration()
            let inputs = try ReservoirInputFile.read(path: file)
            if let unknown = generations.keys.first(where: { name in !inputs.contains { $0.name == name } }) {
                throw ValidationError("--generation: no reservoir '\(unknown)' in \(file)")
            }
            results = try inputs.map { input in
                let withGeneration = generations[input.name].map { mwh in
                    ReservoirInput(name: input.name, use: input.use, coordinates: input.coordinates, monthlyTemperatures: input.monthlyTemperatures,
                                   profileYears: input.profileYears, catchment: input.catchment, basin: input.basin, annualGeneration: mwh)
                } ?? input
                return try model.emissions(of: withGeneration, gwp: set, reference: reference)
            }
        } catch let error as IngestError {
            throw CarbonCommandFailed(message: error.description)
        } catch let error as CarbonAccountingError {
            throw CarbonCommandFailed(message: error.description)
        } catch let error as ReservoirInputError {
            throw CarbonCommandFailed(message: "\(file): \(error.description)")
        }
        switch format {
        case .json: try CarbonOutput.printJSON(results)
        case .csv:
            print(CarbonReservoirReport.csv(results), terminator: "")
            for result in results { result.notes.forEach { CarbonOutput.note("\(result.name): \($0)") } }
        case .table:
            let references = try ReferenceIntensity.bundled()
            print(results.map { result in
                ([CarbonReservoirReport.summary(result), CarbonReservoirReport.intensity(result, references: references)].compactMap { $0 }
                    + result.notes.map { "note: \($0)" }).joined(separator: "\n")
            }.joined(separator: "\n\n"))
            print("\nG-res: \(model.coefficients.source). Coefficients \(model.coefficients.verified ? "verified" : "not checked against the paper").")
        }
    }

    func parseGeneration() throws -> [String: Double] {
        var values: [String: Double] = [:]
        for text in generation {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let mwh = Double(parts[1]), mwh > 0 else {
                throw ValidationError("--generation: expected NAME=MWh with a positive number, found '\(text)'")
            }
            values[parts[0]] = mwh
        }
        return values
    }
}
