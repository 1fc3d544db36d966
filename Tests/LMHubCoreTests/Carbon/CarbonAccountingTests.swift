import LMHubCore
import Testing

@Suite("Carbon accounting")
struct CarbonAccountingTests {
    let accounting: ProjectAccounting

    init() throws { accounting = try .bundled() }

    @Test("GWP sets as data: AR5 CH4 28 (default), AR5 with feedback 34, AR6 fossil 29.8 and non-fossil 27.0, N2O 265/298/273")
    func gwpSets() throws {
        let catalog = accounting.gwp
        #expect(catalog.defaultSet == "ar5")
        let expected: [(String, Double, Double, Double)] = [("ar4", 25, 25, 298), ("ar5", 28, 28, 265), ("ar5-ccfb", 34, 34, 298), ("ar6", 29.8, 27.0, 273)]
        for (id, fossil, nonFossil, n2o) in expected {
            let set = try catalog.set(id)
            #expect(set.gwp(of: .ch4) == fossil && set.gwp(of: .ch4NonFossil) == nonFossil && set.gwp(of: .n2o) == n2o && set.gwp(of: .co2) == 1)
        }
        #expect(carbonError { _ = try catalog.set("ar7") }?.field == "gwp")
        // 1 t of natural gas burnt (IPCC 2006, commercial/institutional): CH4 0.24 kg, N2O 0.0048 kg per tonne.
        let gas = try carbonLine(2, .b6, 1, .tonne, "ipcc2006.natural-gas.stationary")
        let ar5 = try accounting.account(carbonProject([gas]))
        let ar6 = try accounting.account(carbonProject([gas], gwp: "ar6"))
        #expect(ar5.gwpSet == "ar5" && ar5.notes.first?.contains("LMHub's default") == true)
        #expect(abs((ar6.total - ar5.total) * 1000 - (0.24 * (29.8 - 28) + 0.0048 * (273 - 265))) < 1e-9)
    }

    @Test("a CO2e factor of another GWP set is refused naming the line; of the project's set, or unstated with a note, it is taken")
    func gwpMixing() throws {
        let ar6Factor = try carbonLine(9, .a1a3, 100, .tonne, "130 kgCO2e/t ar6")
        let error = carbonError { _ = try self.accounting.account(carbonProject([ar6Factor])) }
        #expect(error?.file == "test.csv" && error?.line == 9 && error?.field == "factor" && error?.message.contains("mixing GWP sets") == true)
        #expect(try accounting.account(carbonProject([ar6Factor], gwp: "ar6")).total == 13)
        let unstated = try accounting.account(carbonProject([try carbonLine(3, .a1a3, 100, .tonne, "130 kgCO2e/t")], gwp: "ar4"))
        #expect(unstated.total == 13 && unstated.lines[0].flags.contains { $0.contains("not stated") })
        #expect(carbonError { _ = try self.accounting.account(carbonProject([ar6Factor]), gwpSet: "ar5") } != nil)
    }

    @Test("D is reported apart and never netted into the total; shares are of A–C")
    func moduleD() throws {
        let lines = [try carbonLine(2, .a1a3, 1000, .tonne, "0.1 tCO2e/t"), try carbonLine(3, .a5, 100, .tonne, "0.3 tCO2e/t"),
                     try carbonLine(4, .d, -500, .tonne, "0.1 tCO2e/t")]
        let result = try accounting.account(carbonProject(lines, lengthKm: 2))
        #expect(result.total == 130 && result.moduleD == -50 && result.tonnes(.d) == -50)
        #expect(result.modules.map(\.module) == [.a1a3, .a5] && !result.modules.contains { $0.module == .d })
        #expect(abs(result.modules.compactMap(\.share).reduce(0, +) - 1) < 1e-12)
        #expect(result.gases.map(\.tonnesCO2e).reduce(0, +) == 130 && result.gasesD.first?.tonnesCO2e == -50)
        #expect(result.functionalUnits.first?.per == "km" && result.functionalUnits.first?.value == 65, "per km from the A–C total only")
    }

    @Test("an unknown factor id is refused with nearby ids; a literal factor without its source is refused")
    func unknownFactor() throws {
        let error = carbonError { _ = try self.accounting.account(carbonProject([try carbonLine(6, .a4, 10, .tonneKilometre, "defra2023.freight.hgv-articulated")])) }
        #expect(error?.line == 6 && error?.field == "factor" && error?.message.contains("defra2023.freight.hgv-articulated-average") == true)
        let literal = ActivityLine(line: 8, module: .a1a3, item: "steel", quantity: 1, unit: .tonne,
                                   factor: .literal(try FactorLiteral(parsing: "1.5 tCO2e/t").factor(id: "line 8", name: "steel", source: " ")), source: nil)
        #expect(carbonError { _ = try self.accounting.account(carbonProject([literal])) }?.field == "source")
    }

