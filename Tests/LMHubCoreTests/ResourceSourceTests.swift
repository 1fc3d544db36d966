import Foundation
import Testing

/// What a user reads as a source names a public document, never a path of this project: the data files LMHubCore
/// bundles cite no research notes (`shared/reference/…`, a `.md` file, "notes §"), which a user of LMHub and a fresh
/// clone do not have. The research trail lives in each folder's `ORIGIN.md`.
struct ResourceSourceTests {
    static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/LMHubCore/Resources")
    static let folders = ["standards", "indices", "aqi", "hub", "sdg", "fhi", "carbon"]

    /// Every JSON data file of the bundled folders, as `folder/file.json`.
    static let files: [String] = folders.flatMap { folder in
        let names = (try? FileManager.default.contentsOfDirectory(atPath: resources.appendingPathComponent(folder).path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { "\(folder)/\($0)" }
    }

    /// Every string in a decoded JSON value, with the key it is stored under (an array's strings take its key).
    static func strings(_ value: Any, key: String = "") -> [(key: String, text: String)] {
        switch value {
        case let text as String: [(key, text)]
        case let object as [String: Any]: object.flatMap { strings($1, key: $0) }
        case let array as [Any]: array.flatMap { strings($0, key: key) }
        default: []
        }
    }

    @Test func everyBundledFolderHasDataFiles() {
        #expect(Set(Self.files.map { file in String(file.prefix { $0 != "/" }) }) == Set(Self.folders))
        #expect(Self.files.contains("standards/vn-qcvn08-2023.json") && Self.files.contains("aqi/th-pcd-2018.json"))
    }

    @Test(arguments: files)
    func sourcesNamePublicDocumentsNotPathsOfOurs(file: String) throws {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.resources.appendingPathComponent(file)))
        let found = Self.strings(json)
        #expect(!found.isEmpty)
        for (key, text) in found {
            #expect(!text.contains("shared/") && !text.contains("reference/"), "\(file) \(key): \(text)")
            if key == "source" || key.hasSuffix("Source") {
                #expect(!text.contains(".md") && !text.contains("notes §"), "\(file) \(key): \(text)")
            }
        }
    }
}
