import Testing
@testable import LMHubCore

/// The bundled SDR 2023 edition as data: complete, consistent and flagged.
@Suite("SDG edition: SDR 2023 constants")
struct SDGEditionTests {
    let edition = try! SDREdition.bundled()

    @Test func theEditionIsTheSDGIndexOf2023() {
        #expect(edition.id == "sdr-2023" && edition.edition == 2023)
        #expect(edition.definition.id == "sdr-2023" && edition.definition.scale == 0...100 && edition.definition.bands.isEmpty)
        #expect(edition.definition.verified == false)
        #expect(edition.attribution.contains("SDSN") && edition.attribution.contains("non-commercial"))
        #expect(edition.goals.count == 17 && edition.goalName(6)?.text("zh") == "清洁饮水和卫生设施")
        #expect(edition.bundledDatabase?.lastPathComponent == "SDR-2023-Data.csv")
    }

    @Test func ninetyEightGlobalIndicatorsCarryDerivedBounds() {
        let global = edition.indicators.filter { $0.scope == .global }
        #expect(edition.indicators.count == 124 && global.count == 98)
        #expect(global.filter { $0.boundsBasis == .derived }.count == 97)
        #expect(edition.indicator("sdg16_safe")?.boundsBasis == .normalisedScale && edition.indicator("sdg16_safe")?.rawValuePublished == false)
        #expect(edition.indicators.allSatisfy { !$0.verified })
        #expect(edition.indicators.filter { $0.scope == .oecd }.allSatisfy { $0.normalisedScore(1) == nil })
    }

    /// Every threshold lies inside the bracket the published 2023 colours leave for it, so the data says
    /// what the colours allow and nothing more.
    @Test func everyThresholdLiesInsideItsColourBracket() {
        for indicator in edition.indicators {
            guard let brackets = indicator.colourBrackets else { continue }
            for (threshold, bracket) in [(indicator.greenThreshold, brackets.green), (indicator.yellowOrangeThreshold, brackets.yellowOrange),
                                         (indicator.redThreshold, brackets.red)] {
                guard let threshold, bracket.count == 2 else { continue }
                #expect(threshold >= (bracket[0] ?? -.infinity) && threshold <= (bracket[1] ?? .infinity), "\(indicator.code) \(threshold) \(bracket)")
            }
        }
        #expect(edition.indicators.allSatisfy { $0.greenThreshold != nil && $0.redThreshold != nil && $0.yellowOrangeThreshold != nil })
    }

    @Test func everyStepIsStatedAndTheUnverifiedOnesAreFlagged() {
        #expect(SDGStep.allCases.allSatisfy { edition.step($0) != nil })
        #expect(edition.step(.normalisation)?.status == .verified)
        #expect(edition.step(.bounds)?.status == .derived)
        #expect(edition.step(.trend)?.status == .reconstructed)
        #expect(edition.step(.goalTrend)?.status == .unverified)
        #expect(edition.unverified([.normalisation, .bounds, .trend]) == [.bounds, .trend])
    }

    @Test func theLandlockedListIsTheUNMembersWithoutCoast() {
        #expect(edition.landlocked.countries.count == 43)
        #expect(edition.landlocked.countries.contains("LAO") && !edition.landlocked.countries.contains("KHM"))
        #expect(edition.inclusion.maximumMissingShare == 0.2)
        #expect(edition.inclusion.rankedDespiteRule == ["BHR", "BRB", "COM", "CPV", "MDV", "SOM", "STP"])
    }
}
