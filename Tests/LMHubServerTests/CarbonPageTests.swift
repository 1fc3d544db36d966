import Foundation
import Hummingbird
import HummingbirdTesting
import LMHubCore
import LMHubViews
import Testing
@testable import LMHubServer

/// `/carbon` and `/carbon/{id}` in English and Chinese: the engine's figures for each bundled example, the chart,
/// module D apart, the two road designs side by side, the reservoir with the Mekong median beside it.
@Suite("Carbon pages")
struct CarbonPageTests {
    func html(_ client: any TestClientProtocol, _ uri: String) async throws -> String {
        try await client.execute(uri: uri, method: .get) { response in
            #expect(response.status == .ok, "\(uri)")
            #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
            return String(buffer: response.body)
        }
    }

    /// A number as the pages print it.
    func n(_ value: Double) -> String { CarbonFormat.number(value) }

    @Test("every bundled project's page in both languages holds its total, modules, shares, lines and chart")
    func projectPages() async throws {
        try await withCarbonHub { client, _ in
            for id in CarbonExamples.ids {
                let result = try CarbonExamples.result(id)
                for language in ["en", "zh"] {
                    let page = try await html(client, "/carbon/\(id)?lang=\(language)")
                    #expect(page.contains(result.project.name), "\(id) \(language)")
                    #expect(page.contains("\(n(result.total)) t CO2e"), "\(id) \(language): the total")
                    #expect(page.contains("\(n(result.moduleD)) t CO2e"), "\(id) \(language): D apart")
                    #expect(page.contains(language == "en" ? "Whole-life total, A1–A3 to C1–C4" : "全生命周期合计（A1–A3 至 C1–C4）"))
                    #expect(page.contains("<svg") && page.contains("class=\"chart\""), "\(id): the module chart")
                    for module in result.modules {
                        #expect(page.contains(n(module.tonnesCO2e)), "\(id) \(module.module.rawValue)")
                        if let share = module.share { #expect(page.contains(CarbonFormat.percent(share)), "\(id) \(module.module.rawValue) share") }
                    }
                    for line in result.lines {
                        #expect(page.contains(line.factorID) && page.contains(n(line.tonnesCO2e)), "\(id) line \(line.line)")
                    }
                    if let unit = result.functionalUnits.first { #expect(page.contains("\(n(unit.value)) \(unit.unit)"), "\(id) per \(unit.per)") }
                    #expect(page.contains("/carbon/\(id)?lang=\(language == "en" ? "zh" : "en")"), "the language switch keeps the page")
                }
            }
            let park = try await html(client, "/carbon/industrial-park")
            #expect(park.contains("stroke-dasharray") && park.contains("D: apart, not in the total"), "D drawn below the line")
            #expect(park.contains("combined margin (for baselines and avoided emissions)"), "the kinds of grid factor")
            let road = try await html(client, "/carbon/road-asphalt?lang=zh")
            #expect(road.contains("沥青路面方案") && road.contains("/carbon/road-concrete?lang=zh"), "the other design")
            #expect(road.contains("grid.lao.2021.gen.cfl") && road.contains("按原值（未注明值集）"), "a CO2e factor of unstated set")
        }
    }

    @Test("the hydropower page shows G-res gross and net CO2 and CH4 and the intensity beside the Mekong median")
    func reservoirPanel() async throws {
        let reservoir = try #require(try CarbonExamples.result("hydropower").reservoir)
        try await withCarbonHub { client, _ in
            for language in ["en", "zh"] {
                let page = try await html(client, "/carbon/hydropower?lang=\(language)")
                for value in [reservoir.co2.grossDiffusion, reservoir.co2.net, reservoir.ch4.diffusion, reservoir.ch4.ebullition, reservoir.ch4.degassing,
                              reservoir.ch4.net, reservoir.co2PerYear, reservoir.ch4PerYear] {
                    #expect(page.contains(n(value)), "\(language): \(value)")
                }
                #expect(page.contains("\(n(try #require(reservoir.netIntensity))) kg CO2e/MWh"))
                #expect(page.contains("\(n(try #require(reservoir.grossSurfaceIntensity))) kg CO2e/MWh"))
                #expect(page.contains("26 kg CO2e/MWh") && page.contains("Räsänen"), "the Mekong median for context")
                #expect(page.contains(language == "en" ? "Reservoir emissions (G-res)" : "水库温室气体排放（G-res）"))
            }
        }
    }

    @Test("the overview lists every project with its figures, the road designs side by side, D never netted, the factor library")
    func overview() async throws {
        try await withCarbonHub { client, _ in
            let asphalt = try CarbonExamples.result("road-asphalt"), concrete = try CarbonExamples.result("road-concrete")
            for language in ["en", "zh"] {
                let page = try await html(client, "/carbon?lang=\(language)")
                for id in CarbonExamples.ids {
                    let result = try CarbonExamples.result(id)
                    #expect(page.contains("/carbon/\(id)?lang=\(language)") && page.contains(result.project.name), "\(id)")
                    #expect(page.contains(n(result.total)) && page.contains(n(result.moduleD)), "\(id) \(language)")
                }
                #expect(page.contains(language == "en" ? "asphalt design" : "沥青路面方案") && page.contains(language == "en" ? "concrete design" : "混凝土路面方案"))
                #expect(page.contains("(\(n(concrete.total - asphalt.total)))"), "the difference of the totals")
                #expect(page.contains(language == "en" ? "D is reported apart and never netted" : "D 模块单独报告，绝不抵扣"))
                #expect(page.contains("href=\"/api/v1/carbon/factors\""))
            }
            let ar6 = try await html(client, "/carbon?gwp=ar6")
            #expect(ar6.contains(n(try CarbonExamples.result("hydropower", gwp: "ar6").total)), "the set asked for")
            #expect(ar6.contains("/carbon/hydropower?gwp=ar6&amp;lang=en") || ar6.contains("/carbon/hydropower?gwp=ar6&lang=en"), "links keep the set")
            try await expectAnswer(client, "/carbon/no-such-road", .notFound, containing: "no carbon project")
            try await expectAnswer(client, "/carbon/no-such-road?lang=zh", .notFound, containing: "no-such-road")
        }
    }
}
