import LMHubCore
import Testing

/// The unit traps of the bug reports (BHoM/LifeCycleAssessment_Toolkit#340 ×1000 t/kg, ORNL AMO-Tools kWh/MWh,
/// litres vs kilograms, per t·km vs per km), each converted right or refused naming the line.
@Suite("Carbon unit traps")
struct CarbonUnitTrapTests {
    let accounting: ProjectAccounting

    init() throws { accounting = try .bundled() }

    func tonnes(_ line: ActivityLine, gwp: String? = nil) throws -> Double {
        try accounting.account(carbonProject([line], gwp: gwp)).total
    }

    @Test("kg against t: a factor in t CO2e/t and one in kg CO2e/kg give the same tonnes, not ×1000 apart")
    func tonneKilogram() throws {
        #expect(abs(try tonnes(try carbonLine(2, .a1a3, 1000, .kilogram, "0.5 tCO2e/t")) - 0.5) < 1e-12)
        #expect(abs(try tonnes(try carbonLine(2, .a1a3, 1, .tonne, "0.5 kgCO2e/kg")) - 0.5) < 1e-12)
        #expect(abs(try tonnes(try carbonLine(2, .a1a3, 2, .tonne, "500 gCO2e/kg")) - 1) < 1e-12)
    }

    @Test("kWh against MWh: 1000 kWh at China's 0.5703 t CO2/MWh is 0.5703 t")
    func kilowattMegawatt() throws {
        #expect(abs(try tonnes(try carbonLine(2, .b6, 1000, .kilowattHour, "grid.chn.2022.gen.mee")) - 0.5703) < 1e-12)
        #expect(abs(try tonnes(try carbonLine(2, .b6, 1, .megawattHour, "0.5703 kgCO2/kWh")) - 0.5703) < 1e-12)
    }

    @Test("litres to kilograms by the fuel's density, flagged where the density is suspect; refused without a density")
    func litres() throws {
        let result = try accounting.account(carbonProject([try carbonLine(2, .a5, 1000, .litre, "ipcc2006.gas-diesel-oil.off-road")]))
        let line = try #require(result.lines.first)
        // 1000 L × 0.913280524 kg/L = 913.28 kg × 43 MJ/kg = 0.03927 TJ × 74100 kg CO2/TJ = 2.90999 t CO2 (GHGP's 2.90999 kg CO2/L).
        #expect(abs(try #require(line.gases.first { $0.gas == .co2 }).kilograms - 2909.9857336212) < 1e-6)
        #expect(line.conversion.usedDensity && line.flags.contains { $0.contains("suspected density") })
        let inTonnes = try accounting.account(carbonProject([try carbonLine(2, .a5, 1, .tonne, "ipcc2006.gas-diesel-oil.off-road")]))
        #expect(inTonnes.lines.first?.flags.isEmpty == true, "no density used, no density flag")
        let error = carbonError { _ = try self.tonnes(try carbonLine(7, .a1a3, 1000, .litre, "0.13 kgCO2e/kg")) }
        #expect(error?.line == 7 && error?.field == "unit" && error?.message.contains("no density") == true)
    }

    @Test("a mass against a per-t·km freight factor is refused naming the line; t·km and short ton-miles convert")
    func freight() throws {
        let error = carbonError { _ = try self.tonnes(try carbonLine(4, .a4, 30, .tonne, "defra2023.freight.hgv-articulated-average")) }
        #expect(error?.file == "test.csv" && error?.line == 4 && error?.field == "unit" && error?.message.contains("t·km") == true)
        let distance = carbonError { _ = try self.tonnes(try carbonLine(5, .a4, 120, .kilometre, "defra2023.freight.rail")) }
        #expect(distance?.line == 5 && distance?.message.contains("distance × the mass") == true)
        // US EPA rail: 0.022 kg CO2 per short ton-mile = 0.022 / 1.459972 = 0.015069 kg CO2/t·km.
        let rail = try accounting.account(carbonProject([try carbonLine(2, .a4, 1000, .tonneKilometre, "epa2024.freight.rail")]))
        #expect(abs(try #require(rail.lines.first?.gases.first { $0.gas == .co2 }).kilograms - 1000 * 0.022 / 1.4599723) < 1e-4)
    }

    @Test("a value without a reference unit is a total, not a factor, and is refused")
    func totalIsNotAFactor() {
        #expect(throws: FactorLiteralError.self) { _ = try FactorLiteral(parsing: "1200 tCO2e") }
        #expect(throws: FactorLiteralError.self) { _ = try FactorLiteral(parsing: "0.13 kg/kg") }
        #expect(throws: FactorLiteralError.self) { _ = try FactorLiteral(parsing: "0.13 kgCO2e/furlong") }
        #expect(CarbonUnit(parsing: "MT") == nil, "MT is neither Mt nor t: never guessed")
        #expect(CarbonUnit(parsing: "t·km") == .tonneKilometre && CarbonUnit(parsing: "kwh") == .kilowattHour)
    }
}
