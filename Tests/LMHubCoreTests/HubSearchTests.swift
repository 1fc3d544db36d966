import Testing
@testable import LMHubCore

/// Full-text search over the initiative's 50 items and the standards: the queries the issue names.
@Suite struct HubSearchTests {
    static let index: HubSearchIndex = {
        let items = try! HubSeed.bundled(standards: try! StandardCatalog.bundled(), schemes: try! AQISchemeCatalog.bundled())
        return HubSearchIndex(items: items)
    }()

    func ids(_ text: String, _ filter: HubSearchFilter = HubSearchFilter(), limit: Int = 100) -> [String] {
        Self.index.search(SearchQuery(text), filter: filter, limit: limit).hits.map(\.item.id)
    }

    @Test func twoCharacterChineseQueriesFindEveryItemThatHasThem() {
        #expect(Set(ids("遥感")) == ["cb-2019-11-remote-sensing", "cb-2021-11-rs-youth", "research-cn-la-corridor-rs"])
        #expect(Set(ids("老挝")) == ["cb-2018-12-lp-management", "cb-2018-12-lp-monitoring", "demo-luang-namtha-school-wastewater",
                                   "demo-nann-village-waste", "standard-la-nes"], "中老 (China–Laos) does not contain 老挝")
        #expect(ids("塑料") == ["pd-2022-06-youth-plastics"])
        let water = ids("水质")
        let titled = Self.index.items.filter { $0.title.text("zh").contains("水质") }.map(\.id)
        #expect(titled.contains("cb-2017-03-water-monitoring") && titled.count >= 2)
        #expect(Set(water.prefix(titled.count)) == Set(titled), "items with 水质 in a title come before those with it in a summary")
    }

    @Test func longerChineseQueriesRankTheExactPhraseFirst() {
        let hits = ids("水质监测")
        #expect(hits.first == "cb-2017-03-water-monitoring")
        #expect(ids("遥感监测").first == "research-cn-la-corridor-rs", "中老交通廊道与生态走廊建设遥感监测研究")
    }

    @Test func englishWordsMatchInAnyInflection() {
        let singular = ids("dialogue"), plural = ids("Dialogues")
        #expect(singular == plural && singular.count >= 10)
        #expect(singular.contains("pd-2018-03-water") && singular.contains("cb-2021-10-cop15-cop26-youth"))
        #expect(ids("plastic") == ["pd-2022-06-youth-plastics"])
        #expect(Set(ids("monitored").prefix(5)) == ["cb-2017-03-water-monitoring", "cb-2018-12-lp-monitoring", "cb-2019-03-industry-water",
                                                    "research-cn-la-corridor-rs", "demo-vientiane-air-monitoring"], "the five titles with Monitoring")
    }

    @Test func allTermsOutrankSomeTerms() {
        let hits = Self.index.search(SearchQuery("remote sensing youth")).hits
        #expect(hits.first?.item.id == "cb-2021-11-rs-youth", "the one item with all three words in its title")
    }

    @Test func thaiTextIsFoundByAnyPartOfIt() {
        let thai = HubItem(id: "th-mekong-water", kind: .research, title: LocalizedText(["th": "คุณภาพน้ำแม่น้ำโขง", "en": "Mekong water quality"]))
        var index = Self.index
        index.upsert(thai)
        #expect(index.search(SearchQuery("แม่น้ำโขง")).hits.first?.item.id == "th-mekong-water")
        #expect(index.search(SearchQuery("คุณภาพน้ำ")).hits.first?.item.id == "th-mekong-water")
        #expect(index.search(SearchQuery("โขง")).hits.map(\.item.id) == ["th-mekong-water"])
        #expect(index.search(SearchQuery("เจ้าพระยา")).hits.isEmpty, "the Chao Phraya is not in it")
    }

    @Test func vietnameseIsFoundWithoutItsDiacritics() {
        var index = HubSearchIndex()
        index.upsert(HubItem(id: "vn-item", kind: .publication, title: LocalizedText(["vi": "Chất lượng nước sông Mê Kông", "en": "x"])))
        #expect(index.search(SearchQuery("chat luong nuoc")).hits.count == 1)
        #expect(index.search(SearchQuery("Mê Kông")).hits.count == 1)
    }

    @Test func filtersNarrowAndFacetsCount() {
        let events = Self.index.search(SearchQuery(""), filter: HubSearchFilter(kind: .event), limit: 100)
        #expect(events.total == 23 && events.facets.kind == ["event": 23])
        let laos2018 = ids("", HubSearchFilter(country: "LA", year: 2018))
        #expect(laos2018.contains("cb-2018-12-lp-monitoring"))
        #expect(ids("dialogue", HubSearchFilter(year: 2022)).allSatisfy { $0.hasPrefix("pd-2022") })
        #expect(ids("", HubSearchFilter(theme: "air")).contains("standard-us-epa-2024"))
        let all = Self.index.search(SearchQuery(""), limit: 1000)
        #expect(all.total == Self.index.count && all.hits.first?.item.date != nil, "browsing lists newest first")
    }

    @Test func highlightsMarkTheMatchedWordsAndCharacters() {
        let query = SearchQuery("dialogues 水质")
        let english = query.highlight("Roundtable Dialogue on water")
        #expect(english.filter(\.isMatch).map(\.text) == ["Dialogue"])
        #expect(english.map(\.text).joined() == "Roundtable Dialogue on water")
        let chinese = query.highlight("澜沧江-湄公河国家水质监测")
        #expect(chinese.filter(\.isMatch).map(\.text) == ["水质"])
        #expect(SearchQuery("<script>").highlight("<script>alert(1)</script>").map(\.text).joined() == "<script>alert(1)</script>")
    }

    @Test func updatesAndRemovalsShowAtOnce() {
        var index = Self.index
        var item = try! #require(index.item(id: "pd-2022-06-youth-plastics"))
        item.title = LocalizedText(en: "Renamed", zh: "改名")
        index.upsert(item)
        #expect(index.search(SearchQuery("塑料")).hits.isEmpty && index.search(SearchQuery("改名")).hits.count == 1)
        index.remove(id: item.id)
        #expect(index.search(SearchQuery("改名")).hits.isEmpty && index.count == Self.index.count - 1)
        for number in 0..<200 { index.upsert(HubItem(id: "x-\(number)", kind: .event, title: LocalizedText(en: "Churn \(number)"))) }
        for number in 0..<200 { index.remove(id: "x-\(number)") }
        #expect(index.count == Self.index.count - 1 && index.search(SearchQuery("churn")).hits.isEmpty)
    }

    @Test func aWordAndARunAreClausesOfTheirOwn() {
        var index = Self.index
        index.upsert(HubItem(id: "th-mekong-water", kind: .research, title: LocalizedText(["th": "คุณภาพน้ำแม่น้ำโขง", "en": "Mekong water quality"])))
        let hits = index.search(SearchQuery("Mekong คุณภาพน้ำ"), limit: 100).hits.map(\.item.id)
        #expect(hits.first == "th-mekong-water", "both clauses")
        #expect(hits.contains("lmec-center"), "one of two clauses: Mekong alone")
        #expect(SearchQuery("Mekong คุณภาพน้ำ 水质").clauses.count == 3)
        #expect(SearchQuery("遥感 监测").clauses == [["遥感"], ["监测"]] && SearchQuery("遥感监测").clauses == [["遥感", "感监", "监测"]])
    }

    @Test func stopWordsAndPunctuationAloneSearchNothing() {
        #expect(SearchQuery("the of and").isEmpty && SearchQuery("—, !").isEmpty)
        #expect(SearchQuery("老").terms == ["老"] && SearchQuery("老挝").terms == ["老挝"])
        let repeated = SearchQuery(Array(repeating: "dialogue", count: 300).joined(separator: " "))
        #expect(repeated.clauses == [["dialogu"]] && Self.index.search(repeated).total == Self.index.search(SearchQuery("dialogue")).total)
    }
}
