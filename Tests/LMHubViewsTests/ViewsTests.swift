import Foundation
import LMHubCore
import Testing
@testable import LMHubViews

struct ViewsTests {
    let standard = try! WaterQualityStandard.bundled()["cn-gb3838-2002"]!

    @Test func contentIsEscapedEverywhereItIsShown() {
        let hostile = "<script>alert(1)</script>"
        let station = Station(id: hostile, name: LocalizedText(en: hostile), waterBody: hostile, latitude: 14, longitude: 106)
        let page = OverviewPage.render(OverviewModel(
            rows: [.init(station: station, latestTime: nil, dayAssumed: false, assessment: nil)], standard: standard, language: "en"))
        #expect(!page.contains(hostile))
        #expect(page.contains("&lt;script&gt;"))
    }

    @Test func chineseIsCompleteForEveryKey() {
        for (key, texts) in Strings.table {
            #expect(texts["zh"] != nil, "\(key) has no Chinese")
            #expect(texts["en"] != nil, "\(key) has no English")
        }
    }

    @Test func mapProjectsTheWindowCorners() {
        let map = BasinMap(bounds: (west: 100, south: 10, east: 110, north: 20), width: 500)
        let northWest = map.project(lon: 100, lat: 20), southEast = map.project(lon: 110, lat: 10)
        #expect(northWest.x == 0 && northWest.y == 0)
        #expect(abs(southEast.x - 500) < 1e-9)
        #expect(abs(southEast.y - map.height) < 1e-9)
        #expect(map.height > 500)
    }

    @Test func bundledOutlinesHaveTheSixCountriesAndTheMainStem() {
        let geography = BasinGeography.bundled
        #expect(geography.countries.map(\.name.en).sorted() == ["Cambodia", "China", "Lao PDR", "Myanmar", "Thailand", "Viet Nam"])
        #expect(geography.rivers.count == 1)
        #expect(geography.countryName("KH", language: "zh") == "柬埔寨")
        #expect(geography.countryName("LA", language: "en") == "Lao PDR")
        #expect(geography.countryName("FR", language: "en") == "FR")
    }

    @Test func classBandsFollowTheLimits() {
        let tp = standard.item(for: "TP", in: .river)!
        let bands = ClassBands.bands(for: tp, in: standard)
        #expect(bands.map(\.label) == ["I", "II", "III", "IV", "V", "劣V"])
        #expect(bands[1].lower == 0.02 && bands[1].upper == 0.1)
        let cod = ClassBands.bands(for: standard.item(for: "COD", in: .river)!, in: standard)
        #expect(cod.map(\.label) == ["I", "III", "IV", "V", "劣V"])
        let dissolvedOxygen = ClassBands.bands(for: standard.item(for: "DO", in: .river)!, in: standard)
        #expect(dissolvedOxygen.first?.lower == 7.5)
        #expect(dissolvedOxygen.last?.upper == 2)
    }

    @Test func chartAxisUsesRoundNumbers() {
        #expect(TimeSeriesChart.niceCeiling(0.54) == 0.6)
        #expect(TimeSeriesChart.niceCeiling(6.6) == 8)
        #expect(TimeSeriesChart.niceCeiling(12) == 15)
        #expect(TimeSeriesChart.niceCeiling(1) == 1)
        #expect(TimeSeriesChart.ticks(from: 0, to: 15) == [0, 3, 6, 9, 12, 15])
    }
}

struct ChartGapTests {
    @Test func theLineBreaksAcrossLongGaps() {
        let day = 86_400.0
        let times = [0, 30, 60, 90, 400, 430].map { Date(timeIntervalSince1970: $0 * day) }
        #expect(TimeSeriesChart.gapThreshold(times) == 90 * day)
        let svg = TimeSeriesChart().render(
            points: times.map { .init(time: $0, value: 1, censored: false, label: "") }, bands: [], unit: "mg/L", title: "t")
        #expect(svg.components(separatedBy: "M").count - 1 == 2)
    }
}
