import Foundation

/// Writes `content` (as UTF-8, or raw bytes) to a new file in a temporary folder and returns its path.
func temporaryFile(_ content: String, name: String = "data.csv") throws -> String {
    try temporaryFile(bytes: Array(content.utf8), name: name)
}

func temporaryFile(bytes: [UInt8], name: String = "data.csv") throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lmhub-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
}

/// The repository's root, found from this file's path, for tests that read the bundled data.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let bundledMRCFile = repositoryRoot.appendingPathComponent("Sources/LMHubServer/Resources/seed/mrc_3S_cambodia_wq_2004_2014.csv").path
