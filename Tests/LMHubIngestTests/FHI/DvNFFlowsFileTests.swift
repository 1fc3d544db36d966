import Foundation
import Testing
import LMHubCore
@testable import LMHubIngest

/// Flows files read and scored end to end, against the FHI Toolbox's own expected values and LMHub's example.
@Suite("FHI flows file")
struct DvNFFlowsFileTests {
    let dvnf = try! DvNF.bundled()

    /// The Toolbox's `DvNF_aapfd.csv` (MIT): rows `Net AAPFD`, `DvNF`, then years 1–23 (1986–2008), columns P1, P2.
    func toolboxExpected() throws -> [String: [Double]] {
        var csv = try CSVReader(path: FHITestFiles.fixture("toolbox_DvNF_aapfd.csv"))
        var columns: [String: [Double]] = ["P1": [], "P2": []]
        while let row = try csv.next() {
            guard row.fields.count == 3, let p1 = Double(row.fields[1]), let p2 = Double(row.fields[2]) else { continue }
            columns["P1"]?.append(p1)
            columns["P2"]?.append(p2)
        }
        return columns
    }

    /// FHI Toolbox `FlowDeviationTests` on its P1/P2 flows (bundled as `demo-3s/flows-p1-p2.csv`): net AAPFD
    /// 0.28193372 and 0.763872168, DvNF 71.81 and 64.72, per-year AAPFD as printed (9 digits), and the basin
    /// weighted by mean regulated flow 70 (70.08 unrounded).
    @Test func toolboxP1P2() throws {
        let stations = try DvNFFlowsFile.read(path: FHITestFiles.demo("flows-p1-p2.csv"))
        #expect(stations.map(\.name) == ["P1", "P2"])
        #expect(stations.map(\.months.count) == [276, 276])
        let result = try dvnf.assess(stations.map { ($0.name, $0.months) })
        let expected = try toolboxExpected()
        for station in result.stations {
            let want = try #require(expected[station.station])
            #expect(want.count == 25)
            #expect(abs((station.aapfd.aapfd ?? 0) - want[0]) < 5e-9, "\(station.station)")
            #expect(abs((station.dvnf ?? 0) - want[1]) < 5e-8, "\(station.station)")
            #expect(station.aapfd.years.count == 23)
            for (year, value) in zip(station.aapfd.years, want.dropFirst(2)) {
                #expect(abs(year.aapfd - value) < 5e-9, "\(station.station) \(year.label)")
            }
        }
        #expect(String(format: "%.5f %.5f", result.stations[0].aapfd.aapfd ?? 0, result.stations[1].aapfd.aapfd ?? 0) == "0.28193 0.76387")
        #expect(String(format: "%.2f %.2f", result.stations[0].dvnf ?? 0, result.stations[1].dvnf ?? 0) == "71.81 64.72")
        #expect(String(format: "%.2f", result.value ?? 0) == "70.08")
        #expect(result.value?.rounded() == 70)
    }

    @Test func lmhubFourStationFixture() throws {
        let stations = try DvNFFlowsFile.read(path: FHITestFiles.fixture("dvnf-four-stations-lmhub.csv"))
        let result = try dvnf.assess(stations.map { ($0.name, $0.months) })
        #expect(zip(result.stations.compactMap(\.aapfd.aapfd), [0.2, 0.45, 1.2, 3]).allSatisfy { abs($0 - $1) < 1e-9 })
        #expect(zip(result.stations.compactMap(\.dvnf), [80, 62.5, 56, 20]).allSatisfy { abs($0 - $1) < 1e-9 })
        #expect(abs((result.value ?? 0) - 49428886.0 / 1257629) < 1e-9)
    }

