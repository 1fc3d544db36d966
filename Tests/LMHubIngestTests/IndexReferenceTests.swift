import Foundation
import LMHubCore
import Testing
@testable import LMHubIngest

/// The annual CCME WQI 1.0 and MRC WQI of every station-year of the bundled MRC file, compared with an
/// independent reference (`scripts/indices_reference.py`, a separate Python implementation written from
/// the indices' definitions, whose output is `Fixtures/mrc_3S_indices_expected.csv`).
struct IndexReferenceTests {
    struct Expected {
        let samples: Int
        let ccme: (wqi: Double, category: String)?
        let mrc: (wqi: Double, band: String)?
    }

    func expected() throws -> [String: Expected] {
        let path = repositoryRoot.appendingPathComponent("Tests/LMHubIngestTests/Fixtures/mrc_3S_indices_expected.csv").path
        var csv = try CSVReader(path: path)
        let header = try #require(try csv.next()).fields
        #expect(header == ["station", "year", "samples", "ccme_wqi", "ccme_category", "mrc_wqi", "mrc_band"])
        var result: [String: Expected] = [:]
        while let row = try csv.next() {
            let f = row.fields
            result["\(f[0]) \(f[1])"] = Expected(
                samples: try #require(Int(f[2])),
                ccme: Double(f[3]).map { ($0, f[4]) },
                mrc: Double(f[5]).map { ($0, f[6]) })
        }
        return result
    }

    @Test func annualIndicesMatchTheIndependentReference() throws {
        let expected = try expected()
        var reader = try WideSampleReader(path: bundledMRCFile)
        let samples = try reader.readSamples().samples
        let calculator = try IndexCalculator.bundled(catalog: try StandardCatalog.bundled())
        var seen: Set<String> = []
        for (station, stationSamples) in Dictionary(grouping: samples, by: \.station) {
            for annual in calculator.annual(stationSamples, timeZone: "Asia/Phnom_Penh") {
                let key = "\(station) \(annual.year)"
                seen.insert(key)
                guard let want = expected[key] else {
                    Issue.record("\(key) is not in the reference")
                    continue
                }
                #expect(annual.samples == want.samples, "\(key) samples")
                let ccme = annual.result(of: "ccme-wqi-1.0"), mrc = annual.result(of: "mrc-wqi-aquatic-life")
                switch (ccme?.value, want.ccme) {
                case let (got?, want?):
                    #expect(abs(got - want.wqi) <= 1e-6, "\(key) CCME \(got) vs \(want.wqi)")
                    #expect(ccme?.band?.name.text("en") == want.category, "\(key) CCME category")
                case (nil, nil):
                    #expect(ccme?.notes.isEmpty == false, "\(key) CCME: no value and no reason")
                case let (got, want):
                    Issue.record("\(key) CCME: LMHub \(got.map { "\($0)" } ?? "no index"), reference \(want.map { "\($0.wqi)" } ?? "no index")")
                }
                switch (mrc?.value, want.mrc) {
                case let (got?, want?):
                    #expect(abs(got - want.wqi) <= 1e-6, "\(key) MRC \(got) vs \(want.wqi)")
                    #expect(mrc?.band?.name.text("en") == want.band, "\(key) MRC band")
                case (nil, nil):
                    break
                case let (got, want):
                    Issue.record("\(key) MRC: LMHub \(got.map { "\($0)" } ?? "none"), reference \(want.map { "\($0.wqi)" } ?? "none")")
                }
            }
        }
        #expect(seen == Set(expected.keys))
        #expect(seen.count == 44)
    }
}
