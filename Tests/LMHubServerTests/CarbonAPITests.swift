import Foundation
import Hummingbird
import HummingbirdTesting
import LMHubCore
import LMHubIngest
import LMHubStorage
import Testing
@testable import LMHubServer

/// The bundled carbon examples as `lmhub carbon` reads them (`examples/carbon/`), accounted with the Core engine.
enum CarbonExamples {
    static let ids = ["road-asphalt", "road-concrete", "railway", "industrial-park", "hydropower"]

    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("examples/carbon")
    }

    static func project(_ id: String) throws -> CarbonProject {
        try CarbonProjectFile.read(path: folder.appendingPathComponent("\(id).json").path).project
    }

    /// The engine's result for example `id` under `gwp` (default: the project's own set).
    static func result(_ id: String, gwp: String? = nil) throws -> CarbonResult {
        try ProjectAccounting.bundled().account(try project(id), gwpSet: gwp)
    }
}

/// The hub on an empty store (no monitoring data) with direct access to the store.
func withCarbonHub(_ body: @Sendable (any TestClientProtocol, LMHubStore) async throws -> Void) async throws {
    let store = try await LMHubStore.openSQLite(path: ":memory:")
    do {
        try await Application(router: try buildRouter(store: store)).test(.router) { client in try await body(client, store) }
    } catch {
        try await store.close()
        throw error
    }
    try await store.close()
}

/// `/api/v1/carbon/…`: the bundled examples stored on first use, their results equal to the engine's, module D
/// apart, CSV as the CLI writes it, the factor library paged, clear 404 and 400 answers.
@Suite("Carbon API")
struct CarbonAPITests {
    struct ProjectBody: Decodable {
        struct Totals: Decodable {
            let co2PerYear, ch4PerYear: Double
            let netIntensity: Double?
            let references: [ReferenceIntensity]
        }
        let id: String
        let result: CarbonResult
        let reservoirTotals: Totals?
    }

    struct ListBody: Decodable {
        struct Entry: Decodable {
            let id: String
            let gwpSet: String?
            let total, moduleD: Double?
            let problem: String?
            let href: String
        }
        let total: Int
        let gwp: String?
        let projects: [Entry]
    }

    struct FactorsBody: Decodable {
        let total, offset, limit: Int
        let factors: [EmissionFactor]
        let gwpSets: [GWPSet]
        let next: String?
    }

    func get(_ client: any TestClientProtocol, _ uri: String) async throws -> (HTTPResponse.Status, String) {
        try await client.execute(uri: uri, method: .get) { ($0.status, String(buffer: $0.body)) }
    }

    func decode<T: Decodable>(_ type: T.Type, _ client: any TestClientProtocol, _ uri: String) async throws -> T {
        let (status, body) = try await get(client, uri)
        #expect(status == .ok, "\(uri): \(body.prefix(300))")
        return try JSONDecoder().decode(T.self, from: Data(body.utf8))
    }

