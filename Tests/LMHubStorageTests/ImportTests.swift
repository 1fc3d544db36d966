import Foundation
import LMHubCore
import LMHubIngest
import Testing
@testable import LMHubStorage

/// Imports are one transaction, idempotent, and store values as reported and canonical.
struct ImportTests {
    @Test(arguments: Engine.available) func longFileIsStoredWithCanonicalAndReportedValues(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            let summary = try await importFile(try temporaryFile(longFile), into: store)
            #expect(summary.rowsRead == 6)
            #expect(summary.stored == 6)
            #expect(try await store.stations().map(\.id) == ["LMH-01", "LMH-02"])
            let ammonia = try await store.observations(station: "LMH-01", parameter: "NH3-N")
            #expect(ammonia.count == 1)
            #expect(ammonia[0].value == 0.12)
            #expect(ammonia[0].reportedValue == 120)
            #expect(ammonia[0].reportedUnit == .microgramsPerLitre)
            #expect(ammonia[0].sourceLine == 3)
            let tp = try await store.observations(station: "LMH-01", parameter: "TP")
            #expect(tp[0].censoring == .below)
            #expect(tp[0].value == 0.01)
            let lmh2 = try await store.observations(station: "LMH-02")
            #expect(lmh2.map(\.parameter) == ["CODMn", "EC"])
            #expect(lmh2[0].censoring == .below)
            #expect(lmh2[1].value == 45)
            #expect(lmh2[0].time == Date(timeIntervalSince1970: 1_580_522_400))
        }
    }

    @Test(arguments: Engine.available) func importingTheSameFileTwiceAddsNothing(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            let path = try temporaryFile(longFile)
            _ = try await importFile(path, into: store)
            let again = try await importFile(path, into: store)
            #expect(again.stored == 0)
            #expect(again.skipped == 6)
            #expect(try await store.observationCount() == 6)
        }
    }

    @Test(arguments: Engine.available) func newStationsTakeTheWaterBodyGiven(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            _ = try await importFile(try temporaryFile(longFile), into: store, waterBody: .lake)
            #expect(try await store.station(id: "LMH-01")?.waterBodyKind == .lake)
        }
    }

    @Test(arguments: Engine.available) func aBadRowStoresNothing(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            let bad = longFile + "LMH-03,2020-03-01T00:00:00Z,DO,\"1,5\",mg/L,\n"
            let error = await #expect(throws: IngestError.self) { try await importFile(try temporaryFile(bad), into: store) }
            #expect(error?.line == 8)
            #expect(error?.field == "value")
            #expect(error?.description.contains("data.csv:8: field 'value': expected a number, found '1,5'") == true)
            #expect(try await store.observationCount() == 0)
            #expect(try await store.stations().isEmpty)
        }
    }

    @Test(arguments: Engine.available) func skipInvalidStoresTheValidRowsAndReportsTheRest(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            let bad = longFile + "LMH-03,2020-03-01T00:00:00Z,DO,0.5 mg/L,mg/L,\nLMH-03,2020-03-01,NH4,1,mg/L,\nLMH-03,2020-03-01,DO,1,g/L,\n"
            let summary = try await importFile(try temporaryFile(bad), into: store, skipInvalid: true)
            #expect(summary.stored == 6)
            #expect(summary.rejected.map(\.line) == [8, 9, 10])
            #expect(summary.rejected.map(\.field) == ["value", "parameter", "unit"])
        }
    }

    @Test(arguments: Engine.available) func queriesFilterByParameterAndTime(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            _ = try await importFile(try temporaryFile(longFile), into: store)
            let february = try await store.observations(station: "LMH-01", from: Date(timeIntervalSince1970: 1_580_515_200))
            #expect(february.map(\.parameter) == ["DO"])
            #expect(february[0].value == 6.1)
            let january = try await store.observations(station: "LMH-01", to: Date(timeIntervalSince1970: 1_580_515_200))
            #expect(january.count == 3)
            let samples = try await store.samples(station: "LMH-01")
            #expect(samples.count == 2)
            #expect(samples[0].values.keys.sorted() == ["DO", "NH3-N", "TP"])
            let latest = try await store.latestSamples()
            #expect(latest["LMH-01"]?.values.keys.sorted() == ["DO"])
        }
    }

    @Test(arguments: Engine.available) func reopeningRunsNoMigrationTwiceAndKeepsData(engine: Engine) async throws {
        let name = engine.newName()
        let first = try await engine.open(name)
        _ = try await importFile(try temporaryFile(longFile), into: first)
        try await first.close()
        let second = try await engine.open(name)
        #expect(try await second.observationCount() == 6)
        try await engine.remove(name, second)
    }

    @Test(arguments: Engine.available) func savingAStationKeepsItsObservations(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            _ = try await importFile(try temporaryFile(longFile), into: store)
            var station = try #require(try await store.station(id: "LMH-01"))
            station.latitude = 14.1
            station.longitude = 106.4
            station.name = LocalizedText(en: "Test station", zh: "测试站")
            try await store.save(station)
            #expect(try await store.station(id: "LMH-01") == station)
            #expect(try await store.observations(station: "LMH-01").count == 4)
        }
    }
}

/// A corrected file never silently replaces or loses stored values.
struct ConflictTests {
    @Test(arguments: Engine.available) func aDifferentValueForAStoredObservationIsAConflictAndTheStoredValueStays(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            _ = try await importFile(try temporaryFile(longFile), into: store)
            let corrected = """
                station,time,parameter,value,unit
                LMH-01,2020-01-01T08:00:00Z,DO,7.9,mg/L
                LMH-01,2020-01-01T08:00:00Z,TP,0.05,mg/L
                LMH-01,2020-03-01T08:00:00Z,DO,5.5,mg/L

                """
            let summary = try await importFile(try temporaryFile(corrected), into: store)
            #expect(summary.stored == 1)
            #expect(summary.skipped == 1)
            #expect(summary.conflicts.map(\.line) == [3])
            #expect(summary.conflicts.first?.stored == "<0.01")
            #expect(summary.conflicts.first?.incoming == "0.05")
            #expect(try await store.observations(station: "LMH-01", parameter: "TP").map(\.value) == [0.01])
        }
    }

    @Test(arguments: Engine.available) func twoValuesForOneObservationInOneFileKeepTheFirstAndReportTheSecond(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            let file = """
                station,time,parameter,value,unit
                S1,2020-01-15,TP,0.05,mg/L
                S1,2020-01-15,TP,0.07,mg/L
                S1,2020-01-15,TP,0.05,mg/L

                """
            let summary = try await importFile(try temporaryFile(file), into: store)
            #expect(summary.stored == 1)
            #expect(summary.conflicts.map(\.line) == [3])
            #expect(summary.skipped == 1)
        }
    }
}
