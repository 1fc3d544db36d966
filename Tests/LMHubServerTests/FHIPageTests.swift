import Foundation
import Hummingbird
import HummingbirdTesting
import LMHubCore
import LMHubStorage
import Testing
@testable import LMHubServer

/// The FHI pages in English and Chinese: `/fhi` with the stored assessments and the published baseline marked
/// as not computed, `/fhi/{id}` with the circle plot, every node, the hydrographs and the station links.
@Suite("FHI pages")
struct FHIPageTests {
    func page(_ client: any TestClientProtocol, _ uri: String) async throws -> String {
        try await client.execute(uri: uri, method: .get) { response in
            #expect(response.status == .ok, "\(uri)")
            #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
            return String(buffer: response.body)
        }
    }

    @Test func theListShowsTheDemonstrationAndThePublishedBaselineInBothLanguages() async throws {
        try await withFHIHub { client, _ in
            let english = try await page(client, "/fhi?lang=en")
            #expect(english.contains("<h1>Freshwater Health Index</h1>") && english.contains("<h2>3S (Sekong, Sesan, Srepok)</h2>"))
            #expect(english.contains("href=\"/fhi/demo-3s?lang=en\""))
            #expect(english.contains(">73.51<") && english.contains(">41.07<") && english.contains(">not assessed<"))
            #expect(english.contains(">66<") && english.contains(">80<") && english.contains(">43<"))
            #expect(english.contains("published, not computed by LMHub"))
            let chinese = try await page(client, "/fhi?lang=zh")
            #expect(chinese.contains("<h1>淡水健康指数</h1>") && chinese.contains(">未评估<") && chinese.contains("已发布的得分，非本平台计算"))
            #expect(chinese.contains("href=\"/fhi/demo-3s?lang=zh\""))
        }
    }

    @Test func theAssessmentPageDrawsTheCirclePlotAndEveryNodeInBothLanguages() async throws {
        try await withFHIHub { client, _ in
            for (lang, words) in [("en", ["FHI circle plot", "(not assessed)", "Deviation from natural flow: hydrographs", "Every node: inputs, evidence and notes"]),
                                  ("zh", ["FHI 圆环图", "(未评估)", "偏离自然流量情势：流量过程线", "全部节点：输入、依据与说明"])] {
                let html = try await page(client, "/fhi/demo-3s?lang=\(lang)")
                for word in words { #expect(html.contains(word), "\(lang): \(word)") }
                let circle = try #require(html.range(of: "<svg[^>]*fhi-circle.*?</svg>", options: .regularExpression).map { String(html[$0]) })
                // One arc per node: 3 components, 10 indicators, 28 sub-indicators, each linking to its row.
                #expect(circle.components(separatedBy: "<a href=\"#node-").count - 1 == 41)
                #expect(circle.contains("fill=\"#d0d0d0\""), "not-assessed arcs are grey")
                #expect(circle.contains(">70</text>") && circle.contains(">60</text>"), "DvNF and connectivity in the outer ring")
                #expect(html.contains("id=\"node-recreation\"") && html.contains("id=\"node-water-quality\""))
                #expect(html.contains("class=\"legend note\""))
                #expect(html.components(separatedBy: "aria-label=\"\(lang == "en" ? "Deviation from natural flow: hydrographs" : "偏离自然流量情势：流量过程线"): P").count - 1 == 2)
                #expect(html.contains("href=\"/stations/Andaung%20Meas?lang=\(lang)\"") && html.contains("href=\"/stations/Siempang?lang=\(lang)\""))
                #expect(html.contains("Souter et al. (2020)"))
                #expect(!html.contains("fhi.") , "every key has words")
            }
        }
    }

    @Test func aZeroScoreIsExplainedWhereItMakesItsParentZero() async throws {
        let path = try fhiAssessmentFile(fhiZeroAssessment)
        try await withFHIHub { client, store in
            _ = try await page(client, "/fhi")
            try await FHIAssessmentStorage.store(try await FHIAssessmentStorage.evaluate(path: path, store: store, constants: .bundled()), in: store)
            let english = try await page(client, "/fhi/3s-2020-test")
            #expect(english.contains("A score of 0 makes its parent 0"))
            #expect(english.contains("Water Quality scores 0, so Ecosystem Vitality is 0"))
            #expect(english.contains("test: every sample failed"))
            let chinese = try await page(client, "/fhi/3s-2020-test?lang=zh")
            #expect(chinese.contains("水质 得分为 0，因此 生态系统活力 为 0"))
            let demo = try await page(client, "/fhi/demo-3s")
            #expect(!demo.contains("A score of 0 makes its parent 0"))
            let list = try await page(client, "/fhi")
            let first = try #require(list.range(of: "/fhi/demo-3s?")), second = try #require(list.range(of: "/fhi/3s-2020-test?"))
            #expect(first.lowerBound < second.lowerBound, "a basin's assessments by date")
            let trend = try #require(list.range(of: "<svg[^>]*aria-label=\"The basin&#39;s assessments over time: 3S \\(Sekong, Sesan, Srepok\\)\".*?</svg>",
                                                options: .regularExpression).map { String(list[$0]) })
            #expect(trend.contains(">2016-12-31<") && trend.contains(">2020-12-31<"))
            #expect(trend.contains("<title>Ecosystem Vitality, 2020-12-31: 0.00</title>"))
            #expect(!trend.contains("Ecosystem Services, "), "a component not assessed has no point")
        }
    }

    @Test func theBasinAreaIsShownWithItsUnit() async throws {
        let path = try fhiAssessmentFile(fhiZeroAssessment.replacingOccurrences(of: "{\"name\": \"3S (Sekong, Sesan, Srepok)\"}",
                                                                                 with: "{\"name\": \"Trial basin\", \"area\": 1000}"))
        try await withFHIHub(storing: [path]) { client, _ in
            let html = try await page(client, "/fhi/3s-2020-test")
            #expect(html.contains("Trial basin (1,000 km²)") || html.contains("Trial basin (1000 km²)"))
        }
    }

    @Test func anUnknownAssessmentIsAPageNotFound() async throws {
        try await withFHIHub { client, _ in
            try await expectAnswer(client, "/fhi/nope?lang=en", .notFound, containing: "no FHI assessment 'nope'; stored: demo-3s")
        }
    }
}
