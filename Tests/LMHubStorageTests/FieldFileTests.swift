import Foundation
import LMHubCore
import LMHubIngest
import Testing
@testable import LMHubStorage

/// Imports `path` as `lmhub import` does: local times in the zones the store keeps, `--timezone` checked
/// against them, new stations in the zone their times were read in.
func importAsCLI(
    _ path: String, into store: LMHubStore, timezone: String? = nil, onConflict: ConflictPolicy = .fail, missing: [Double] = []
) async throws -> ImportSummary {
    let explicit = timezone.flatMap(TimeZone.init(identifier:))
    let zones = StationTimeZones(fallback: explicit ?? .gmt, byStation: try await store.timeZonesByStation(), explicit: explicit)
    var reader = try ObservationFile.open(path: path, timeZones: zones, screen: ValueScreen(missing: missing))
    let stationZones = reader.stationZones.mapValues(\.identifier)
    let (summary, outcome) = try await store.importing(timeZone: timezone ?? "UTC", stationZones: stationZones,
                                                        sourceFile: (path as NSString).lastPathComponent, file: path, onConflict: onConflict) { sink in
        try await ImportRun.run(&reader, into: sink)
    }
    return summary.with(outcome)
}

/// Issue 11: files from the field never silently change what is stored, on every engine.
struct FieldFileTests {
    static let airNow = """
    Site,Parameter,Date (LT),Year,Month,Day,Hour,NowCast Conc.,AQI,AQI Category,Raw Conc.,Conc. Unit,Duration,QC Name
    Hanoi,PM2.5 - Principal,2018-01-01 01:00 AM,2018,01,01,01,68.9,158,Unhealthy,69.2,UG/M3,1 Hr,Valid
    Hanoi,PM2.5 - Principal,2018-01-01 02:00 AM,2018,01,01,02,72.2,160,Unhealthy,75.5,UG/M3,1 Hr,Suspect
    Hanoi,PM2.5 - Principal,2018-01-01 03:00 AM,2018,01,01,03,81.2,164,Unhealthy,81.0,UG/M3,1 Hr,Invalid
    Hanoi,PM2.5 - Principal,2018-01-01 04:00 AM,2018,01,01,04,-999,-999,,-999,UG/M3,1 Hr,Missing

    """

