import Foundation
import Testing
@testable import LMHubCore

/// The knowledge hub's items: the initiative's 50 records, one item per standard and scheme, and what makes an
/// item unfit to store.
struct HubItemTests {
    static let items = try! HubSeed.bundled(standards: try! StandardCatalog.bundled(), schemes: try! AQISchemeCatalog.bundled())

    @Test func theInitiativesFiftyItemsAndOneItemPerStandardAreBundled() {
        let standards = Self.items.filter { $0.kind == .standard }
        #expect(Self.items.count == 50 + 8 + 7)
        #expect(standards.count == 15)
        #expect(Set(Self.items.map(\.id)).count == Self.items.count, "ids are unique")
        let kinds = Dictionary(grouping: Self.items.filter { $0.kind != .standard }, by: \.kind).mapValues(\.count)
        #expect(kinds == [.event: 23, .project: 9, .programme: 6, .research: 6, .organisation: 3, .milestone: 3])
        #expect(Self.items.allSatisfy { $0.fieldErrors.isEmpty }, "\(Self.items.filter { !$0.fieldErrors.isEmpty }.map(\.id))")
        #expect(Self.items.filter { $0.kind != .standard }.allSatisfy { $0.title.values["zh"] != nil && $0.title.values["en"] != nil })
    }

    @Test func seedDetailsAreKept() throws {
        let office = try #require(Self.items.first { $0.id == "yunnan-office" })
        #expect(office.kind == .organisation && office.date == PartialDate("2018-03-21"))
        #expect(office.links == [HubItem.Link(relation: .parent, target: "lmec-center")])
        #expect(office.places.first?.name.text("zh") == "云南昆明")
        let air = try #require(Self.items.first { $0.id == "demo-vientiane-air-monitoring" })
        #expect(air.date?.precision == .year && air.sdgs == [3, 11] && air.pillar == "demonstration")
        let gb = try #require(Self.items.first { $0.id == "standard-cn-gb3838-2002" })
        #expect(gb.links == [HubItem.Link(relation: .standard, target: "cn-gb3838-2002")] && gb.countries == ["CN"])
        #expect(gb.date == PartialDate("2002-06-01") && gb.title.text("zh") == "地表水环境质量标准")
    }

    @Test(arguments: [("2016", PartialDate.Precision.year), ("2016-03", .month), ("2017-11-28", .day), ("2024-02-29", .day)])
    func datesKeepTheirPrecision(text: String, precision: PartialDate.Precision) throws {
        let date = try #require(PartialDate(text))
        #expect(date.precision == precision && date.description == text)
    }

    @Test(arguments: ["", "16", "2016-3", "2016-13", "2021-02-29", "2016-03-32", "2016/03", "2016-03-01T00:00", "+201", "2021-+1", "2021-01-+1"])
    func impossibleDatesAreRefused(text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test func datesSortAsTheirTextDoes() throws {
        let texts = ["1999-12-31", "2016", "2016-01", "2016-01-05", "2016-03", "2016-12-31", "2017"]
        let dates = try texts.map { try #require(PartialDate($0)) }
        #expect(dates.shuffled().sorted().map(\.description) == texts)
    }

    @Test func anItemWithBadContentNamesEveryBadField() throws {
        let bad = HubItem(
            id: "Bad Id", kind: .event, title: LocalizedText(["en": " ", "xx": "?"]),
            places: [.init(id: nil, name: LocalizedText(en: "Nowhere"), lat: 95, lon: -200, country: nil)],
            countries: ["Laos"], sdgs: [0, 18])
        #expect(bad.fieldErrors.map(\.field) == ["id", "title.en", "title.xx", "places[0].lat", "places[0].lon", "countries[0]", "sdgs[0]", "sdgs[1]"])
        let blank = HubItem(id: "x", kind: .event, title: LocalizedText(["en": "", "zh": "  "]))
        #expect(blank.fieldErrors.map(\.field) == ["title.en", "title.zh"], "a blank language is left out, not stored empty")
        #expect(HubItem(id: "x", kind: .event, title: LocalizedText([:])).fieldErrors.map(\.field) == ["title"])
        let long = HubItem(id: String(repeating: "a", count: 101), kind: .event, title: LocalizedText(en: String(repeating: "t", count: 501)),
                           date: PartialDate("0999"), themes: ["Water"])
        #expect(long.fieldErrors.map(\.field) == ["id", "title.en", "themes[0]", "date"])
    }

    @Test func unknownKindsAndBadDatesAreRefusedWhenRead() {
        let unknownKind = #"{"id": "x", "kind": "blog", "title": {"en": "X"}}"#
        let badDate = #"{"id": "x", "kind": "event", "date": "2021-02-30", "title": {"en": "X"}}"#
        for text in [unknownKind, badDate] {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(HubItem.self, from: Data(text.utf8)) }
        }
        let text = #"{"id": "x", "kind": "program", "title": {"en": "X"}}"#
        #expect((try? JSONDecoder().decode(HubItem.self, from: Data(text.utf8)))?.kind == .programme)
    }
}
