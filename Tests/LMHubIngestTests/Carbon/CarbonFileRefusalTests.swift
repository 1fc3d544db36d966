import Foundation
import LMHubCore
import LMHubIngest
import Testing

/// The project and factor files' refusals a fresh-user trial found missing: unknown keys, country codes, GWP sets,
/// malformed JSON and a bad value reported against the wrong column.
@Suite("Carbon file refusals")
struct CarbonFileRefusalTests {
    func error(_ body: () throws -> Void) -> IngestError? {
        do { try body() } catch let error as IngestError { return error } catch { return nil }
        return nil
    }

    func project(_ json: String) throws -> String {
        let lines = try temporaryFile("module,item,quantity,unit,factor,source\nA5,diesel,10,t,0.1 tCO2e/t,\"Test, Table 1\"\n", name: "lines.csv")
        return try temporaryFile(json.replacingOccurrences(of: "LINES", with: lines), name: "project.json")
    }

    @Test("a project file's misspelt key (lenght_km) is refused naming the key and the file; a reservoir link's too")
    func unknownKeys() throws {
        let path = try project(#"{"name": "R", "kind": "road", "lenght_km": 12, "activities": "LINES"}"#)
        let misspelt = try #require(error { _ = try CarbonProjectFile.read(path: path) })
        #expect(misspelt.file == path && misspelt.field == "project.lenght_km" && misspelt.message.contains("unknown key 'lenght_km'"))
        #expect(misspelt.message.contains("length_km"))
        let link = try project(#"{"name": "R", "kind": "hydropower", "activities": "LINES", "reservoir": {"file": "x.json", "nmae": "X"}}"#)
        #expect(error { _ = try CarbonProjectFile.read(path: link) }?.field == "project.reservoir.nmae")
    }

    @Test("country: three letters, upper-cased; 'XX' and 'L4O' refused naming the file and field")
    func country() throws {
        let good = try CarbonProjectFile.read(path: try project(#"{"name": "R", "kind": "road", "country": "lao", "activities": "LINES"}"#))
        #expect(good.project.country == "LAO")
        for code in ["XX", "L4O", "LAOS"] {
            let path = try project(#"{"name": "R", "kind": "road", "country": "\#(code)", "activities": "LINES"}"#)
            let refused = try #require(error { _ = try CarbonProjectFile.read(path: path) }, "\(code)")
            #expect(refused.file == path && refused.field == "project.country" && refused.message.contains("alpha-3"))
        }
    }

    @Test("an unknown gwp in a project file is refused naming the file and the known sets")
    func unknownGWP() throws {
        let path = try project(#"{"name": "R", "kind": "road", "gwp": "ar99", "activities": "LINES"}"#)
        let refused = try #require(error { _ = try CarbonProjectFile.read(path: path) })
        #expect(refused.file == path && refused.field == "project.gwp" && refused.message.contains("'ar99'") && refused.message.contains("ar6"))
        #expect(try CarbonProjectFile.read(path: try project(#"{"name": "R", "kind": "road", "gwp": "AR6", "activities": "LINES"}"#)).project.gwpSet == "AR6")
    }

    @Test("malformed JSON names the file and the line the parser stopped at")
    func malformedJSON() throws {
        let path = try temporaryFile("{\n  \"name\": \"R\",\n  \"kind\": road\n}\n", name: "broken.json")
        let refused = try #require(error { _ = try CarbonProjectFile.read(path: path) })
        #expect(refused.file == path && refused.message.hasPrefix("not JSON: ") && !refused.message.contains("could not be completed"))
        #expect(refused.line == 3, "\(refused)")
    }

    @Test("a factor file: value 'abc' is reported against 'value'; gwp 'ar99' is refused on load naming line, field and the known sets")
    func factorFile() throws {
        let header = "id,value,unit,source,gwp\n"
        let abc = try temporaryFile(header + "epd.a,abc,kgCO2e/kg,EPD 1 Table 2,\n")
        let value = try #require(error { _ = try CarbonFactorFile.read(path: abc) })
        #expect(value.file == abc && value.line == 2 && value.field == "value" && value.message.contains("'abc'"))
        let ar99 = try temporaryFile(header + "epd.a,1.2,kgCO2e/kg,EPD 1 Table 2,ar5\nepd.b,1.3,kgCO2e/kg,EPD 1 Table 3,ar99\n")
        let gwp = try #require(error { _ = try CarbonFactorFile.read(path: ar99) })
        #expect(gwp.file == ar99 && gwp.line == 3 && gwp.field == "gwp" && gwp.message.contains("'ar99'") && gwp.message.contains("ar5-ccfb"))
    }
}