    @Test func dailyRowsAreAveragedToMonthsAndGapsReported() throws {
        var text = "Station,Month,Regulated,Unregulated,comment\n"
        for day in 1...31 { text += "A,2001-01-\(day < 10 ? "0" : "")\(day),\(day % 2 == 0 ? 12 : 8),20,\n" }
        for day in 1...27 { text += "A,2001-02-\(day < 10 ? "0" : "")\(day),10,20,\n" }
        text += "A,2001-03,11,22,monthly row\n"
        let station = try #require(try DvNFFlowsFile.read(path: try temporaryFile(text)).first)
        #expect(station.dailyRows == 58)
        #expect(station.months.map(\.month.description) == ["2001-01", "2001-02", "2001-03"])
        #expect(abs((station.months[0].regulated ?? 0) - (15 * 12 + 16 * 8) / 31.0) < 1e-12)
        #expect(station.months[1].regulated == nil)
        #expect(station.incompleteMonths == [IncompleteMonth(month: YearMonth(year: 2001, month: 2)!, pairedDays: 27, requiredDays: 28)])
        let lenient = try DvNFFlowsFile.read(path: try temporaryFile(text), completeness: MonthCompleteness(minimumShare: 0.9))
        #expect(lenient.first?.months[1].regulated == 10)
    }

    @Test func emptyFlowsAreMissingNeverZero() throws {
        let station = try #require(try DvNFFlowsFile.read(path: try temporaryFile("station,month,regulated,unregulated\nA,2001-01,,5\nA,2001-02,NA,5\n")).first)
        #expect(station.months.map(\.regulated) == [nil, nil])
    }

    @Test func badRowsAreRefusedNamingFileLineAndField() throws {
        let header = "station,month,regulated,unregulated\n"
        func refusal(_ body: String) throws -> IngestError? {
            let path = try temporaryFile(header + body)
            return FHITestFiles.error { () throws(IngestError) in try DvNFFlowsFile.read(path: path) }
        }
        let word = try refusal("A,2001-01,10,15\nA,2001-02,ten,15\n")
        #expect(word?.line == 3 && word?.field == "regulated" && word?.message == "expected a number (the regulated flow), found 'ten'")
        #expect(word?.file.hasSuffix("data.csv") == true)
        for month in ["2001-13", "Jan-86", "2001-1", "2001-02-30", "2001-01-01T00:00"] {
            let error = try refusal("A,\(month),10,15\n")
            #expect(error?.line == 2 && error?.field == "month" && error?.message.hasPrefix("unknown month '\(month)'") == true, "\(month)")
        }
        #expect(try refusal("A,2001-01,10,-1\n")?.field == "unregulated")
        #expect(try refusal("A,2001-01,10,15\nA,2001-01,11,15\n")?.message.contains("already given on line 2") == true)
        #expect(try refusal("A,2001-01-05,10,15\nA,2001-01,11,15\n")?.message.contains("already has daily rows (line 2)") == true)
        #expect(try refusal("A,2001-01,10,15\nA,2001-01-05,11,15\n")?.message.contains("monthly mean on line 2") == true)
        #expect(try refusal(",2001-01,10,15\n")?.field == "station")
        let path = try temporaryFile("station,month,regulated\nA,2001-01,10\n")
        let columns = FHITestFiles.error { () throws(IngestError) in try DvNFFlowsFile.read(path: path) }
        #expect(columns?.line == 1 && columns?.message.contains("missing column unregulated") == true)
    }

    /// A 1e308 flow is a number but its square is not (it gave AAPFD inf): refused at its row and column.
    @Test func flowsTooLargeForTheAAPFDAreRefusedNamingLineAndColumn() throws {
        let path = try temporaryFile("station,month,regulated,unregulated\nA,2001-01,10,15\nA,2001-02,10,1e308\n")
        let error = FHITestFiles.error { () throws(IngestError) in try DvNFFlowsFile.read(path: path) }
        #expect(error?.line == 3 && error?.field == "unregulated" && error?.message.hasPrefix("A's flows overflow here") == true)
        let fine = try temporaryFile("station,month,regulated,unregulated\nA,2001-01,10,15\nA,2001-02,10,1e150\n")
        #expect(FHITestFiles.error { () throws(IngestError) in try DvNFFlowsFile.read(path: fine) } == nil)
    }
}
