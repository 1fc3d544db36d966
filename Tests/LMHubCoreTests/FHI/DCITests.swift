import Testing
@testable import LMHubCore

/// Dendritic Connectivity Index (Cote et al. 2009) and the FHI's cDCI.
@Suite("FHI connectivity")
struct DCITests {
    let dci = try! DCI.bundled()

    func segment(_ id: String, _ downstream: String?, _ length: Double, _ passability: Double?) -> RiverSegment {
        RiverSegment(id: id, downstream: downstream, length: length, passability: passability)
    }

    /// FHI Toolbox `DciTests` on `pd1.csv` (Sekong, two impassable dams): DCI_P 0.5458785, DCI_D 0.6558908.
    /// With passability 0 only the outlet segment reaches the outlet: DCI_D = l0 / L, DCI_P = Σ l_i² / L².
    @Test func toolboxSekongTable() throws {
        let network = try SegmentNetwork([segment("0", nil, 2454514.922, nil), segment("1", "0", 1272752.09, 0), segment("2", "0", 14994.3316, 0)])
        let result = try dci.compute(network)
        #expect(abs(result.dciP - 0.5458785) < 1e-7)
        #expect(abs(result.dciD - 0.6558908) < 1e-7)
        #expect(abs(result.cdci - 50 * (result.dciD + result.dciP)) < 1e-12)
        #expect(result.weightDiadromous == 0.5 && result.weightPotamodromous == 0.5)
    }

    /// A chain 0 ← 1 (p 0.5) ← 2 (p 0.2), lengths 1: c_20 = 0.5 · 0.2 = 0.1, so DCI_D = (1 + 0.5 + 0.1) / 3 and
    /// DCI_P = (3 + 2 · (0.5 + 0.2 + 0.1)) / 9. The Toolbox's `BuildPassabilityInternal` multiplies by segment
    /// 2's own dam at each step (0.2 · 0.2 = 0.04), which would give DCI_D (1 + 0.5 + 0.04) / 3.
    @Test func passabilityIsMultipliedOverEveryBarrierCrossed() throws {
        let network = try SegmentNetwork([segment("0", nil, 1, nil), segment("1", "0", 1, 0.5), segment("2", "1", 1, 0.2)])
        let result = try dci.compute(network)
        #expect(abs(result.dciD - 1.6 / 3) < 1e-12)
        #expect(abs(result.dciD - 1.54 / 3) > 0.01)
        #expect(abs(result.dciP - 4.6 / 9) < 1e-12)
    }

    /// The Toolbox computes (wD · DCI_D + wP · DCI_P / (wD + wP)) · 100; with weights 1 and 1 that is
    /// 100 · (DCI_D + DCI_P / 2). LMHub divides both terms: 100 · (DCI_D + DCI_P) / 2.
    @Test func weightsDivideBothTerms() throws {
        let network = try SegmentNetwork([segment("0", nil, 1, nil), segment("1", "0", 1, 0.5), segment("2", "1", 1, 0.2)])
        let result = try dci.compute(network, weightDiadromous: 1, weightPotamodromous: 1)
        #expect(abs(result.cdci - 100 * (1.6 / 3 + 4.6 / 9) / 2) < 1e-12)
        #expect(abs(result.cdci - 100 * (1.6 / 3 + 4.6 / 9 / 2)) > 1)
        let diadromousOnly = try dci.compute(network, weightDiadromous: 1, weightPotamodromous: 0)
        #expect(abs(diadromousOnly.cdci - 100 * 1.6 / 3) < 1e-12)
        #expect(throws: ConnectivityError.self) { try dci.compute(network, weightDiadromous: 0, weightPotamodromous: 0) }
    }

    @Test func aNetworkWithoutBarriersIsFullyConnected() throws {
        let network = try SegmentNetwork([segment("0", nil, 3, nil), segment("a", "0", 2, 1), segment("b", "0", 5, 1), segment("c", "b", 7, 1)])
        let result = try dci.compute(network)
        #expect(abs(result.dciD - 1) < 1e-12 && abs(result.dciP - 1) < 1e-12 && abs(result.cdci - 100) < 1e-12)
    }

    @Test func tablesThatAreNoTreeAreRefusedNamingSegmentAndField() {
        func refusal(_ segments: [RiverSegment]) -> ConnectivityError? {
            do { _ = try SegmentNetwork(segments); return nil } catch { return error }
        }
        let missing = refusal([segment("0", nil, 1, nil), segment("1", "9", 1, 0.5)])
        #expect(missing?.segment == "1" && missing?.field == "d_id_dwn" && missing?.message.contains("'9' is not in the table") == true)
        let cycle = refusal([segment("0", nil, 1, nil), segment("1", "2", 1, 0.5), segment("2", "3", 1, 0.5), segment("3", "1", 1, 0.5)])
        #expect(cycle?.field == "d_id_dwn" && cycle?.message.contains("form a cycle") == true)
        #expect(refusal([segment("1", "2", 1, 0.5), segment("2", "1", 1, 0.5)])?.message.contains("no outlet") == true)
        #expect(refusal([segment("0", nil, 1, nil), segment("1", nil, 1, nil)])?.message.contains("more than one outlet") == true)
        #expect(refusal([segment("0", nil, 1, nil), segment("1", "0", 1, 1.5)])?.field == "passability")
        #expect(refusal([segment("0", nil, 1, nil), segment("1", "0", 1, nil)])?.field == "passability")
        #expect(refusal([segment("0", nil, 1, nil), segment("0", "0", 1, 1)])?.field == "d_id")
        #expect(refusal([segment("0", nil, -1, nil)])?.field == "len_up")
        #expect(refusal([segment("0", nil, 0, nil)])?.message.contains("total length is 0") == true)
    }

    @Test func resultBecomesAnIndexResultAndAScore() throws {
        let network = try SegmentNetwork([segment("0", nil, 1, nil), segment("1", "0", 1, 0.5)])
        let result = try dci.compute(network)
        let index = result.indexResult(subject: "Sekong: flow-connectivity")
        #expect(index.value == result.cdci)
        #expect(index.components.map(\.id) == ["dci-d", "dci-p"])
        #expect(result.score.value == result.cdci && result.score.basis == .computed)
    }
}
