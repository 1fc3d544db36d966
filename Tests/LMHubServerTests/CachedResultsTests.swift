import Foundation
import Hummingbird
import HummingbirdTesting
import LMHubCore
import LMHubIngest
import LMHubStorage
import Testing
@testable import LMHubServer

/// Results kept between requests follow the store: every write advances its revision, and the next request
/// after a write (from this process or another) sees it.
struct CachedResultsTests {
    /// Imports `text` (a long CSV) into `store`, as `lmhub import` in another process would.
    static func importLong(_ text: String, into store: LMHubStore, air: Bool = false) async throws -> ImportOutcome {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lmhub-cache-\(UUID().uuidString).csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try await store.importing(sourceFile: "cache.csv") { sink in
            if air {
                var reader = try AirObservationReader(path: path, timeZone: nil)
                return try await ImportRun.run(&reader, into: sink)
            }
            var reader = try LongObservationReader(path: path)
            return try await ImportRun.run(&reader, into: sink)
        }.outcome
    }

    @Test func aWriteOfAnotherProcessShowsOnTheNextRequest() async throws {
        try await withOpenData { client, store in
            let (_, _, before) = try await fetch(client, "/api/v1/stations?kind=air")
            #expect(before.contains("\"aqi\":"))
            let revision = try await store.revision()
            // An hour of 500 µg/m³ PM2.5 after Hanoi's last: its latest AQI becomes the top of the scale.
            let outcome = try await Self.importLong("station,time,pollutant,value,unit\nHanoi,2019-01-01T00:00:00Z,PM2.5,500,µg/m³\nHanoi,2019-01-01T01:00:00Z,PM2.5,500,µg/m³\n", into: store, air: true)
            #expect(outcome.stored == 2)
            #expect(try await store.revision() > revision)
            let (_, _, after) = try await fetch(client, "/api/v1/stations?kind=air")
            #expect(after != before)
            #expect(after.contains("\"aqiTime\":\"2019-01-01T01:00:00Z\""), "\(after.prefix(600))")
        }
    }

    @Test func aRolledBackImportLeavesTheRevision() async throws {
        let store = try await LMHubStore.openSQLite(path: ":memory:")
        _ = try await Self.importLong("station,time,parameter,value,unit\nX,2019-01-01T00:00:00Z,DO,7,mg/L\n", into: store)
        let revision = try await store.revision()
        await #expect(throws: ImportConflictsError.self) {
            _ = try await Self.importLong("station,time,parameter,value,unit\nX,2019-01-01T00:00:00Z,DO,8,mg/L\n", into: store)
        }
        #expect(try await store.revision() == revision)
        _ = try await Self.importLong("station,time,parameter,value,unit\nX,2019-01-01T00:00:00Z,DO,7,mg/L\n", into: store)
        #expect(try await store.revision() == revision + 1, "an import that stores nothing new still ran a write transaction")
        try await store.close()
    }
}

/// Computing ahead: after the warmer ran, the first visitors' requests compute nothing.
struct CacheWarmerTests {
    @Test func theOverviewAndTheAirIndexAreReadyBeforeTheFirstRequest() async throws {
        let store = try await LMHubStore.openSQLite(path: ":memory:")
        _ = try await Seed.fillIfEmpty(store)
        let router = try buildRouter(store: store)
        try await router.warmer.warm()
        let cache = router.warmer.cache
        let computed = await cache.misses
        try await Application(router: router).test(.router) { client in
            for uri in ["/", "/api/v1/stations", "/api/v1/stations?format=geojson", "/stations/Hanoi", "/api/v1/stations/Hanoi/aqi?resolution=day"] {
                try await client.execute(uri: uri, method: .get) { #expect($0.status == .ok, "\(uri)") }
            }
        }
        #expect(await cache.misses == computed, "a request computed what the warmer should have")
        #expect(await cache.hits > 0)
        try await store.close()
    }
}