    @Test("identical lines are each counted and named: site emissions count once per project, not per structure")
    func repeatedLines() throws {
        let a5 = try carbonLine(2, .a5, 10, .tonne, "ipcc2006.gas-diesel-oil.off-road")
        let again = ActivityLine(line: 5, module: a5.module, item: a5.item, quantity: a5.quantity, unit: a5.unit, factor: a5.factor, source: a5.source)
        let result = try accounting.account(carbonProject([a5, again]))
        #expect(result.notes.contains { $0.hasPrefix("lines 2, 5 are identical") })
    }

    @Test("grid factors of different kinds in one result are said; one kind is not")
    func electricityKinds() throws {
        let mixed = try accounting.account(carbonProject([try carbonLine(2, .b6, 100, .megawattHour, "grid.vnm.2022.gen.cfl"),
                                                          try carbonLine(3, .d, -50, .megawattHour, "grid.vnm.2023.cm.dcc")]))
        #expect(mixed.electricityFactorTypes == [.combinedMargin, .generationAverage])
        #expect(mixed.notes.contains { $0.contains("different kinds") && $0.contains("combined margin (lines 3)") })
        #expect(mixed.unverifiedFactors == ["grid.vnm.2023.cm.dcc"])
        let single = try accounting.account(carbonProject([try carbonLine(2, .b6, 100, .megawattHour, "grid.tha.2022.gen.eppo")]))
        #expect(!single.notes.contains { $0.contains("different kinds") } && single.total == 41.2)
    }

    @Test("scenarios side by side: rows per module, total and D, differences from the first; one GWP set only")
    func scenarios() throws {
        let asphalt = try accounting.account(CarbonProject(name: "asphalt", kind: .road, lengthKm: 10, lines: [
            try carbonLine(2, .a4, 1_000_000, .tonneKilometre, "defra2023.freight.hgv-articulated-average"),
            try carbonLine(3, .a5, 100, .tonne, "ipcc2006.gas-diesel-oil.off-road")]))
        let concrete = try accounting.account(CarbonProject(name: "concrete", kind: .road, lengthKm: 10, lines: [
            try carbonLine(2, .a4, 1_000_000, .tonneKilometre, "defra2023.freight.rail"),
            try carbonLine(3, .b6, 10, .megawattHour, "grid.lao.2021.gen.cfl")]))
        let comparison = try ScenarioComparison([asphalt, concrete])
        #expect(comparison.rows.map(\.label) == ["A4", "A5", "B6", "total", "D"])
        let a4 = try #require(comparison.rows.first)
        #expect(abs(a4.values[0] - 73.9 - 1e6 * (0.0004 * 28 + 0.0047986577181208055 * 265) / 1e6) < 1e-9)
        #expect(abs(a4.differences[1] - (a4.values[1] - a4.values[0])) < 1e-12 && a4.differences[0] == 0)
        #expect(comparison.functionalUnits.first?.label == "km")
        let ar6 = try accounting.account(CarbonProject(name: "ar6", kind: .road, gwpSet: "ar6", lines: []))
        #expect(carbonError { _ = try ScenarioComparison([asphalt, ar6]) }?.field == "gwp")
    }

    @Test("functional units by kind: per km for roads, per ha for parks, per MWh over the lifetime for hydropower")
    func functionalUnits() throws {
        let line = try carbonLine(2, .a5, 1000, .tonne, "1 tCO2e/t")
        let park = try accounting.account(CarbonProject(name: "park", kind: .industrialPark, areaHa: 50, lifetimeYears: 20, lines: [line]))
        #expect(park.functionalUnits.map(\.per) == ["ha", "yr"] && park.functionalUnits[0].value == 20)
        let plant = try accounting.account(CarbonProject(name: "plant", kind: .hydropower, capacityMW: 10, lifetimeYears: 50,
                                                         annualGenerationMWh: 40_000, lines: [line]))
        #expect(plant.functionalUnits.map(\.per) == ["MWh", "MW", "yr"])
        #expect(plant.functionalUnits[0].value == 0.5 && plant.functionalUnits[0].unit == "kg CO2e/MWh")
    }
}
