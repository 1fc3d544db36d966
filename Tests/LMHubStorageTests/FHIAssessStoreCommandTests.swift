import Foundation
import LMHubStorage
import Testing

/// `lmhub fhi assess --store` at the command line: storing the same assessment twice stores it once (the
/// second run changes nothing, not even the store's revision), and `--replace` needs `--store`.
@Suite("FHI assess --store")
struct FHIAssessStoreCommandTests {
    func run(_ arguments: [String]) async throws -> (code: Int32, output: String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("lmhub-fhi-\(UUID().uuidString).log").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        let child = try LMHubChild(arguments, log: log)
        let code = try await child.waitForExit()
        return (code, child.errorOutput)
    }

    @Test func storingTheDemonstrationTwiceStoresItOnce() async throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("lmhub-fhi-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) } }
        let arguments = ["fhi", "assess", "--demo", "--store", "--database", database, "--format", "csv"]
        let first = try await run(arguments)
        #expect(first.code == 0, "\(first.output)")
        #expect(first.output.contains("stored FHI assessment 'demo-3s' (3S (Sekong, Sesan, Srepok) 2016-12-31)"), "\(first.output)")
        let revision = try await Self.inspect(database) { try await $0.revision() }
        let second = try await run(arguments)
        #expect(second.code == 0 && second.output.contains("is stored already with the same content: nothing changed"), "\(second.output)")
        let (summaries, after) = try await Self.inspect(database) { store in (try await store.documents(.fhiAssessment), try await store.revision()) }
        #expect(summaries.map(\.id) == ["demo-3s"] && summaries.first?.asOf == "2016-12-31")
        #expect(after == revision, "storing the same content again is no write")
        let refused = try await run(["fhi", "assess", "--demo", "--replace"])
        #expect(refused.code != 0 && refused.output.contains("--replace needs --store"), "\(refused.output)")
    }

    /// The messages of a fresh-user trial: both a file and --demo, a folder for a file, other content under a stored id.
    @Test func misuseIsExplainedByName() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lmhub-fhi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let both = try await run(["fhi", "assess", folder.path, "--demo"])
        #expect(both.code != 0 && both.output.contains("give an assessment file or --demo, not both"), "\(both.output)")
        let isFolder = try await run(["fhi", "assess", folder.path])
        #expect(isFolder.code != 0 && isFolder.output.contains("is a folder"), "\(isFolder.output)")
        let assessment = { (value: Int) in
            #"{"id": "trial", "basin": {"name": "Trial"}, "date": "2024-12-31", "inputs": {}, "entered": {"water-quality": {"value": \#(value), "evidence": "test"}}}"#
        }
        let first = folder.appendingPathComponent("a1.json").path, second = folder.appendingPathComponent("a2.json").path
        try Data(assessment(50).utf8).write(to: URL(fileURLWithPath: first))
        try Data(assessment(60).utf8).write(to: URL(fileURLWithPath: second))
        let database = folder.appendingPathComponent("hub.sqlite").path
        #expect(try await run(["fhi", "assess", first, "--store", "--database", database]).code == 0)
        let conflict = try await run(["fhi", "assess", second, "--store", "--database", database])
        #expect(conflict.code != 0 && conflict.output.contains("'trial'") && conflict.output.contains("give --replace"), "\(conflict.output)")
        #expect(try await run(["fhi", "assess", second, "--store", "--replace", "--database", database]).code == 0)
    }

    /// Geometric means of equal scores land a few ulps off 40 (40.00000000000001): the CSV rounds to 10 significant digits.
    @Test func treeCSVScoresAreRoundedToTenSignificantDigits() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lmhub-fhi-tree-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("""
            indicator,weight,score,parent
            ev,,,
            a,0.3,,ev
            a1,0.5,40,a
            a2,0.5,40,a
            b,0.7,40,ev
            c,,,
            c1,0.1,40,c
            c2,0.2,40,c
            c3,0.7,40,c

            """.utf8).write(to: file)
        let process = Process(), pipe = Pipe()
        process.executableURL = try LMHubChild.executable
        process.arguments = ["fhi", "tree", file.path, "--format", "csv"]
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let scores = output.split(whereSeparator: \.isNewline).dropFirst().compactMap { $0.split(separator: ",", omittingEmptySubsequences: false).last }
        #expect(scores.count == 9 && scores.allSatisfy { $0 == "40.0" }, "\(output)")
    }

    static func inspect<T: Sendable>(_ database: String, _ read: (LMHubStore) async throws -> T) async throws -> T {
        let store = try await LMHubStore.openSQLite(path: database)
        do {
            let value = try await read(store)
            try await store.close()
            return value
        } catch {
            try? await store.close()
            throw error
        }
    }
}
