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
