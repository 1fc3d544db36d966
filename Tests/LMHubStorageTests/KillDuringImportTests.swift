import Foundation
import LMHubStorage
import Testing

/// `lmhub import` killed with SIGKILL while it writes a long file, on each engine: the database opens clean
/// (SQLite: `PRAGMA integrity_check` is `ok`), nothing of the killed import is visible (neither observations
/// nor stations), and importing the file again stores each observation once; a further import adds nothing.
/// PostgreSQL runs in a database created for the test and dropped after it.
struct KillDuringImportTests {
    /// Rows of the long file. `lmhub import` prints its first progress line after row 100,000 and is killed
    /// there. The rows before it hold 20,000 observations (batches written in the open transaction), then
    /// gaps without a value, which cost no writes, so the line comes soon on either engine; 400,000
    /// observations follow it, so the kill lands while batches are being written even on a fast machine
    /// (with 10,000 an idle machine sometimes finished first; with 60,000, once imports read and wrote on
    /// two cores, a loaded one did).
    static let rows = 500_000
    static func hasValue(_ row: Int) -> Bool { row < 20_000 || row >= 100_000 }
    static let observations = (0..<rows).filter(hasValue).count
    static let stations = (0..<50).map { "K-\($0)" }
    static let parameters = [("DO", "mg/L", 7.5), ("CODMn", "mg/L", 3.0), ("NH3-N", "µg/L", 200.0),
                             ("TP", "mg/L", 0.1), ("pH", "pH", 7.2), ("TEMP", "°C", 26.0)]

    /// The limit guards against a hang, not slowness: two debug imports of 500,000 rows on a loaded 2-core machine take minutes.
    @Test(.timeLimit(.minutes(10)), arguments: Engine.available)
    func aKilledImportLeavesNothingAndTheRerunStoresEachObservationOnce(_ engine: Engine) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lmhub-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = { (name: String) in folder.appendingPathComponent(name).path }
        let database = try await Self.newDatabase(engine, folder: folder)
        do {
            try await check(database: database, files: (base: path("base.csv"), long: path("long.csv")), log: path("lmhub.log"))
            try await Self.drop(database, engine)
        } catch {
            try? await Self.drop(database, engine)
            throw error
        }
    }

    private func check(database: String, files: (base: String, long: String), log: String) async throws {
        try Data("station,time,parameter,value,unit\nBASE-1,2019-06-01T08:00:00Z,DO,7.1,mg/L\nBASE-2,2019-06-01T09:00:00Z,pH,7.4,pH\n".utf8)
            .write(to: URL(fileURLWithPath: files.base))
        try Self.writeLongFile(to: files.long)
        try await LMHubChild.run(["import", files.base, "--database", database], log: log)
        let before = try await Self.contents(of: database)
        #expect(before.observations == 2 && before.stations == ["BASE-1", "BASE-2"])

        let killed = try LMHubChild(["import", files.long, "--database", database], log: log)
        let writing = try await killed.waitForOutput(containing: " 100000 rows, ", timeout: .seconds(90))
        killed.kill()
        let status = try await killed.waitForExit()
        try #require(writing, "the import did not report 100,000 rows: \(killed.errorOutput)")
        try #require(status == -SIGKILL, "the import ended by itself (\(status)) before it was killed: \(killed.errorOutput)")

        let afterKill = try await Self.contents(of: database)
        #expect(afterKill.observations == before.observations, "observations of the killed import are visible")
        #expect(afterKill.stations == before.stations, "stations of the killed import are visible")

        try await LMHubChild.run(["import", files.long, "--database", database], log: log)
        let imported = try await Self.contents(of: database)
        #expect(imported.observations == before.observations + Self.observations)
        #expect(imported.stations == before.stations.union(Self.stations))

        try await LMHubChild.run(["import", files.long, "--database", database], log: log)
        #expect(try await Self.contents(of: database).observations == imported.observations)
    }

    /// Opens the database as the next command would and returns its observation count and station ids;
    /// for SQLite, first checks the file's integrity.
    private static func contents(of database: String) async throws -> (observations: Int, stations: Set<String>) {
        let store = try await LMHubStore.open(database)
        do {
            if try await store.read({ $0.dialect.name }) == "sqlite" {
                let check = try await store.read { try await $0.raw("PRAGMA integrity_check").all() }.map { try $0.decode(column: "integrity_check", as: String.self) }
                #expect(check == ["ok"])
            }
            let result = (try await store.observationCount(), Set(try await store.stations().map(\.id)))
            try await store.close()
            return result
        } catch {
            try? await store.close()
            throw error
        }
    }

    /// ``rows`` rows of 50 new stations, six parameters each hour from 2021-01-01T00:00Z, values within each
    /// parameter's usual range where ``hasValue(_:)``, else empty.
    private static func writeLongFile(to path: String) throws {
        var text = "station,time,parameter,value,unit\n"
        let formatter = ISO8601DateFormatter()
        let perHour = stations.count * parameters.count
        var time = ""
        for row in 0..<rows {
            if row % perHour == 0 { time = formatter.string(from: Date(timeIntervalSince1970: 1_609_459_200 + Double(row / perHour) * 3600)) }
            let (code, unit, typical) = parameters[row / stations.count % parameters.count]
            let value = hasValue(row) ? "\(typical * (0.9 + Double(row % 21) / 100))" : ""
            text += "\(stations[row % stations.count]),\(time),\(code),\(value),\(unit)\n"
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// A new, empty database: an SQLite file in `folder`, or a PostgreSQL database on the test server.
    private static func newDatabase(_ engine: Engine, folder: URL) async throws -> String {
        switch engine {
        case .sqlite:
            return folder.appendingPathComponent("hub.sqlite").path
        case .postgres:
            let base = try #require(Engine.postgresURL)
            var url = try #require(URLComponents(string: base))
            let name = "kill_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            try await withServer { server in try await server.administer { try await $0.raw("CREATE DATABASE \(unsafeRaw: name)").run() } }
            url.path = "/" + name
            return try #require(url.string)
        }
    }

    /// Removes a PostgreSQL database made by ``newDatabase(_:folder:)`` (the SQLite file goes with its folder).
    private static func drop(_ database: String, _ engine: Engine) async throws {
        guard engine == .postgres, let name = URLComponents(string: database)?.path.dropFirst() else { return }
        try await withServer { server in try await server.administer { try await $0.raw("DROP DATABASE IF EXISTS \(unsafeRaw: String(name)) WITH (FORCE)").run() } }
    }

    /// Runs `body` on a connection to the test server's own database, in a schema of its own.
    private static func withServer(_ body: (LMHubStore) async throws -> Void) async throws {
        let schema = Engine.postgres.newName()
        let store = try await Engine.postgres.open(schema)
        do {
            try await body(store)
            try await Engine.postgres.remove(schema, store)
        } catch {
            try? await Engine.postgres.remove(schema, store)
            throw error
        }
    }
}
