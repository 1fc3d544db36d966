import Foundation
import LMHubCore
import Testing

/// The bundled factors against the published values they were taken from.
@Suite("Carbon factor library")
struct CarbonFactorTests {
    let library: FactorLibrary
    let accounting: ProjectAccounting

    init() throws {
        library = try .bundled()
        accounting = try .bundled()
    }

    /// GHGP Cross-Sector Tools V2.0, sheet "Stationary Combustion", Tables 1–3, "Mass basis" columns (kg per tonne of
    /// fuel): the tool's own IPCC Tier 1 products (NCV × EF), a value independent of LMHub's arithmetic.
    static func massBasis() throws -> [(factor: String, co2: Double, ch4: Double, n2o: Double)] {
        let url = GResReferenceTests.fixtures.appendingPathComponent("ghgp_stationary_mass_basis.csv")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst().map { row in
            let cells = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let numbers = try cells.suffix(3).map { try #require(Double($0)) }
            return ("ipcc2006.\(cells[0]).stationary", numbers[0], numbers[1], numbers[2])
        }
    }

    @Test("IPCC Tier 1: 1 t of each shipped fuel gives the GHG Protocol tool's kg per tonne (1 t gas/diesel oil → 3.186 t CO2)")
    func tier1() throws {
        let published = try Self.massBasis()
        #expect(published.count == 53)
        for fuel in published {
            let result = try accounting.account(carbonProject([try carbonLine(2, .a5, 1, .tonne, fuel.factor)]))
            let gases = try #require(result.lines.first).gases
            func kilograms(_ gas: GreenhouseGas) -> Double { gases.first { $0.gas == gas }?.kilograms ?? 0 }
            let biomass = library[fuel.factor]?.note?.contains("biogenic CO2") == true
            #expect(biomass ? kilograms(.co2) == 0 : abs(kilograms(.co2) / fuel.co2 - 1) < 1e-4, "\(fuel.factor) CO2: \(kilograms(.co2)) vs \(fuel.co2)")
            #expect(abs(kilograms(.ch4) - fuel.ch4) < 1e-6 * max(1, fuel.ch4), "\(fuel.factor) CH4")
            #expect(abs(kilograms(.n2o) - fuel.n2o) < 1e-6 * max(1, fuel.n2o), "\(fuel.factor) N2O")
        }
        let diesel = try accounting.account(carbonProject([try carbonLine(2, .a5, 1, .tonne, "ipcc2006.gas-diesel-oil.stationary")]))
        #expect(abs(try #require(diesel.gases.first { $0.gas == .co2 }).kilograms / 1000 - 3.1863) < 1e-4)
    }

    @Test("mobile CH4 and N2O: off-road and rail diesel 4.15 and 28.6 kg/TJ (IPCC Tables 3.3.1 and 3.4.1)")
    func mobile() throws {
        for id in ["ipcc2006.gas-diesel-oil.off-road", "ipcc2006.gas-diesel-oil.rail"] {
            let factor = try #require(library[id])
            #expect(factor.amounts.map(\.value) == [74100, 4.15, 28.6] && factor.per == .terajoule && factor.netCalorificValue == 43)
        }
        #expect(library["ipcc2006.gas-diesel-oil.on-road"]?.source.verified == false, "IPCC Table 3.2.2 values unverified")
    }

    @Test("freight per t·km: DEFRA 2023 HGV articulated average 0.0739, >33 t 0.07294, rail 0.02749, bulk carrier 0.00349; US truck 0.168 per short ton-mile")
    func freight() throws {
        let expected: [(String, Double, CarbonUnit)] = [
            ("defra2023.freight.hgv-articulated-average", 0.0739, .tonneKilometre), ("defra2023.freight.hgv-articulated-gt-33-tonnes", 0.07294, .tonneKilometre),
            ("defra2023.freight.hgv-rigid-gt-17-tonnes", 0.1517, .tonneKilometre), ("defra2023.freight.hgv-type-unknown-average", 0.09545, .tonneKilometre),
            ("defra2023.freight.rail", 0.02749, .tonneKilometre), ("defra2023.freight.bulk-carrier-average", 0.00349, .tonneKilometre),
            ("defra2023.freight.container-ship-average", 0.01592, .tonneKilometre), ("epa2024.freight.heavy-duty-truck", 0.168, .shortTonMile),
            ("epa2024.freight.rail", 0.022, .shortTonMile), ("epa2024.freight.waterborne-craft", 0.082, .shortTonMile),
        ]
        for (id, co2, per) in expected {
            let factor = try #require(library[id], "\(id)")
            #expect(factor.per == per && factor.amounts.first { $0.gas == .co2 }?.kilograms == co2, "\(id)")
        }
        // The research note's conversion: US truck 0.168 kg/short ton-mile ≈ 0.115 kg/t·km.
        let truck = try accounting.account(carbonProject([try carbonLine(2, .a4, 1, .tonneKilometre, "epa2024.freight.heavy-duty-truck")]))
        #expect(abs(try #require(truck.gases.first { $0.gas == .co2 }).kilograms - 0.115) < 0.0005)
    }

    @Test("grid electricity: the six countries, each factor with its kind; Thailand 2022 0.412 (EPPO), China 2022 0.5703 (MEE), Viet Nam 2022 CM 0.6766")
    func grid() throws {
        let grid = library.all.filter { $0.category == .electricity }
        #expect(Set(grid.compactMap(\.region)) == ["CHN", "KHM", "LAO", "MMR", "THA", "VNM"])
        #expect(grid.allSatisfy { $0.electricity != nil })
        #expect(library["grid.tha.2022.gen.eppo"]?.amounts.first?.kilograms == 0.412 && library["grid.tha.2022.gen.eppo"]?.per == .kilowattHour)
        #expect(abs((library["grid.chn.2022.gen.mee"]?.amounts.first?.kilograms ?? 0) - 570.3) < 1e-9 && library["grid.chn.2022.gen.mee"]?.per == .megawattHour)
        #expect(library["grid.vnm.2022.cm.dcc"]?.electricity == .combinedMargin && library["grid.vnm.2022.cm.dcc"]?.source.verified == false)
        #expect(library["grid.tha.2026.cons.tgo"]?.electricity == .consumption)
    }

    @Test("every bundled factor has a source, year and licence; no material factors (ICE) are bundled")
    func provenance() throws {
        for factor in library.all {
            #expect(!factor.source.document.isEmpty && !factor.source.licence.isEmpty && factor.source.year != nil, "\(factor.id)")
            #expect(!factor.amounts.isEmpty && factor.amounts.allSatisfy { $0.value.isFinite })
        }
        #expect(!library.all.contains { $0.category == .material || $0.source.document.localizedCaseInsensitiveContains("ICE") && $0.source.document.contains("Inventory of Carbon") })
        #expect(library["ipcc2006.gas-diesel-oil.stationary"]?.densityFlag?.contains("0.913") == true)
        #expect(library["ghgp.fuel.on-road-diesel-fuel"]?.flags.first?.contains("suspected density error") == true)
    }

    @Test("a user's factor never replaces a bundled one")
    func noShadowing() throws {
        var copy = library
        let error = carbonError {
            try copy.add([try FactorLiteral(parsing: "1 kgCO2/tkm").factor(id: "defra2023.freight.rail", name: "mine", source: "mine")], file: "mine.csv")
        }
        #expect(error?.file == "mine.csv" && error?.field == "id")
    }
}
