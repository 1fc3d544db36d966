import Foundation
import LMHubCore
import LMHubIngest
import LMHubStorage

func temporaryFile(_ content: String, name: String = "data.csv") throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lmhub-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(content.utf8).write(to: url)
    return url.path
}

/// Imports `path` as the CLI does with `--on-conflict keep` (unless told otherwise): one transaction, the
/// store counting what is new.
func importFile(
    _ path: String, into store: LMHubStore, skipInvalid: Bool = false, waterBody: WaterQualityStandard.WaterBody = .river,
    onConflict: ConflictPolicy = .keep
) async throws -> ImportSummary {
    let (summary, outcome) = try await store.importing(waterBody: waterBody, sourceFile: (path as NSString).lastPathComponent, onConflict: onConflict) { sink in
        var reader = try ObservationFile.open(path: path)
        return try await ImportRun.run(&reader, into: sink, skipInvalid: skipInvalid)
    }
    return summary.with(outcome)
}

let longFile = """
station,time,parameter,value,unit,censoring
LMH-01,2020-01-01T08:00:00Z,DO,7.9,mg/L,
LMH-01,2020-01-01T08:00:00Z,NH4N,120,µg/L,
LMH-01,2020-01-01T08:00:00Z,TP,<0.01,mg/L,
LMH-01,2020-02-01T08:00:00Z,DO,6.1,mg/L,
LMH-02,2020-02-01T09:00:00+07:00,CODMn,0.5,mg/L,<
LMH-02,2020-02-01T09:00:00+07:00,COND,4.5,mS/m,

"""

/// Two hourly DO values of one station, in a long file.
let twoHoursOfDO = """
    station,time,parameter,value,unit
    VT-1,2024-01-01T00:00:00Z,DO,7.1,mg/L
    VT-1,2024-01-01T01:00:00Z,DO,7.2,mg/L
    """
