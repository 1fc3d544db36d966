import Foundation
import LMHubCore
import Testing

/// The 11 Myanmar reservoirs of the `reemission` demo (docs/_static/demo/demo_GHG_outputs.json, GPL-3.0, used as
/// test vectors only): their inputs are nested there as `{name, unit, value}`; the test turns them into
/// ``ReservoirInput`` and compares LMHub's G-res with the published outputs.
@Suite("Carbon G-res reference")
struct GResReferenceTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/carbon")

    static func demo() throws -> [String: [String: Any]] {
        let data = try Data(contentsOf: fixtures.appendingPathComponent("demo_GHG_outputs_myanmar.json"))
        return try #require(JSONSerialization.jsonObject(with: data) as? [String: [String: Any]])
    }

    /// The `value` of a `{name, unit, value}` node.
    static func value(_ node: Any?) -> Any? { (node as? [String: Any])?["value"] }

    static func number(_ node: Any?) throws -> Double { try #require(value(node) as? Double ?? (value(node) as? Int).map(Double.init)) }

    /// `"0.0, 0.1, …"` as numbers.
    static func vector(_ node: Any?) throws -> [Double] {
        try #require(value(node) as? String).split(separator: ",").map { try #require(Double($0.trimmingCharacters(in: .whitespaces))) }
    }

    static func input(_ name: String, _ inputs: [String: Any]) throws -> ReservoirInput {
        let catchment = try #require(inputs["catchment_inputs"] as? [String: Any])
        let basin = try #require(inputs["reservoir_inputs"] as? [String: Any])
        let biogenic = try #require(inputs["biogenic_factors"] as? [String: Any])
        func text(_ key: String) throws -> String { try #require(value(biogenic[key]) as? String) }
        let coordinates = try #require(value(inputs["coordinates"]) as? [Double])
        return ReservoirInput(
            name: name, use: ReservoirUse(rawValue: try #require(value(inputs["type"]) as? String)) ?? .unknown,
            coordinates: .init(latitude: coordinates[0], longitude: coordinates[1]),
            monthlyTemperatures: try #require(value(inputs["monthly_temps"]) as? [Double]),
            profileYears: try #require(value(inputs["year_profile"]) as? [Int]).map(Double.init),
            catchment: .init(runoff: try number(catchment["runoff"]), area: try number(catchment["area"]),
                             riverLength: try number(catchment["riv_length"]), population: try number(catchment["population"]),
                             landCover: try vector(catchment["area_fractions"]), slope: try number(catchment["slope"]),
                             precipitation: try number(catchment["precip"]), evapotranspiration: try number(catchment["etransp"]),
                             soilWetness: try number(catchment["soil_wetness"]), olsenPhosphorus: try number(catchment["mean_olsen"]),
                             biome: try text("biome"), climate: try text("climate"), soilType: try text("soil_type"),
                             wastewaterTreatment: try text("treatment_factor"), landUseIntensity: try text("landuse_intensity")),
            basin: .init(volume: try number(basin["volume"]), area: try number(basin["area"]), maximumDepth: try number(basin["max_depth"]),
                         meanDepth: try number(basin["mean_depth"]), landCover: try vector(basin["area_fractions"]),
                         soilCarbon: try number(basin["soil_carbon"]), meanRadiance: try number(basin["mean_radiance"]),
                         radianceMayToSeptember: try number(basin["mean_radiance_may_sept"]),
                         radianceNovemberToMarch: try number(basin["mean_radiance_nov_mar"]),
                         windSpeed: try number(basin["mean_monthly_windspeed"]), waterIntakeDepth: value(basin["water_intake_depth"]) as? Double))
    }

    @Test("the 11 Myanmar reservoirs: net CO2, net CH4 and yearly totals within 1 % of the published outputs")
    func myanmarDemo() throws {
        let model = try GResModel.bundled()
        let catalog = try GWPCatalog.bundled()
        let gres = try catalog.set(model.coefficients.referenceGWPSet)
        let demo = try Self.demo()
        #expect(demo.count == 11)
        var worst = 0.0
        for (name, entry) in demo.sorted(by: { $0.key < $1.key }) {
            let inputs = try #require(entry["inputs"] as? [String: Any])
            let outputs = try #require(entry["outputs"] as? [String: Any])
            let result = try model.emissions(of: try Self.input(name, inputs), gwp: gres, reference: gres)
            let pairs: [(String, Double)] = [("co2_net", result.co2.net), ("ch4_net", result.ch4.net),
                                             ("co2_total_per_year", result.co2PerYear), ("ch4_total_per_year", result.ch4PerYear),
                                             ("co2_diffusion", result.co2.grossDiffusion), ("co2_preimp", result.co2.preImpoundment),
                                             ("ch4_diffusion", result.ch4.diffusion), ("ch4_ebullition", result.ch4.ebullition)]
            for (key, computed) in pairs {
                let published = try Self.number(outputs[key])
                let error = abs(computed - published) / abs(published)
                worst = max(worst, error)
                #expect(error < 0.01, "\(name) \(key): published \(published), computed \(computed)")
            }
            #expect(result.ch4.degassing == 0, "\(name): type unknown, no degassing")
            #expect(abs(result.co2Lifetime - 100 * result.co2PerYear) < 1e-6, "lifetime in t, 100 × yearly")
        }
        print("G-res, 11 Myanmar reservoirs: worst relative error \(worst)")
    }
}
