import Foundation
import LMHubCore
import LMHubIngest
import Testing

/// Trend arrows from a raw-data panel (the optional input; ``SDGStep/trend`` is reconstructed): the six
/// Mekong countries' rows of the SDR 2024 panel (fixture), against the SDR 2023 arrows: 267 of 326 agree
/// (82 %); the panel is of another edition (revised 2015 values) and SDSN's exact rule is not published.
@Suite("SDG trends: reconstructed from a panel")
struct SDRTrendTests {
    static let panelPath = repositoryRoot.appendingPathComponent("Sources/LMHubCore/Resources/sdg/SDR-2024-raw-panel-mekong6.csv").path

    @Test func theMekongArrowsMostlyAgreeWithThePublishedOnes() throws {
        let sdr = try SDR2023.load()
        let panel = try SDRPanelFile.read(path: Self.panelPath)
        let report = SDGIndexCalculator(edition: sdr.edition).compute(sdr.contents.countries, panel: panel)
        var agreeing = 0, compared = 0, misses: [String] = []
        for iso3 in ["THA", "VNM", "CHN", "KHM", "LAO", "MMR"] {
            let country = try #require(report.country(iso3))
            let published = try #require(sdr.published.countries[iso3])
            for indicator in country.indicators {
                guard let ours = indicator.trend, let theirs = published.trends[indicator.code] else { continue }
                compared += 1
                if ours == theirs { agreeing += 1 } else { misses.append("\(iso3) \(indicator.code) \(ours.rawValue)≠\(theirs.rawValue)") }
                #expect(indicator.flags.contains(.trend))
            }
        }
        #expect(compared > 300)
        #expect(Double(agreeing) / Double(compared) >= 0.75, "\(agreeing) of \(compared): \(misses)")
        #expect(report.country("FIN")?.indicators.allSatisfy { $0.trend == nil } == true, "no panel rows, no arrows")
    }
}
