import Foundation
import LMHubCore
import LMHubIngest
import Testing

@Suite("Carbon project files")
struct CarbonProjectFileTests {
    static let examples = repositoryRoot.appendingPathComponent("examples/carbon")

    func account(_ contents: CarbonProjectFile.Contents) throws -> CarbonResult {
        var accounting = try ProjectAccounting.bundled()
        var library = accounting.library
        for (file, factors) in contents.factorFiles { try library.add(factors, file: file) }
        accounting = ProjectAccounting(library: library, gwp: accounting.gwp, gres: accounting.gres)
        return try accounting.account(contents.project)
    }

    func error(_ body: () throws -> Void) -> IngestError? {
        do { try body() } catch let error as IngestError { return error } catch { return nil }
        return nil
    }

    @Test("every bundled example reads and accounts with the bundled factors only")
    func examples() throws {
        for name in ["road-asphalt", "road-concrete", "railway", "industrial-park", "hydropower"] {
            let contents = try CarbonProjectFile.read(path: Self.examples.appendingPathComponent("\(name).json").path)
            #expect(contents.factorFiles.isEmpty)
            let result = try account(contents)
            #expect(result.total > 0 && !result.functionalUnits.isEmpty, "\(name)")
        }
        let road = try account(try CarbonProjectFile.read(path: Self.examples.appendingPathComponent("road-asphalt.json").path))
        #expect(road.lines.count == 10 && road.project.lengthKm == 12.5 && road.gwpSet == "ar5")
        // A4: 1,575,000 t·km rigid > 17 t and 275,000 t·km articulated, DEFRA 2023 CO2 + CH4 and N2O (g/t·km) under AR5.
        let rigid = 0.1517 + (0.0016 * 28 + 0.007583892617449663 * 265) / 1000
        let articulated = 0.0739 + (0.0004 * 28 + 0.0047986577181208055 * 265) / 1000
        #expect(abs(road.tonnes(.a4) - (1_575_000 * rigid + 275_000 * articulated) / 1000) < 1e-9)
        let park = try account(try CarbonProjectFile.read(path: Self.examples.appendingPathComponent("industrial-park.json").path))
        #expect(park.moduleD < 0 && park.total > 0 && park.notes.contains { $0.contains("different kinds") })
        let hydro = try account(try CarbonProjectFile.read(path: Self.examples.appendingPathComponent("hydropower.json").path))
        #expect(hydro.reservoir?.name == "Nam Example" && hydro.functionalUnits.first?.per == "MWh")
    }

    @Test("a CSV alone is a project named after its file; a factor file adds material factors with their sources")
    func csvAndFactorFile() throws {
        let lines = try temporaryFile("module,item,quantity,unit,factor,source\nA1-A3,rebar,120,t,epd.rebar,\nA1–A3,\"concrete, C30/37\",2400,t,0.13 kgCO2e/kg,\"EPD example, Table 4\"\n", name: "bridge.csv")
        let factors = try temporaryFile("id,value,unit,source,verified,gwp\nepd.rebar,1.2,kgCO2e/kg,Example EPD 123 Table 2,false,ar5\n", name: "factors.csv")
        let json = try temporaryFile(#"{"name": "Bridge", "kind": "road", "activities": "\#(lines)", "factors": "\#(factors)", "length_km": 0.4}"#, name: "bridge.json")
        let contents = try CarbonProjectFile.read(path: json)
        let result = try account(contents)
        #expect(abs(result.total - (120 * 1.2 + 2400 * 0.13)) < 1e-9 && result.modules.map(\.module) == [.a1a3])
        #expect(result.unverifiedFactors == ["epd.rebar", "line 3"])
        let alone = try CarbonProjectFile.read(path: lines)
        #expect(alone.project.name == "bridge" && alone.project.kind == .other)
    }

    @Test("bad cells are refused naming the file, line and column")
    func badCells() throws {
        let header = "module,item,quantity,unit,factor,source\n"
        let cases: [(String, Int, String)] = [
            ("A6,fill,1,t,x,\n", 2, "module"), ("A4,,1,t,x,\n", 2, "item"), ("A4,haul,lots,t,x,\n", 2, "quantity"),
            ("A4,haul,1,tonnes-km,x,\n", 2, "unit"), ("# comment\nA1-A3,steel,1,t,1.5 tCO2e/t,\n", 3, "source"),
            ("A1-A3,steel,1,t,1.5 tCO2e,doc\n", 2, "factor"), ("A1-A3,steel,1,t,,doc\n", 2, "factor"),
        ]
        for (row, line, field) in cases {
            let path = try temporaryFile(header + row)
            let found = error { _ = try CarbonActivityFile.read(path: path) }
            #expect(found?.file == path && found?.line == line && found?.field == field, "\(row): \(String(describing: found))")
        }
        let missing = error { _ = try CarbonActivityFile.read(path: try temporaryFile("module,item,quantity\n")) }
        #expect(missing?.line == 1 && missing?.message.contains("unit, factor, source") == true)
        let twice = error { _ = try CarbonFactorFile.read(path: try temporaryFile("id,value,unit,source\na,1,kgCO2e/kg,x\na,2,kgCO2e/kg,x\n")) }
        #expect(twice?.line == 3 && twice?.field == "id")
        let unsourced = error { _ = try CarbonFactorFile.read(path: try temporaryFile("id,value,unit,source\na,1,kgCO2e/kg,\n")) }
        #expect(unsourced?.line == 2 && unsourced?.field == "source")
    }

    @Test("project facts are checked: kind, positive sizes, the reservoir named")
    func badFacts() throws {
        let lines = try temporaryFile("module,item,quantity,unit,factor,source\n", name: "l.csv")
        let kind = error { _ = try CarbonProjectFile.read(path: try temporaryFile(#"{"name": "x", "kind": "bridge", "activities": "\#(lines)"}"#, name: "p.json")) }
        #expect(kind?.field == "project.kind")
        let length = error { _ = try CarbonProjectFile.read(path: try temporaryFile(#"{"name": "x", "kind": "road", "length_km": -3, "activities": "\#(lines)"}"#, name: "p.json")) }
        #expect(length?.field == "project.length_km")
        let reservoirs = Self.examples.appendingPathComponent("nam-example-reservoir.json").path
        let reservoir = error {
            _ = try CarbonProjectFile.read(path: try temporaryFile(#"{"name": "x", "kind": "hydropower", "activities": "\#(lines)", "reservoir": {"file": "\#(reservoirs)", "name": "Nam Other"}}"#, name: "p.json"))
        }
        #expect(reservoir?.field == "project.reservoir.name" && reservoir?.message.contains("Nam Example") == true)
    }
}
