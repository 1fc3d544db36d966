import Foundation
import Testing
import LMHubCore
@testable import LMHubIngest

/// The bundled 3S demonstration assessment, read and evaluated as any assessment file is.
@Suite("FHI 3S demo")
struct FHIDemoTests {
    let constants = try! FHIAssessmentConstants.bundled()

    /// Station scores recomputed in Python from the bundled samples (MRC targets; NH3 from NH3-N, pH and
    /// temperature by Emerson et al. 1975), independently of LMHub's code.
    static let stations: [String: Double] = [
        "Andaung Meas": 94.43762954445614, "Lumphat": 92.67257214077335, "Phum Pi": 95.53055781982108, "Siempang": 94.67595310701377,
    ]

    @Test func computesFourSubIndicatorGroupsAndLeavesTheRestNotAssessed() throws {
        let result = try FHIAssessmentFile.demo3S(constants: constants)
        // DvNF: the FHI Toolbox's test expects 70 for P1 + P2 weighted by mean regulated flow (70.08 unrounded).
        let dvnf = try #require(result.subIndicator("deviation-from-natural-flow"))
        #expect(dvnf.status == .computed)
        #expect(abs(dvnf.value! - 70.08) < 0.005)
        // Flow connectivity: Toolbox DciTests on the Sekong table, DCI_D 0.6558908, DCI_P 0.5458785 (tolerance 0.002).
        #expect(abs(try #require(result.subIndicator("flow-connectivity")?.value) - 60.088465) < 0.2)
        // Water quality: the mean of the four stations.
        let quality = try #require(result.subIndicator("water-quality"))
        guard case let .waterQuality(detail)? = quality.detail else { Issue.record("no water-quality detail"); return }
        for station in detail.stations {
            #expect(abs(station.score! - Self.stations[station.station]!) < 1e-9, "\(station.station)")
        }
        #expect(abs(quality.value! - 94.32917815301609) < 1e-9)
        #expect(quality.verified == false)  // the MRC targets are unverified
        // Governance: the twelve sub-indicators of the survey; GS = 41.07 with equal weights (Python: 41.0712).
        let governance = try #require(result.node("governance-stakeholders"))
        #expect(abs(governance.value! - 41.0712) < 1e-4)
        #expect(result.subIndicators.filter { $0.status == .computed }.count == 15)
        // Everything else: not assessed, never 0 or 100.
        let rest = result.subIndicators.filter { $0.status != .computed }
        #expect(rest.allSatisfy { $0.status == .notAssessed && $0.value == nil })
        #expect(result.node("ecosystem-services")?.value == nil)
        #expect(result.node("biodiversity")?.value == nil)
        // EV over water quantity (DvNF alone), water quality and basin condition (connectivity alone): 73.51.
        #expect(abs(try #require(result.node("ecosystem-vitality")?.value) - 73.5095) < 0.01)
    }

    /// The published baseline travels with the result, apart from the computed components.
    @Test func carriesThePublishedBaselineMarkedNotComputed() throws {
        let result = try FHIAssessmentFile.demo3S(constants: constants)
        let published = try #require(result.published.first)
        #expect(published.scores == ["ecosystem-vitality": 66, "ecosystem-services": 80, "governance-stakeholders": 43])
        #expect(published.date == "2016-12")
        #expect(published.note?.contains("not computed") == true)
        #expect(result.node("ecosystem-vitality")?.value != 66)
        #expect(result.notes.contains { $0.contains("read as UTF-8") })
    }

    /// The hook the server uses: stored observations replace the bundled sample file. Given the full MRC seed
    /// file (2004–2014), the period keeps 2010–2014 and the result is the same.
    @Test func storedObservationsReplaceTheBundledSamples() throws {
        let seed = repositoryRoot.appendingPathComponent("Sources/LMHubServer/Resources/seed/mrc_3S_cambodia_wq_2004_2014.csv").path
        let zone = TimeZone(identifier: "Asia/Phnom_Penh")!
        var reader = try WideSampleReader(path: seed, timeZones: StationTimeZones(fallback: zone))
        let all = try reader.readSamples().samples
        nonisolated(unsafe) var asked: [String] = []
        let result = try FHIAssessmentFile.demo3S(constants: constants) { stations, period in
            asked = stations
            #expect(period?.start == "2010-01-01")
            return all
        }
        #expect(asked == ["Andaung Meas", "Lumphat", "Phum Pi", "Siempang"])
        #expect(abs(try #require(result.subIndicator("water-quality")?.value) - 94.32917815301609) < 1e-9)
        #expect(result.notes.contains { $0.contains("stored samples") })
    }

    @Test func theCoreDemoDocumentDecodesAndEvaluatesWithResolvedData() throws {
        let document = try FHIDemo.document()
        #expect(document.id == "demo-3s")
        // Without the files' data only what needs none could be computed: here, nothing.
        let bare = FHIAssessmentDocument(id: "x", basin: .init(name: "x"), date: "2020-01-01", inputs: FHIAssessmentInputs())
        let result = try FHIDemo.evaluate(bare, resolved: FHIResolvedInputs(), constants: constants)
        #expect(result.subIndicators.allSatisfy { $0.status == .notAssessed })
    }
}
