import Foundation
import LMHubStorage
import Testing

/// `lmhub sdg import` at the command line: an edition stored under the file's name beside the bundled one
/// (whose id it may not take), once however often it is imported.
@Suite("SDG import command")
struct SDGImportCommandTests {
    static let bundled = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/LMHubCore/Resources/sdg/SDR-2023-Data.csv")

    func run(_ arguments: [String]) async throws -> (code: Int32, output: String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("lmhub-sdg-\(UUID().uuidString).log").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        let child = try LMHubChild(arguments, log: log)
        return (try await child.waitForExit(), child.errorOutput)
    }

    @Test func anEditionIsStoredOnceUnderItsFilesNameNeverUnderTheBundledId() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lmhub-sdg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = try String(contentsOf: Self.bundled, encoding: .utf8).split(whereSeparator: \.isNewline)
        let two = [lines[0]] + lines.filter { $0.hasPrefix("THA,") || $0.hasPrefix("LAO,") }
        #expect(two.count == 3)
        let file = folder.appendingPathComponent("national-2023.csv")
        try Data((two.joined(separator: "\n") + "\n").utf8).write(to: file)
        let database = folder.appendingPathComponent("hub.sqlite").path
        let first = try await run(["sdg", "import", file.path, "--database", database])
        #expect(first.code == 0, "\(first.output)")
        let revision = try await FHIAssessStoreCommandTests.inspect(database) { try await $0.revision() }
        #expect(try await run(["sdg", "import", file.path, "--database", database]).code == 0)
        let (ids, after) = try await FHIAssessStoreCommandTests.inspect(database) { store in
            (try await store.documents(.sdgEdition).map(\.id), try await store.revision())
        }
        #expect(ids == ["national-2023"] && after == revision, "importing the same file again stores nothing")
        let reserved = try await run(["sdg", "import", file.path, "--id", "sdr-2023", "--database", database])
        #expect(reserved.code != 0 && reserved.output.contains("the bundled edition's"), "\(reserved.output)")
    }
}
