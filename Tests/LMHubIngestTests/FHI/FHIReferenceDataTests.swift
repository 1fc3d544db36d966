import Foundation
import Testing
import LMHubCore
@testable import LMHubIngest

/// The folder `LMHUB_FHI_REFERENCE_DATA` names, if set.
let fhiReferenceFolder = ProcessInfo.processInfo.environment["LMHUB_FHI_REFERENCE_DATA"].map { URL(fileURLWithPath: $0) }

/// Checks against CI's fhiScripts worked examples, whose files carry no licence and are therefore not in this
/// repository. Run them with `LMHUB_FHI_REFERENCE_DATA` set to a folder holding
/// `fhiScripts_DvNF_mock_monthly_P1-P4.csv` (station,month_start,regulated,unregulated), the values of the
/// workbook `DvNF_workedExample.xlsm` as `expected_DvNF_mock_P1-P4_from_workedExample.csv` (rows Net AAPFD,
/// DvNF, year_index_1…), and the circle-plot sample `fhiScripts_F_circleplot_weights_scores.csv` (`F.csv`).
@Suite("FHI reference data", .enabled(if: fhiReferenceFolder != nil, "LMHUB_FHI_REFERENCE_DATA is not set"))
struct FHIReferenceDataTests {
    static func path(_ name: String) throws -> String {
        try #require(fhiReferenceFolder).appendingPathComponent(name).path
    }

    /// The four-station worked example P1–P4: every per-year AAPFD, the net AAPFD and the DvNF within 1e-9.
    @Test func workedExampleP1ToP4() throws {
        var csv = try CSVReader(path: try Self.path("fhiScripts_DvNF_mock_monthly_P1-P4.csv"))
        _ = try csv.next()
        var flows: [String: [MonthlyFlow]] = [:]
        while let row = try csv.next() {
            let date = row.fields[1].split(separator: "-").compactMap { Int($0) }
            let month = try #require(YearMonth(year: date[0], month: date[1]))
            flows[row.fields[0], default: []].append(MonthlyFlow(month: month, regulated: Double(row.fields[2]), unregulated: Double(row.fields[3])))
        }
        var expected = try CSVReader(path: try Self.path("expected_DvNF_mock_P1-P4_from_workedExample.csv"))
        let stations = try #require(try expected.next()).fields.dropFirst().map { $0 }
        var rows: [[Double]] = []
        while let row = try expected.next() { rows.append(row.fields.dropFirst().compactMap(Double.init)) }
        let result = try DvNF.bundled().assess(stations.map { ($0, flows[$0] ?? []) })
        for (column, station) in result.stations.enumerated() {
            #expect(abs((station.aapfd.aapfd ?? 0) - rows[0][column]) < 1e-9, "\(station.station)")
            #expect(abs((station.dvnf ?? 0) - rows[1][column]) < 1e-9, "\(station.station)")
            #expect(station.aapfd.years.count == rows.count - 2)
            for (year, row) in zip(station.aapfd.years, rows.dropFirst(2)) {
                #expect(abs(year.aapfd - row[column]) < 1e-9, "\(station.station) \(year.label)")
            }
        }
    }

    /// `F.csv`: every parent's written (integer) score is its computed value rounded, and EV 64, ES 86, GS 63,
    /// unrounded and with the Toolbox's rounding at every level.
    @Test func circlePlotSample() throws {
        let contents = try FHITreeFile.read(path: try Self.path("fhiScripts_F_circleplot_weights_scores.csv"))
        #expect(contents.statedScores.count == 13)
        for rounding in [FHIRounding.unrounded, .toolbox] {
            let nodes = Dictionary(uniqueKeysWithValues: contents.tree.evaluate(rounding: rounding).flatMap(\.allNodes).map { ($0.id, $0.value) })
            for (id, stated) in contents.statedScores {
                #expect((nodes[id] ?? nil)?.rounded() == stated, "\(id) \(rounding)")
            }
            #expect(nodes["Ecosystem Vitality"]??.rounded() == 64 && nodes["Ecosystem Services"]??.rounded() == 86
                && nodes["Governance & Stakeholders"]??.rounded() == 63)
        }
    }
}