    /// Kind 1: a long file of local times for a station an AirNow import created is read in the station's zone.
    @Test(arguments: Engine.available) func localTimesOfAKnownStationAreReadInItsZone(engine: Engine) async throws {
        try await engine.withStore { store in
            _ = try await importAsCLI(try temporaryFile(Self.airNow), into: store)
            #expect(try await store.station(id: "Hanoi")?.timeZone == "Asia/Ho_Chi_Minh")
            let long = "station,time,pollutant,value,unit\nHanoi,2018-01-01T01:00,PM2.5,69.2,µg/m³\nHanoi,2018-01-01T02:00,PM2.5,75.5,ug/m3\n"
            let summary = try await importAsCLI(try temporaryFile(long), into: store)
            #expect(summary.stored == 0 && summary.skipped == 2, "the same two hours, not new ones 7 hours off")
            #expect(try await store.observations(station: "Hanoi").count == 3)
            let error = await #expect(throws: IngestError.self) {
                _ = try await importAsCLI(try temporaryFile(long), into: store, timezone: "UTC")
            }
            #expect(error?.description.contains("--timezone UTC") == true && error?.description.contains("Asia/Ho_Chi_Minh") == true, "\(String(describing: error))")
            #expect(error?.line == 2 && error?.field == "station")
        }
    }

    /// Kind 2: -999 water temperature is not measured; an impossible value is an error; an unusual one is flagged.
    @Test(arguments: Engine.available) func sentinelsAndImpossibleValues(engine: Engine) async throws {
        try await engine.withStore { store in
            let wide = "station,date,TEMP (°C),pH,DO (mg/L),EC (µS/cm),TP (mg/L),TSS (mg/L)\n"
                + "S1,2020-01-01,-999,7.1,-99,9999,9999,9999\nS1,2020-02-01,27.5,7.2,8.1,-8888,0.05,20\n"
            let summary = try await importAsCLI(try temporaryFile(wide), into: store, missing: [-8888])
            #expect(summary.missingMarks == ["TEMP (°C)": 1, "DO (mg/L)": 1, "EC (µS/cm)": 2, "TP (mg/L)": 1],
                    "a mark outside the usual range is not measured (9999 mg/L TP, 9999 µS/cm)")
            #expect(summary.unusual == ["TSS": 1], "9999 mg/L TSS can be a flood: stored, flagged as a possible mark")
            #expect(try await store.observations(station: "S1", parameter: "TEMP").map(\.value) == [27.5])
            #expect(try await store.observations(station: "S1", parameter: "TP").map(\.value) == [0.05])
            #expect(try await store.observations(station: "S1", parameter: "TSS").first?.unusual?.contains("missing-value mark") == true)
            let before = try await store.observationCount()
            for bad in ["S1,2020-03-01,120,7,8,100", "S1,2020-03-01,25,15,8,100", "S1,2020-03-01,25,7,-1,100"] {
                let path = try temporaryFile("station,date,TEMP (°C),pH,DO (mg/L),EC (µS/cm)\n" + bad + "\n")
                let error = await #expect(throws: IngestError.self) { _ = try await importAsCLI(path, into: store) }
                #expect(error?.line == 2 && error?.file == path && error?.message.contains("possible range") == true)
            }
            #expect(try await store.observationCount() == before)
        }
    }

    /// Kind 3: NFC/NFD and a trailing no-break space are one station; a look-alike id is named a likely typo.
    @Test(arguments: Engine.available) func lookAlikeIdsAreOneStation(engine: Engine) async throws {
        try await engine.withStore { store in
            let nfc = "Chiềng Khương", nfd = nfc.decomposedStringWithCanonicalMapping
            #expect(nfc.utf8.count != nfd.utf8.count)
            _ = try await importAsCLI(try temporaryFile("station,time,parameter,value,unit\n\(nfc),2020-01-01,DO,7,mg/L\n"), into: store)
            let again = try await importAsCLI(try temporaryFile("station,time,parameter,value,unit\n\(nfd)\u{00A0},2020-01-01,DO,7,mg/L\n"), into: store)
            #expect(again.stored == 0 && again.skipped == 1)
            #expect(try await store.stations().map(\.id) == [nfc])
            #expect(try await store.station(id: nfd + " ")?.id == nfc, "lookups normalise too")
            let typo = try await importAsCLI(try temporaryFile("station,time,parameter,value,unit\nchieng-khuong,2020-01-01,DO,7,mg/L\n"), into: store)
            #expect(typo.lookalikes == [Lookalike(new: "chieng-khuong", existing: nfc)])
            let error = await #expect(throws: IngestError.self) {
                _ = try await importAsCLI(try temporaryFile("station,time,parameter,value,unit\nS\u{200B}1,2020-01-01,DO,7,mg/L\n"), into: store)
            }
            #expect(error?.field == "station" && error?.message.contains("U+200B") == true)
        }
    }

    /// Kind 5: every hour with a value is stored with its flag; Missing makes none.
    @Test(arguments: Engine.available) func qcFlagsAreStored(engine: Engine) async throws {
        try await engine.withStore { store in
            let summary = try await importAsCLI(try temporaryFile(Self.airNow), into: store)
            #expect(summary.rowsByQC == ["Valid": 1, "Suspect": 1, "Invalid": 1, "Missing": 1])
            #expect(try await store.observations(station: "Hanoi").map(\.qc) == [.valid, .suspect, .invalid])
        }
    }

    /// Kind 8: a conflict fails the import by default; keep keeps, replace replaces and audits.
    @Test(arguments: Engine.available) func conflictsFailKeepOrReplace(engine: Engine) async throws {
        try await engine.withStore { store in
            _ = try await importAsCLI(try temporaryFile("station,time,parameter,value,unit\nS1,2020-01-01,DO,7,mg/L\n"), into: store)
            let changed = try temporaryFile("station,time,parameter,value,unit\nS1,2020-01-01,DO,6.5,mg/L\nS1,2020-02-01,DO,7.5,mg/L\n")
            let error = await #expect(throws: ImportConflictsError.self) { _ = try await importAsCLI(changed, into: store) }
            #expect(error?.conflicts.map(\.line) == [2])
            #expect(try await store.observationCount() == 1, "nothing of the failed import is stored")
            let inFile = try temporaryFile("station,time,parameter,value,unit\nS2,2020-01-01,DO,7,mg/L\nS2,2020-01-01,DO,8,mg/L\n")
            await #expect(throws: ImportConflictsError.self) { _ = try await importAsCLI(inFile, into: store) }
            let kept = try await importAsCLI(changed, into: store, onConflict: .keep)
            #expect(kept.stored == 1 && kept.conflicts.count == 1)
            #expect(try await store.observations(station: "S1", parameter: "DO").map(\.value) == [7, 7.5])
            let replaced = try await importAsCLI(changed, into: store, onConflict: .replace)
            #expect(replaced.replaced == 1 && replaced.stored == 0)
            #expect(try await store.observations(station: "S1", parameter: "DO").map(\.value) == [6.5, 7.5])
            let audit = try await store.observationChanges()
            #expect(audit.map(\.old_value_reported) == [7] && audit.map(\.new_value_reported) == [6.5] && audit.first?.reason == "replace")
            let crossUnit = try temporaryFile("station,time,parameter,value,unit\nS1,2020-01-01,DO,6000,µg/L\n")
            #expect(try await importAsCLI(crossUnit, into: store, onConflict: .replace).replaced == 1)
            #expect(try await store.observations(station: "S1", parameter: "DO").map(\.value) == [6, 7.5])
        }
    }

    /// Kind 3: ids stored before normalisation are migrated; two that become one merge, a clash is audited.
    @Test(arguments: Engine.available) func storedIDsAreMigrated(engine: Engine) async throws {
        try await engine.withStore { store in
            _ = try await importAsCLI(try temporaryFile("station,time,parameter,value,unit\nPakse,2020-01-01,DO,7,mg/L\n"), into: store)
            let raw = "Pakse\u{00A0}"
            try await store.write { db in
                try await db.raw("INSERT INTO stations (id, name, water_body_kind, kind, location_approximate, time_zone) VALUES (\(bind: raw), '{\"en\":\"Pakse\"}', 'river', 'water', 0, 'UTC')").run()
                try await db.raw("INSERT INTO datastreams (station_id, parameter_code, unit) VALUES (\(bind: raw), 'DO', 'mg/L')").run()
                let stream = try #require(try await db.raw("SELECT id FROM datastreams WHERE station_id = \(bind: raw)").first(decodingColumn: "id", as: Int64.self))
                for (time, value) in [(1_577_836_800_000, 6.0), (1_580_515_200_000, 8.0)] as [(Int64, Double)] {
                    try await db.raw("""
                        INSERT INTO observations (datastream_id, phenomenon_time, value_reported, value, censoring, day_assumed, source_file, source_line)
                        VALUES (\(bind: stream), \(bind: time), \(bind: value), \(bind: value), '', 0, 'old.csv', 2)
                        """).run()
                }
                try await StationIDMigration.run(on: db)
            }
            #expect(try await store.stations().map(\.id) == ["Pakse"])
            #expect(try await store.observations(station: "Pakse").map(\.value) == [7, 8], "the clash keeps the normalised station's value")
            let audit = try await store.observationChanges()
            #expect(audit.map(\.reason) == ["merge"] && audit.map(\.old_value_reported) == [6] && audit.first?.station_id == raw)
        }
    }

    /// A repeated hour is the file's own (a conflict) unless it is an AirNow export's US clock change; a
    /// re-import that only changes an hour's QC flag is a conflict too, replaced under `replace`.
    @Test(arguments: Engine.available) func repeatsAndFlagChangesAreConflicts(engine: Engine) async throws {
        try await engine.withStore { store in
            let long = "station,time,pollutant,value,unit,qc\nR,2020-01-01T00:00Z,PM2.5,20,ug/m3,Valid\nR,2020-01-01T03:00Z,PM2.5,25,ug/m3,Valid\n"
                + "R,2020-01-01T03:00Z,PM2.5,250,ug/m3,Valid\n"
            let error = await #expect(throws: ImportConflictsError.self) { _ = try await importAsCLI(try temporaryFile(long), into: store) }
            #expect(error?.conflicts.map(\.line) == [4])
            let airNow = Self.airNow.replacingOccurrences(of: "2018-01-01 02:00 AM,2018,01,01,02", with: "2018-01-01 03:00 AM,2018,01,01,03")
            await #expect(throws: ImportConflictsError.self) { _ = try await importAsCLI(try temporaryFile(airNow), into: store) }
            let first = "station,time,pollutant,value,unit,qc\nQ,2020-01-01T01:00Z,PM2.5,300,ug/m3,Valid\n"
            _ = try await importAsCLI(try temporaryFile(first), into: store)
            let invalidated = try temporaryFile(first.replacingOccurrences(of: "Valid", with: "Invalid"))
            let flagError = await #expect(throws: ImportConflictsError.self) { _ = try await importAsCLI(invalidated, into: store) }
            #expect(flagError?.conflicts.first?.incoming.contains("Invalid") == true)
            #expect(try await importAsCLI(invalidated, into: store, onConflict: .replace).replaced == 1)
            #expect(try await store.observations(station: "Q").map(\.qc) == [.invalid])
        }
    }

    /// `--timezone` contradicting the zone LMHub knows for an AirNow site is an error naming both.
    @Test func aTimezoneAgainstAnAirNowSitesOwnIsAnError() async throws {
        let error = #expect(throws: IngestError.self) { _ = try AirFile.read(path: try temporaryFile(Self.airNow), timeZone: TimeZone(identifier: "UTC")) }
        #expect(error?.field == "Site" && error?.message.contains("--timezone UTC") == true && error?.message.contains("Asia/Ho_Chi_Minh") == true)
        #expect(try AirFile.read(path: try temporaryFile(Self.airNow), timeZone: TimeZone(identifier: "Asia/Saigon")).readings.count == 4)
    }
}