    @Test("each bundled example's result through the API is the engine's, under its own set and under AR6")
    func resultsEqualTheEngines() async throws {
        try await withCarbonHub { client, store in
            for id in CarbonExamples.ids {
                for gwp in [nil, "ar6"] as [String?] {
                    let expected = try CarbonExamples.result(id, gwp: gwp)
                    let body = try await decode(ProjectBody.self, client, "/api/v1/carbon/projects/\(id)" + (gwp.map { "?gwp=\($0)" } ?? ""))
                    #expect(body.id == id)
                    #expect(body.result == expected, "\(id) \(gwp ?? "own set"): the API's result differs from the engine's")
                    #expect(body.result.total == expected.total && body.result.moduleD == expected.moduleD)
                }
            }
            let list = try await decode(ListBody.self, client, "/api/v1/carbon/projects")
            #expect(list.total == 5 && list.gwp == nil)
            #expect(list.projects.map(\.id) == ["road-asphalt", "road-concrete", "railway", "industrial-park", "hydropower"], "roads, railway, park, hydropower")
            for entry in list.projects {
                let expected = try CarbonExamples.result(entry.id)
                #expect(entry.total == expected.total && entry.moduleD == expected.moduleD && entry.gwpSet == "ar5" && entry.problem == nil, "\(entry.id)")
                #expect(entry.href == "/api/v1/carbon/projects/\(entry.id)")
            }
            let ar6 = try await decode(ListBody.self, client, "/api/v1/carbon/projects?gwp=AR6")
            #expect(ar6.gwp == "ar6")
            for entry in ar6.projects { #expect(entry.total == (try CarbonExamples.result(entry.id, gwp: "ar6")).total, "\(entry.id) under ar6") }
            let stored = try await store.documents(.carbonProject)
            #expect(stored.map(\.id).sorted() == CarbonExamples.ids.sorted(), "the examples are stored as documents")
        }
    }

    @Test("module D is reported apart: the park's exported solar (-6000 MWh × 0.6592 t/MWh) is not in its total")
    func moduleDIsApart() async throws {
        try await withCarbonHub { client, _ in
            let park = try await decode(ProjectBody.self, client, "/api/v1/carbon/projects/industrial-park").result
            #expect(abs(park.moduleD - -3955.2) < 1e-9)
            #expect(!park.modules.contains { $0.module == .d })
            #expect(abs(park.total - park.modules.map(\.tonnesCO2e).reduce(0, +)) < 1e-9, "the total is A–C alone")
            #expect(park.gasesD.map(\.tonnesCO2e).reduce(0, +) == park.moduleD)
            let (_, csv) = try await get(client, "/api/v1/carbon/projects/industrial-park?format=csv")
            #expect(csv.contains("\r\nD,-3955.2\r\n"), "D has its own row")
            #expect(csv.contains("total,48217.054919\r\n"), "total A–C without D, as the CLI prints it")
        }
    }

    @Test("CSV: the CLI's module,tco2e rows, then total and D")
    func projectCSV() async throws {
        try await withCarbonHub { client, _ in
            let (status, csv) = try await client.execute(uri: "/api/v1/carbon/projects/road-asphalt", method: .get, headers: [.accept: "text/csv"]) {
                ($0.status, String(buffer: $0.body))
            }
            #expect(status == .ok)
            let expected = try CarbonExamples.result("road-asphalt")
            func cell(_ value: Double) -> String { CSVTable.number(CarbonController.rounded(value)) }
            let rows = expected.modules.map { "\($0.module.rawValue),\(cell($0.tonnesCO2e))" } + ["total,\(cell(expected.total))", "D,0"]
            #expect(csv == (["module,tco2e"] + rows).map { $0 + "\r\n" }.joined())
            // A4 by hand from DEFRA 2023 (AR5: CH4 28, N2O 265): 1,575,000 tkm × (0.1517 kg CO2 + 0.0016 g × 28 + 0.007583892617 g × 265)
            // + 275,000 tkm × (0.0739 kg + 0.0004 g × 28 + 0.004798657718 g × 265) = 242.163387 + 20.675282 t.
            #expect(csv.hasPrefix("module,tco2e\r\nA4,262.838669\r\n"))
            let list = try await get(client, "/api/v1/carbon/projects?format=csv").1
            let lines = list.split(separator: "\r\n").map(String.init)
            #expect(lines.first == "id,name,kind,country,length_km,area_ha,capacity_mw,lifetime_years,annual_generation_mwh,gwp,total_tco2e,d_tco2e,functional_unit,per_functional_unit")
            #expect(lines.count == 6)
            #expect(lines.contains { $0.hasPrefix("industrial-park,") && $0.contains(",ar5,48217.054919,-3955.2,t CO2e/ha,") })
            #expect(lines.contains { $0.hasPrefix("hydropower,") && $0.contains(",kg CO2e/MWh,") })
        }
    }

    @Test("the reservoir's totals and the Mekong median beside them")
    func reservoirTotals() async throws {
        try await withCarbonHub { client, _ in
            let body = try await decode(ProjectBody.self, client, "/api/v1/carbon/projects/hydropower")
            let reservoir = try #require(try CarbonExamples.result("hydropower").reservoir)
            let totals = try #require(body.reservoirTotals)
            #expect(totals.co2PerYear == reservoir.co2PerYear && totals.ch4PerYear == reservoir.ch4PerYear && totals.netIntensity == reservoir.netIntensity)
            #expect(totals.references.contains { $0.id == "rasanen2018-mekong-hydropower-median" && $0.value == 26 && $0.unit == "kg CO2e/MWh" })
            #expect(try await decode(ProjectBody.self, client, "/api/v1/carbon/projects/road-asphalt").reservoirTotals == nil)
        }
    }

    @Test("unknown project 404 naming it; bad gwp 400 listing the sets; bad format and limit 400")
    func errors() async throws {
        try await withCarbonHub { client, _ in
            let (status, body) = try await get(client, "/api/v1/carbon/projects/no-such-road")
            #expect(status == .notFound && body.contains("no carbon project 'no-such-road'") && body.contains("road-asphalt"))
            for uri in ["/api/v1/carbon/projects/road-asphalt?gwp=ar7", "/api/v1/carbon/projects?gwp=ar7"] {
                let (status, body) = try await get(client, uri)
                #expect(status == .badRequest && body.contains("'gwp' must be one of ar4, ar5, ar5-ccfb, ar6, not 'ar7'"), "\(uri): \(body)")
            }
            try await expectAnswer(client, "/carbon/road-asphalt?gwp=ar7", .badRequest, containing: "ar5-ccfb")
            try await expectAnswer(client, "/api/v1/carbon/projects?format=xml", .badRequest, containing: "'format'")
            try await expectAnswer(client, "/api/v1/carbon/factors?limit=501", .badRequest, containing: "1–500")
        }
    }

    @Test("the factor library: every bundled factor, paged, with source, licence, GWP sets and flags; CSV one row per gas")
    func factorLibrary() async throws {
        let library = try FactorLibrary.bundled()
        try await withCarbonHub { client, _ in
            let first = try await decode(FactorsBody.self, client, "/api/v1/carbon/factors?limit=100")
            #expect(first.total == library.all.count && first.factors == Array(library.all.prefix(100)))
            #expect(first.gwpSets.map(\.id) == ["ar4", "ar5", "ar5-ccfb", "ar6"])
            let next = try #require(first.next)
            let second = try await decode(FactorsBody.self, client, next)
            #expect(second.offset == 100 && first.factors.count + second.factors.count == library.all.count && second.next == nil)
            let diesel = try await decode(FactorsBody.self, client, "/api/v1/carbon/factors?q=diesel")
            #expect(diesel.factors == library.search("diesel") && diesel.total == library.search("diesel").count)
            let onRoad = try #require(diesel.factors.first { $0.id == "ghgp.fuel.on-road-diesel-fuel" })
            #expect(onRoad.flags.contains { $0.contains("0.913") }, "the suspected density stays visible")
            #expect(diesel.factors.allSatisfy { !$0.source.document.isEmpty && !$0.source.licence.isEmpty })
            let csv = try await get(client, "/api/v1/carbon/factors?q=diesel&format=csv").1
            let rows = csv.split(separator: "\r\n")
            #expect(rows.first == "id,name,value,unit,gas,gwp,source,table,year,licence,verified,electricity,flags,note")
            #expect(rows.count - 1 == library.search("diesel").map(\.amounts.count).reduce(0, +))
            #expect(rows.contains { $0.hasPrefix("ipcc2006.gas-diesel-oil.off-road,") && $0.contains(",74100,kg/TJ,CO2,") })
        }
    }

    @Test("a project stored as a document is listed and accounted; a store write refreshes the cached list")
    func storedProjects() async throws {
        try await withCarbonHub { client, store in
            #expect(try await decode(ListBody.self, client, "/api/v1/carbon/projects").total == 5)
            let line = ActivityLine(line: 2, module: .a5, item: "paving plant diesel", quantity: 1000, unit: .litre,
                                    factor: .library("ipcc2006.gas-diesel-oil.off-road"), source: nil)
            let project = CarbonStoredProject(project: CarbonProject(name: "Test road", kind: .road, lengthKm: 2, file: "test.csv", lines: [line]),
                                              factors: [], scenario: nil)
            try await store.storeDocument(.carbonProject, id: "test-road", title: "Test road", asOf: "", content: try project.encoded())
            let list = try await decode(ListBody.self, client, "/api/v1/carbon/projects")
            #expect(list.total == 6 && list.projects.contains { $0.id == "test-road" })
            let result = try await decode(ProjectBody.self, client, "/api/v1/carbon/projects/test-road").result
            #expect(result == (try ProjectAccounting.bundled().account(project.project)))
            #expect(result.lines.first?.flags.contains { $0.contains("0.913") } == true, "litres converted with the flagged density say so")
        }
    }

    /// A body posting the railway example: its facts and its activity file's text.
    static func railwayBody(id: String, lifetime: Int = 60) throws -> String {
        let csv = try String(contentsOf: CarbonExamples.folder.appendingPathComponent("railway.csv"), encoding: .utf8)
        let body: [String: Any] = ["id": id, "name": "Electrified single-track railway section, 20 km (illustrative)", "kind": "railway",
                                   "country": "LAO", "length_km": 20, "lifetime_years": lifetime, "activities": csv]
        return String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self)
    }

