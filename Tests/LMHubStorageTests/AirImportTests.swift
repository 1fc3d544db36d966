import Foundation
import LMHubCore
import LMHubIngest
import LMHubStorage
import Testing

/// Hourly air files through the store, on every engine.
struct AirImportTests {
    static let file = """
    station,time,pollutant,value,unit
    AQ-1,2025-01-01T00:00:00+07:00,NO2,100,ppb
    AQ-1,2025-01-01T01:00:00+07:00,PM2.5,-999,ug/m3
    AQ-1,2025-01-01T01:00:00+07:00,PM2.5,12.5,ug/m3

    """

    func importAir(_ text: String, into store: LMHubStore) async throws -> ImportSummary {
        let path = try temporaryFile(text)
        let (summary, outcome) = try await store.importing(sourceFile: "air.csv") { sink in
            var reader = try AirObservationReader(path: path, timeZone: nil)
            return try await ImportRun.run(&reader, into: sink)
        }
        return summary.with(outcome)
    }

    @Test(arguments: Engine.available) func gasesAreStoredInMicrogramsAndMissingHoursAreNot(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            let summary = try await importAir(Self.file, into: store)
            #expect(summary.stored == 2, "-999 is a missing hour, not a value")
            #expect(try await store.station(id: "AQ-1")?.kind == .air)
            let no2 = try #require(try await store.observations(station: "AQ-1", parameter: "NO2").first)
            // 100 ppb × 46.005 g/mol / 24.465 L/mol (25 °C, 1 atm) = 188.04 µg/m³; the reported value is kept.
            #expect(abs(no2.measurement.value - 188.04) < 0.01 && no2.reportedValue == 100 && no2.reportedUnit == .ppb)
            #expect(try await importAir(Self.file, into: store).stored == 0, "importing again adds nothing")
        }
    }

    @Test(arguments: Engine.available) func aStationKeepsItsMedium(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            _ = try await importFile(try temporaryFile(longFile), into: store)
            await #expect(throws: IngestError.self) {
                _ = try await importAir("station,time,pollutant,value,unit\nLMH-01,2025-01-01T00:00:00Z,PM2.5,10,ug/m3\n", into: store)
            }
            #expect(try await store.observations(station: "LMH-01", parameter: "PM2.5").isEmpty)
        }
    }
}

/// `--skip-invalid` on an air file: the bad rows are listed, the good ones stored.
struct AirSkipInvalidTests {
    @Test func badAirRowsAreListedAndTheRestStored() async throws {
        let store = try await LMHubStore.openSQLite(path: ":memory:")
        let path = try temporaryFile("station,time,pollutant,value,unit\nX,2025-01-01T00:00:00Z,PM1,10,ug/m3\nX,2025-01-01T01:00:00Z,PM2.5,10,ug/m3\nX,2025-01-01T02:00:00Z,PM2.5,10,ppb\n")
        let (summary, outcome) = try await store.importing(sourceFile: "air.csv") { sink in
            var reader = try AirObservationReader(path: path, timeZone: nil)
            return try await ImportRun.run(&reader, into: sink, skipInvalid: true)
        }
        #expect(summary.with(outcome).stored == 1)
        #expect(summary.rejected.map(\.line) == [2, 4] && summary.rejected.map(\.field) == ["pollutant", "unit"])
        try await store.close()
    }
}
