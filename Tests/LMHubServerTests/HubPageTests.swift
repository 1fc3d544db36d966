import Foundation
import Hummingbird
import HummingbirdTesting
import LMHubCore
import Testing
@testable import LMHubServer

/// `/hub` and `/hub/{id}`: every item browsable in English and Chinese, search and filters through links and
/// a form, content escaped.
struct HubPageTests {
    static let seed = try! HubSeed.bundled(standards: try! StandardCatalog.bundled(), schemes: try! AQISchemeCatalog.bundled())

    func html(_ client: any TestClientProtocol, _ uri: String) async throws -> String {
        try await client.execute(uri: uri, method: .get) { response in
            #expect(response.status == .ok, "\(uri)")
            return String(buffer: response.body)
        }
    }

    @Test func everyItemHasAPageInBothLanguages() async throws {
        try await withKnowledgeHub { client, _, _ in
            for item in Self.seed {
                for language in ["en", "zh"] {
                    let page = try await html(client, "/hub/\(item.id)?lang=\(language)")
                    let title = item.title.text(language).replacingOccurrences(of: "&", with: "&amp;")
                    #expect(page.contains(title), "\(item.id) \(language)")
                    #expect(page.contains("/hub/\(item.id)?lang=\(language == "en" ? "zh" : "en")"), "the language switch keeps the page")
                }
            }
            let center = try await html(client, "/hub/lmec-center?lang=zh")
            #expect(center.contains("/hub/yunnan-office?lang=zh") && center.contains("/hub/cambodia-office?lang=zh"), "linked from, both offices")
            let office = try await html(client, "/hub/yunnan-office")
            #expect(office.contains("/hub/lmec-center?lang=en"), "the parent link")
            let standard = try await html(client, "/hub/standard-cn-gb3838-2002")
            #expect(standard.contains("/api/v1/standards/cn-gb3838-2002"))
            try await expectAnswer(client, "/hub/no-such-item", .notFound, containing: "no item")
        }
    }

    @Test func standardItemsLeadToTheStationsJudgedAgainstThem() async throws {
        try await withHub { client in
            let water = try await html(client, "/hub/standard-cn-gb3838-2002")
            #expect(water.contains("/api/v1/standards/cn-gb3838-2002") && water.contains("/stations/Lumphat?lang=en"))
            let air = try await html(client, "/hub/standard-us-epa-2024?lang=zh")
            #expect(air.contains("/stations/Hanoi?scheme=us-epa-2024&amp;lang=zh") || air.contains("/stations/Hanoi?scheme=us-epa-2024&lang=zh"))
            _ = try await html(client, "/stations/Hanoi?scheme=us-epa-2024&lang=zh")
            _ = try await html(client, "/api/v1/standards/cn-gb3838-2002")
        }
    }

    @Test func browseSearchAndFilterPages() async throws {
        try await withKnowledgeHub { client, _, _ in
            let all = try await html(client, "/hub?lang=en")
            #expect(all.contains("<svg") && all.contains("<form") && all.contains("name=\"q\""))
            for item in Self.seed.filter({ $0.kind == .event && (2016...2022).contains($0.date?.year ?? 0) }) {
                #expect(all.contains("/hub/\(item.id)?lang=en"), "timeline dot of \(item.id)")
            }
            let found = try await html(client, "/hub?q=%E9%81%A5%E6%84%9F&lang=zh")
            #expect(found.contains("<mark>遥感</mark>"))
            #expect(found.contains("/hub?q=%E9%81%A5%E6%84%9F&lang=en") || found.contains("q=%E9%81%A5%E6%84%9F"), "the switch keeps the query")
            let english = try await html(client, "/hub?q=%E9%81%A5%E6%84%9F&lang=en")
            #expect(english.contains("<mark>遥感</mark>"), "a match in Chinese text is shown on the English page")
            let sensing = try await html(client, "/hub?q=remote+sensing&limit=5")
            #expect(sensing.contains("/hub/cb-2021-11-rs-youth?lang=en") && !sensing.contains("/hub/pd-2018-03-water?lang=en"),
                    "the timeline shows the matching events only")
            #expect(sensing.contains("limit=5"), "links keep the page size")
            let events = try await html(client, "/hub?kind=event&country=LA")
            #expect(events.contains("cb-2018-12-lp-monitoring") && !events.contains("/hub/lmec-center?"))
            try await expectAnswer(client, "/hub?sdg=99", .badRequest, containing: "'sdg' must be a goal 1–17")
        }
    }

    @Test func contentIsShownAsTextEverywhere() async throws {
        try await withKnowledgeHub { client, editor, _ in
            let script = #"{"id": "xss-test", "kind": "case", "title": {"en": "<script>alert(1)</script>", "zh": "\"><img src=x onerror=alert(2)>"}, "summary": {"en": "a <b>bold</b> claim"}, "places": [{"name": {"en": "<svg onload=alert(3)>"}, "lat": 18, "lon": 102.6}]}"#
            let (status, _) = try await send(client, .post, "/api/v1/hub/items", token: editor, json: script)
            #expect(status == .created)
            for uri in ["/hub/xss-test", "/hub/xss-test?lang=zh", "/hub?q=script", "/hub?q=alert&lang=zh", "/hub?kind=case&q=%22%3E%3Cscript%3E", "/hub"] {
                let page = try await html(client, uri)
                #expect(!page.contains("<script>alert(1)") && !page.contains("<img src=x") && !page.contains("<svg onload") && !page.contains("<b>bold"), "\(uri)")
            }
            #expect(try await html(client, "/hub/xss-test").contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            let entities = #"{"id": "entity-test", "kind": "case", "title": {"en": "R&D &amp; &lt;b&gt; &copy;"}}"#
            #expect(try await send(client, .post, "/api/v1/hub/items", token: editor, json: entities).0 == .created)
            let shown = try await html(client, "/hub/entity-test")
            #expect(shown.contains("<h1>R&amp;D &amp;amp; &amp;lt;b&amp;gt; &amp;copy;</h1>"), "stored text is shown as stored, entities and all")
        }
    }
}
