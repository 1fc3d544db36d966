import Foundation
import LMHubCore
import Testing

/// Refusals and notes a fresh-user trial found missing: non-finite results, negative lines outside D, the GWP
/// set's provenance, flag wording, reservoir inputs outside G-res's range and unknown biomes.
@Suite("Carbon trial fixes")
struct CarbonTrialFixTests {
    let accounting: ProjectAccounting

    init() throws {
        accounting = try .bundled()
    }

    @Test("a line of 1e308 t overflows to infinity: refused naming the file, line and quantity, not printed as inf")
    func nonFiniteLine() throws {
        let huge = try carbonLine(4, .a1a3, 1e308, .tonne, "1000 kgCO2e/t")
        let error = try #require(carbonError { _ = try accounting.account(carbonProject([huge])) })
        #expect(error.file == "test.csv" && error.line == 4 && error.field == "quantity" && error.message.contains("not a finite number"))
        // Two finite lines (1e305 t → 1e308 kg CO2e each) whose sum overflows: refused for the file as a whole.
        let big = [try carbonLine(2, .a1a3, 1e305, .tonne, "1 tCO2e/t"), try carbonLine(3, .a5, 1e305, .tonne, "1 tCO2e/t")]
        let total = try #require(carbonError { _ = try accounting.account(carbonProject(big)) })
        #expect(total.file == "test.csv" && total.line == 0 && total.message.contains("CO2e mass summed over the lines is not a finite number"))
    }

    @Test("a negative line outside D (−1000 t in A1-A3) is noted naming the line; D's credits are not")
    func negativeOutsideD() throws {
        let lines = [try carbonLine(2, .a1a3, -1000, .tonne, "0.1 tCO2e/t"), try carbonLine(3, .d, 50, .tonne, "-2 tCO2e/t")]
        let result = try accounting.account(carbonProject(lines))
        #expect(result.total == -100 && result.moduleD == -100)
        #expect(result.notes.contains { $0.hasPrefix("line 2: a negative emission (-100 t CO2e) in A1-A3") && $0.contains("belong in D") })
        #expect(!result.notes.contains { $0.hasPrefix("line 3:") })
    }

    @Test("the GWP set note says whether the set was chosen, the project's or the default; a flag names one line as 'line N'")
    func gwpProvenanceAndFlagWording() throws {
        let gas = try carbonLine(2, .a5, 10, .tonne, "130 kgCO2e/t")
        #expect(try accounting.account(carbonProject([gas])).notes.first?.hasSuffix("(LMHub's default)") == true)
        #expect(try accounting.account(carbonProject([gas], gwp: "ar5")).notes.first?.hasSuffix("(the project's)") == true)
        let chosen = try accounting.account(carbonProject([gas]), gwpSet: "ar6")
        #expect(chosen.notes.first?.hasSuffix("(chosen)") == true && chosen.notes.first?.contains("AR6") == true)
        let flag = try #require(chosen.notes.first { $0.contains("GWP set of this CO2e factor is not stated") })
        #expect(flag.hasPrefix("line 2: the GWP set"))
    }

    @Test("a country without a bundled grid factor is noted; a Lancang-Mekong country with one is not")
    func countryWithoutGrid() throws {
        let line = try carbonLine(2, .a5, 10, .tonne, "0.1 tCO2e/t")
        func result(_ country: String) throws -> CarbonResult {
            try accounting.account(CarbonProject(name: "c", kind: .road, country: country, file: "c.csv", lines: [line]))
        }
        #expect(try result("FRA").notes.contains { $0.hasPrefix("country FRA: no grid electricity factor") })
        #expect(try !result("LAO").notes.contains { $0.hasPrefix("country ") })
    }

    @Test("G-res inputs: monthly temperatures of 400 °C and the biome 'moon' are refused naming the field and what is accepted")
    func reservoirRanges() throws {
        let model = try GResModel.bundled(), set = try GWPCatalog.bundled().set("ar5-ccfb")
        let range = model.coefficients.inputRanges.monthlyTemperature
        #expect(range.minimum == -60 && range.maximum == 60 && !range.reason.isEmpty)
        let demo = try GResReferenceTests.input("Kabaung", try #require(try GResReferenceTests.demo()["Kabaung"]?["inputs"] as? [String: Any]))
        #expect(throws: Never.self) { _ = try model.emissions(of: demo, gwp: set, reference: set) }
        let hot = ReservoirInput(name: "Hot", use: demo.use, coordinates: demo.coordinates, monthlyTemperatures: Array(repeating: 400, count: 12),
                                 profileYears: demo.profileYears, catchment: demo.catchment, basin: demo.basin)
        let tooHot = try #require(reservoirError { _ = try model.emissions(of: hot, gwp: set, reference: set) })
        #expect(tooHot.field == "monthly_temps" && tooHot.message.contains("month 1: 400 °C") && tooHot.message.contains("-60…60 °C"))
        let c = demo.catchment
        let moon = ReservoirInput(name: "Moon", use: demo.use, coordinates: demo.coordinates, monthlyTemperatures: demo.monthlyTemperatures,
                                  profileYears: demo.profileYears,
                                  catchment: .init(runoff: c.runoff, area: c.area, riverLength: c.riverLength, population: c.population, landCover: c.landCover,
                                                   slope: c.slope, precipitation: c.precipitation, evapotranspiration: c.evapotranspiration,
                                                   soilWetness: c.soilWetness, olsenPhosphorus: c.olsenPhosphorus, biome: "moon", climate: c.climate,
                                                   soilType: c.soilType, wastewaterTreatment: c.wastewaterTreatment, landUseIntensity: c.landUseIntensity),
                                  basin: demo.basin)
        let biome = try #require(reservoirError { _ = try model.emissions(of: moon, gwp: set, reference: set) })
        #expect(biome.field == "catchment.biogenic_factors.biome" && biome.message.contains("'moon'") && biome.message.contains("tropical moist broadleaf"))
    }

    func reservoirError(_ body: () throws -> Void) -> ReservoirInputError? {
        do { try body() } catch let error as ReservoirInputError { return error } catch { return nil }
        return nil
    }
}