    @Test("POST stores a project (editor token): 201 with its result, 200 again, 409 for another under its id, 422 naming the line")
    func postProjects() async throws {
        try await withKnowledgeHub { client, editor, _ in
            let body = try Self.railwayBody(id: "railway-copy")
            #expect(try await send(client, .post, "/api/v1/carbon/projects", token: nil, json: body).0 == .unauthorized)
            let (status, text) = try await client.execute(uri: "/api/v1/carbon/projects", method: .post,
                                                          headers: [.contentType: "application/json", .authorization: "Bearer \(editor)"],
                                                          body: ByteBuffer(string: body)) { ($0.status, String(buffer: $0.body)) }
            #expect(status == .created, "\(text.prefix(400))")
            let posted = try JSONDecoder().decode(ProjectBody.self, from: Data(text.utf8))
            let railway = try CarbonExamples.result("railway")
            #expect(posted.id == "railway-copy" && posted.result == railway, "the engine's result of the same project")
            #expect(try await send(client, .post, "/api/v1/carbon/projects", token: editor, json: body).0 == .ok, "the same project again")
            let (conflict, message) = try await send(client, .post, "/api/v1/carbon/projects", token: editor, json: try Self.railwayBody(id: "railway-copy", lifetime: 50))
            #expect(conflict == .conflict && message.contains("'railway-copy'"))
            let list = try await decode(ListBody.self, client, "/api/v1/carbon/projects")
            #expect(list.total == 6 && list.projects.contains { $0.id == "railway-copy" }, "the examples are seeded before the first post")

            let litres = #"{"id": "diesel-litres", "name": "Site works", "kind": "road", "activities": "module,item,quantity,unit,factor,source\nA5,paving plant diesel,1000,L,ipcc2006.gas-diesel-oil.off-road,\n"}"#
            #expect(try await send(client, .post, "/api/v1/carbon/projects", token: editor, json: litres).0 == .created)
            let page = try await client.execute(uri: "/carbon/diesel-litres", method: .get) { String(buffer: $0.body) }
            #expect(page.contains("litres converted with a suspected density") && page.contains("1000 L × 0.913281 kg/L = 913.281 kg"), "the flag on the page")

            let badUnit = #"{"id": "bad", "name": "Bad", "kind": "road", "activities": "module,item,quantity,unit,factor,source\nA4,haul,1000,t,defra2023.freight.rail,\n"}"#
            let (invalid, why) = try await send(client, .post, "/api/v1/carbon/projects", token: editor, json: badUnit)
            #expect(invalid == .unprocessableContent && why.contains("\"field\":\"activities\"") && why.contains("line 2"), "\(why)")
            let (unknown, fields) = try await send(client, .post, "/api/v1/carbon/projects", token: editor, json: #"{"id": "Bad Id", "name": "x", "kind": "road", "colour": "red"}"#)
            #expect(unknown == .unprocessableContent && fields.contains("colour") && fields.contains("\"field\":\"id\"") && fields.contains("\"field\":\"activities\""))
            #expect(try await send(client, .post, "/api/v1/carbon/projects", token: editor, json: "[1]").0 == .badRequest)
            let odd = #"{"id": "odd", "name": "Odd", "kind": "road", "scenario": "AAA", "activities": "module,item,quantity,unit,factor,source\nA5,diesel,310,t,ipcc2006.gas-diesel-oil.off-road,\n"}"#
            let (oddStatus, oddBody) = try await send(client, .post, "/api/v1/carbon/projects", token: editor, json: odd)
            #expect(oddStatus == .unprocessableContent && oddBody.contains("\"field\":\"scenario\""), "a scenario that is not an object is refused, not trapped on")
            let tiny = odd.replacingOccurrences(of: #""scenario": "AAA""#, with: #""area_ha": 5e-324"#)
            let (tinyStatus, tinyBody) = try await send(client, .post, "/api/v1/carbon/projects", token: editor, json: tiny)
            #expect(tinyStatus == .unprocessableContent && tinyBody.contains("\"field\":\"area_ha\""), "a result per ha that overflows: \(tinyBody)")
        }
    }

    @Test("the seeded projects are byte-for-byte copies of examples/carbon")
    func seedCopiesTheExamples() throws {
        let seed = CarbonExamples.folder.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/LMHubServer/Resources/seed/carbon")
        let files = try FileManager.default.contentsOfDirectory(atPath: seed.path).filter { $0 != "projects.json" && $0 != "README.md" }
        #expect(files.count == 11)
        for file in files {
            #expect(try Data(contentsOf: seed.appendingPathComponent(file)) == Data(contentsOf: CarbonExamples.folder.appendingPathComponent(file)), "\(file)")
        }
    }
}
