import Testing
import LMHubCore
@testable import LMHubIngest

@Suite("FHI segments file")
struct ConnectivitySegmentsFileTests {
    /// FHI Toolbox `DciTests` on `pd1.csv` (bundled as `demo-3s/segments-sekong.csv`): DCI_P 0.5458785,
    /// DCI_D 0.6558908 (the Toolbox's tolerance is 0.002).
    @Test func toolboxSekongTable() throws {
        let network = try ConnectivitySegmentsFile.read(path: FHITestFiles.demo("segments-sekong.csv"))
        #expect(network.segments.map(\.id) == ["0", "1", "2"])
        #expect(network.segments.map(\.passability) == [nil, 0, 0])
        let result = try DCI.bundled().compute(network)
        #expect(abs(result.dciP - 0.5458785) < 1e-7)
        #expect(abs(result.dciD - 0.6558908) < 1e-7)
    }

    @Test func badTablesAreRefusedNamingFileLineAndField() throws {
        let header = "d_id,d_id_dwn,r_dwn,len_up,passability,level\n"
        func refusal(_ body: String) throws -> IngestError? {
            let path = try temporaryFile(header + body)
            return FHITestFiles.error { () throws(IngestError) in try ConnectivitySegmentsFile.read(path: path) }
        }
        let missing = try refusal("0,,,100,,0\n1,0,2,50,0.5,1\n2,7,2,50,0.5,2\n")
        #expect(missing?.line == 4 && missing?.field == "d_id_dwn" && missing?.message == "the downstream segment '7' is not in the table")
        let cycle = try refusal("0,,,100,,0\n1,2,,50,0.5,1\n2,1,,50,0.5,2\n")
        #expect(cycle?.field == "d_id_dwn" && cycle?.message.contains("form a cycle") == true && [3, 4].contains(cycle?.line ?? 0))
        let length = try refusal("0,,,100,,0\n1,0,,long,0.5,1\n")
        #expect(length?.line == 3 && length?.field == "len_up")
        let twice = try refusal("0,,,100,,0\n1,0,,5,0.5,1\n1,0,,5,0.5,1\n")
        #expect(twice?.line == 4 && twice?.field == "d_id")
        let passability = try refusal("0,,,100,,0\n1,0,,5,2,1\n")
        #expect(passability?.line == 3 && passability?.field == "passability")
        #expect(try refusal("")?.message.contains("no segment") == true)
    }

    /// `len_up` 1e308 twice: each is a number, their total is not (it printed "cDCI 0.00 … total length inf").
    @Test func lengthsWhoseTotalOverflowsAreRefusedAtTheRowThatOverflows() throws {
        let path = try temporaryFile("d_id,d_id_dwn,len_up,passability\n0,,1e308,\n1,0,1e308,0.5\n")
        let error = FHITestFiles.error { () throws(IngestError) in try ConnectivitySegmentsFile.read(path: path) }
        #expect(error?.line == 3 && error?.field == "len_up" && error?.message.hasPrefix("the total length overflows here") == true)
        let fine = try temporaryFile("d_id,d_id_dwn,len_up,passability\n0,,1e307,\n1,0,1e307,0.5\n")
        #expect(FHITestFiles.error { () throws(IngestError) in try ConnectivitySegmentsFile.read(path: fine) } == nil)
    }
}
