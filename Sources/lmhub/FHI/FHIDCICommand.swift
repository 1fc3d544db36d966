import ArgumentParser
import LMHubCore
import LMHubIngest

struct FHIDCICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dci",
        abstract: "Flow Connectivity: the Dendritic Connectivity Index (DCI_D, DCI_P) and the combined cDCI of a river network.",
        discussion: """
        SEGMENTS is the FHI Toolbox's segment table: d_id,d_id_dwn,…,len_up,passability (other columns ignored). \
        A segment is named by the barrier at its downstream end; d_id_dwn is the next segment down (empty for the \
        outlet segment), len_up its river length, passability its barrier's passability 0–1 (empty for the outlet). \
        DCI_D and DCI_P after Cote et al. (2009), passability multiplied over every barrier between two segments; \
        cDCI = 100 (wD DCI_D + wP DCI_P) / (wD + wP).
        csv: dci_d,dci_p,cdci (DCI_D and DCI_P 0–1, cDCI 0–100).
        """
    )

    @Argument(help: "The segment table.") var file: String
    @Option(help: "Output: table, csv or json.") var format: FHIOutputFormat = .table
    @Option(help: "Weight of the diadromous DCI (default 0.5).") var weightDiadromous: Double?
    @Option(help: "Weight of the potamodromous DCI (default 0.5).") var weightPotamodromous: Double?

    func run() throws {
        let network = try ConnectivitySegmentsFile.read(path: file)
        let dci = try DCI.bundled()
        let result: DCIResult
        do throws(ConnectivityError) {
            result = try dci.compute(network, weightDiadromous: weightDiadromous, weightPotamodromous: weightPotamodromous)
        } catch {
            throw ValidationError(error.message)
        }
        switch format {
        case .json: try FHIOutput.printJSON(result)
        case .csv: print(CSVWriter.line(["dci_d", "dci_p", "cdci"]) + CSVWriter.line([result.dciD, result.dciP, result.cdci].map { FHIOutput.csv($0) }), terminator: "")
        case .table:
            print("cDCI \(FHIOutput.table(result.cdci)) (weights diadromous \(result.weightDiadromous), potamodromous \(result.weightPotamodromous))")
            print("DCI_D \(FHIOutput.table(result.dciD, 7)), DCI_P \(FHIOutput.table(result.dciP, 7))")
            print("\(result.segments) segments, total length \(result.totalLength)")
        }
    }
}
