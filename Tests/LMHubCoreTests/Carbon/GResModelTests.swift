import Foundation
import LMHubCore
import Testing

@Suite("Carbon G-res model")
struct GResModelTests {
    let model: GResModel
    let catalog: GWPCatalog

    init() throws {
        model = try .bundled()
        catalog = try .bundled()
    }

    func kabaung() throws -> (ReservoirInput, [String: Any]) {
        let entry = try #require(try GResReferenceTests.demo()["Kabaung"])
        return (try GResReferenceTests.input("Kabaung", try #require(entry["inputs"] as? [String: Any])), try #require(entry["intern_vars"] as? [String: Any]))
    }

    @Test("Kabaung's intermediate values (Appendix A equations) against the demo's internal variables")
    func intermediates() throws {
        let (input, intern) = try kabaung()
        let c = try model.characteristics(of: input)
        let pairs: [(String, Double)] = [("littoral_area_frac", c.littoralPercent), ("global_radiance", c.globalRadiance),
                                         ("bottom_temperature", c.bottomTemperature), ("surface_temperature", c.surfaceTemperature),
                                         ("bottom_density", c.bottomDensity), ("surface_density", c.surfaceDensity),
                                         ("thermocline_depth", c.thermoclineDepth ?? 0), ("reservoir_tp", c.reservoirPhosphorus),
                                         ("retention_coeff", c.retention)]
        for (key, computed) in pairs {
            let published = try GResReferenceTests.number(intern[key])
            #expect(abs(computed / published - 1) < 0.001, "\(key): published \(published), computed \(computed)")
        }
    }

    @Test("the kilograms of methane do not depend on the GWP set: AR6 (non-fossil 27.0) is G-res's 34 × 27/34, degassing included")
    func gwpInvariance() throws {
        let (demo, _) = try kabaung()
        let input = ReservoirInput(name: demo.name, use: .hydroelectric, coordinates: demo.coordinates, monthlyTemperatures: demo.monthlyTemperatures,
                                   profileYears: demo.profileYears, catchment: demo.catchment, basin: demo.basin)
        let gres = try catalog.set("ar5-ccfb"), ar6 = try catalog.set("ar6")
        let reference = try model.emissions(of: input, gwp: gres, reference: gres)
        let other = try model.emissions(of: input, gwp: ar6, reference: gres)
        #expect(reference.ch4.degassing > 0, "hydroelectric, stratified, intake unknown: degassing counted")
        #expect(abs(other.ch4.net / reference.ch4.net - 27.0 / 34) < 1e-12)
        #expect(abs(other.ch4.degassing / reference.ch4.degassing - 27.0 / 34) < 1e-12)
        #expect(other.co2.net == reference.co2.net && other.methaneGWP == 27.0)
    }

    @Test("an intake above the thermocline takes no degassing; below it, degassing whatever the type")
    func intakeDepth() throws {
        let (demo, _) = try kabaung()
        func with(intake: Double) throws -> Double {
            let basin = demo.basin
            let input = ReservoirInput(name: demo.name, use: .irrigation, coordinates: demo.coordinates, monthlyTemperatures: demo.monthlyTemperatures,
                                       profileYears: demo.profileYears, catchment: demo.catchment,
                                       basin: .init(volume: basin.volume, area: basin.area, maximumDepth: basin.maximumDepth, meanDepth: basin.meanDepth,
                                                    landCover: basin.landCover, soilCarbon: basin.soilCarbon, meanRadiance: basin.meanRadiance,
                                                    radianceMayToSeptember: basin.radianceMayToSeptember, radianceNovemberToMarch: basin.radianceNovemberToMarch,
                                                    windSpeed: basin.windSpeed, waterIntakeDepth: intake))
            let set = try catalog.set("ar5-ccfb")
            return try model.emissions(of: input, gwp: set, reference: set).ch4.degassing
        }
        #expect(try with(intake: 1) == 0, "thermocline at 2.05 m")
        #expect(try with(intake: 20) > 0)
    }

    @Test("inputs the equations cannot take are refused naming the reservoir and field")
    func validation() throws {
        let (demo, _) = try kabaung()
        let set = try catalog.set("ar5-ccfb")
        let shares = ReservoirInput(name: "X", use: .unknown, coordinates: nil, monthlyTemperatures: demo.monthlyTemperatures, profileYears: [1],
                                    catchment: demo.catchment, basin: .init(volume: 1e6, area: 1, maximumDepth: 10, meanDepth: 10, landCover: Array(repeating: 0.1, count: 27),
                                                                             soilCarbon: 5, meanRadiance: 5, radianceMayToSeptember: 5, radianceNovemberToMarch: 5,
                                                                             windSpeed: 1, waterIntakeDepth: nil))
        #expect {
            _ = try model.emissions(of: shares, gwp: set, reference: set)
        } throws: { error in
            (error as? ReservoirInputError)?.field == "reservoir.area_fractions" && (error as? ReservoirInputError)?.reservoir == "X"
        }
    }

    @Test("a hydropower project: the reservoir's net emissions in B1-B5 over the lifetime, per MWh over the lifetime")
    func hydropowerProject() throws {
        let (input, _) = try kabaung()
        let accounting = try ProjectAccounting.bundled()
        let project = CarbonProject(name: "Kabaung", kind: .hydropower, capacityMW: 30, lifetimeYears: 100, annualGenerationMWh: 120_000,
                                    gwpSet: "ar5-ccfb", lines: [], reservoir: input)
        let result = try accounting.account(project)
        let reservoir = try #require(result.reservoir)
        // Published: 17,954.023 + 19,854.6961 t CO2e/yr (demo outputs, GWP CH4 34).
        #expect(abs(result.tonnes(.b1b5) / (100 * (17_954.023 + 19_854.6961)) - 1) < 1e-4)
        #expect(abs(try #require(result.functionalUnits.first { $0.per == "MWh" }).value - (reservoir.co2PerYear + reservoir.ch4PerYear) * 1000 / 120_000) < 1e-6)
        #expect(result.lines.first?.gases.map(\.gas) == [.co2, .ch4NonFossil])
    }
}
