import LMHubCore
import LMHubIngest
import Testing

/// The SDR 2023 dashboards recomputed from raw values against the colours the database publishes.
@Suite("SDG dashboards: SDR 2023 colours reproduced")
struct SDR2023DashboardTests {
    @Test func everyIndicatorColourOfTheRankedCountriesIsReproduced() throws {
        let sdr = try SDR2023.load()
        var compared = 0, misses: [String] = []
        for country in sdr.report.ranked {
            let published = try #require(sdr.published.countries[country.iso3])
            for indicator in country.indicators where sdr.edition.indicator(indicator.code)?.scope == .global {
                guard let colour = published.colours[indicator.code] else { continue }
                compared += 1
                if indicator.colour != colour { misses.append("\(country.iso3) \(indicator.code) \(indicator.value)") }
            }
        }
        #expect(compared > 14_000)
        #expect(misses.isEmpty, "\(misses.count) of \(compared): \(misses.prefix(20))")
    }

    /// Notes: 98.5 % with thresholds estimated from the colour brackets. LMHub places each indicator within
    /// its own colour's band, which puts `sdg9_uni` = 0 (orange, its red threshold equal to its lower bound)
    /// at 1, not 0; with the grey rule that gives all 2,142 goals of ranked non-OECD countries. The floor
    /// (98 %) leaves room for the thresholds, which are bracketed, not published.
    @Test func goalColoursOfNonOECDCountriesAgreeWithThePublishedOnes() throws {
        let sdr = try SDR2023.load()
        let (agreeing, compared, misses) = try Self.agreement(sdr, oecd: false)
        #expect(compared == 2_142)
        #expect(Double(agreeing) / Double(compared) >= 0.98, "\(agreeing) of \(compared); misses: \(misses)")
        #expect(misses.isEmpty, "misses: \(misses)")
    }

    /// OECD members' dashboards also take the OECD-only indicators, whose bounds only the integer-rounded 2024
    /// codebook gives (flagged `oecdDashboard`): 634 of 640 agree; the six misses (SDG 8 and 17 of DEU, SVN,
    /// GRC, ISL, CHL, CRI) sit where those rounded bounds decide.
    @Test func goalColoursOfOECDMembersMostlyAgree() throws {
        let sdr = try SDR2023.load()
        let (agreeing, compared, misses) = try Self.agreement(sdr, oecd: true)
        #expect(compared > 600)
        #expect(Double(agreeing) / Double(compared) >= 0.98, "\(agreeing) of \(compared); misses: \(misses)")
        let member = try #require(sdr.report.country("FIN")?.goal(4))
        #expect(member.flags.contains(.oecdDashboard))
    }

    @Test func theSixMekongCountriesGoalColoursAreThePublishedOnes() throws {
        let sdr = try SDR2023.load()
        for iso3 in ["THA", "VNM", "CHN", "KHM", "LAO", "MMR"] {
            let ours = try #require(sdr.report.country(iso3))
            let published = try #require(sdr.published.countries[iso3])
            #expect((1...17).map { ours.goal($0)?.colour } == (1...17).map { published.goalColours[$0] }, "\(iso3)")
        }
        #expect(sdr.report.country("LAO")?.goal(9)?.colour == .red)
        #expect(sdr.report.country("THA")?.goal(1)?.colour == .green)
    }

    static func agreement(_ sdr: SDR2023, oecd: Bool) throws -> (agreeing: Int, compared: Int, misses: [String]) {
        var agreeing = 0, compared = 0, misses: [String] = []
        for country in sdr.report.ranked where (country.region == sdr.edition.dashboard.oecdRegion) == oecd {
            let published = try #require(sdr.published.countries[country.iso3])
            for goal in country.goals {
                guard goal.applicable, let colour = published.goalColours[goal.goal] else { continue }
                compared += 1
                if goal.colour == colour { agreeing += 1 } else { misses.append("\(country.iso3) SDG \(goal.goal) \(goal.colour.rawValue)≠\(colour.rawValue)") }
            }
        }
        return (agreeing, compared, misses)
    }
}
