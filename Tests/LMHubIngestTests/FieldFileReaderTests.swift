import Foundation
import LMHubCore
import Testing
@testable import LMHubIngest

/// Issue 11 at the readers: spreadsheet re-saves of AirNow exports, station ids, missing marks, QC flags and
/// indices beyond the top.
struct FieldFileReaderTests {
    static let header = "Site,Parameter,Date (LT),Year,Month,Day,Hour,NowCast Conc.,AQI,AQI Category,Raw Conc.,Conc. Unit,Duration,QC Name\n"

    /// Kind 4: `3,5,7` and `3/5/2018 7:00` read as the export's own `03,05,07` and `2018-03-05 07:00 AM`.
    @Test func anAirNowExportReSavedByASpreadsheetReadsTheSame() throws {
        let original = try AirFile.read(path: try temporaryFile(Self.header
            + "Hanoi,PM2.5 - Principal,2018-03-05 07:00 AM,2018,03,05,07,40.0,112,USG,41.0,UG/M3,1 Hr,Valid\n"
            + "Hanoi,PM2.5 - Principal,2018-03-05 01:00 PM,2018,03,05,13,40.0,112,USG,42.0,UG/M3,1 Hr,Valid\n"), timeZone: nil)
        let resaved = try AirFile.read(path: try temporaryFile(Self.header
            + "Hanoi,PM2.5 - Principal,3/5/2018 7:00,2018,3,5,7,40,112,USG,41,UG/M3,1 Hr,Valid\n"
            + "Hanoi,PM2.5 - Principal,3/5/2018 13:00,2018,3,5,13,40,112,USG,42,UG/M3,1 Hr,Valid\n"), timeZone: nil)
        #expect(original.readings.map(\.time) == resaved.readings.map(\.time))
        #expect(resaved.readings.first?.time == ISO8601DateFormatter().date(from: "2018-03-05T00:00:00Z"), "07:00 in Hanoi (+07:00)")
        let onlyDate = try AirFile.read(path: try temporaryFile(
            "Site,Parameter,Date (LT),Raw Conc.,Conc. Unit,QC Name\nHanoi,PM2.5,2018-03-05 07:00 AM,41,UG/M3,Valid\n"), timeZone: nil)
        #expect(onlyDate.readings.map(\.time) == [original.readings[0].time])
    }

    /// Kind 4: errors quote the cells of the file, not a string LMHub built.
    @Test func errorsQuoteTheFilesOwnCells() throws {
        let mismatch = try temporaryFile(Self.header + "Hanoi,PM2.5 - Principal,3/6/2018 7:00,2018,3,5,7,40,112,USG,41,UG/M3,1 Hr,Valid\n")
        let error = #expect(throws: IngestError.self) { _ = try AirFile.read(path: mismatch, timeZone: nil) }
        #expect(error?.line == 2 && error?.field == "Date (LT)" && error?.message.contains("'3/6/2018 7:00'") == true)
        #expect(error?.message.contains("Month '3'") == true)
        let badDay = try temporaryFile(Self.header + "Hanoi,PM2.5 - Principal,,2018,2,30,7,40,112,USG,41,UG/M3,1 Hr,Valid\n")
        let dayError = #expect(throws: IngestError.self) { _ = try AirFile.read(path: badDay, timeZone: nil) }
        #expect(dayError?.message.contains("Day '30'") == true && dayError?.message.contains("2018-3-30") == false)
    }

    /// Kind 5: Suspect and Invalid hours keep their value and flag; the index policy picks which count.
    @Test func qcFlagsAreKeptWithTheirValues() throws {
        let contents = try AirFile.read(path: try temporaryFile(Self.header
            + "Hanoi,PM2.5,,2018,1,1,1,1,1,,10,UG/M3,1 Hr,Valid\nHanoi,PM2.5,,2018,1,1,2,1,1,,20,UG/M3,1 Hr,Suspect\n"
            + "Hanoi,PM2.5,,2018,1,1,3,1,1,,30,UG/M3,1 Hr,Invalid\nHanoi,PM2.5,,2018,1,1,4,1,1,,-999,UG/M3,1 Hr,Missing\n"), timeZone: nil)
        #expect(contents.readings.map(\.qc) == [.valid, .suspect, .invalid, .missing])
        #expect(contents.readings.map { $0.value(under: .validAndSuspect) } == [10, 20, nil, nil])
        #expect(contents.readings.map { $0.value(under: .validOnly) } == [10, nil, nil, nil])
        let long = try AirFile.read(path: try temporaryFile("station,time,pollutant,value,unit,qc\nX,2018-01-01T00:00Z,PM2.5,5,ug/m3,suspect\n"), timeZone: nil)
        #expect(long.readings.first?.qc == .suspect)
        let bad = try temporaryFile("station,time,pollutant,value,unit,qc\nX,2018-01-01T00:00Z,PM2.5,5,ug/m3,maybe\n")
        #expect(throws: IngestError.self) { _ = try AirFile.read(path: bad, timeZone: nil) }
    }

    /// Kind 2 in air files: -999 and -9999 are missing; an impossible concentration is an error naming the cell.
    @Test func airSentinelsAndImpossibleValues() throws {
        let contents = try AirFile.read(path: try temporaryFile("station,time,pollutant,value,unit\nX,2018-01-01T00:00Z,PM2.5,-9999,ug/m3\nX,2018-01-01T01:00Z,O3,-999,ppb\n"), timeZone: nil)
        #expect(contents.readings.map(\.value) == [nil, nil])
        #expect(contents.missingMarks == ["PM2.5": 1, "O3": 1])
        let path = try temporaryFile("station,time,pollutant,value,unit\nX,2018-01-01T00:00Z,PM2.5,25000,ug/m3\n")
        let error = #expect(throws: IngestError.self) { _ = try AirFile.read(path: path, timeZone: nil) }
        #expect(error?.line == 2 && error?.field == "value" && error?.message.contains("'25000'") == true)
    }

    /// Kind 3: ids in NFC, spaces trimmed and folded, invisible characters refused.
    @Test func stationIDsAreNormalised() throws {
        #expect(try StationID.normalise("Ban\u{00A0}Don\u{3000}") == "Ban Don")
        #expect(try StationID.normalise("Pakse\u{0301}".decomposedStringWithCanonicalMapping) == "Paks\u{00E9}")
        #expect(try StationID.normalise("  Stung   Treng\t") == "Stung Treng")
        #expect(throws: StationID.Problem.self) { try StationID.normalise("\u{00A0}") }
        #expect(throws: StationID.Problem.self) { try StationID.normalise("A\u{FEFF}B") }
        #expect(StationID.lookalikeKey("Stung Treng") == StationID.lookalikeKey("stung-treng"))
        #expect(StationID.lookalikeKey("Đà Nẵng") == StationID.lookalikeKey("da nang"))
        #expect(StationID.lookalikeKey("Kratie") != StationID.lookalikeKey("Kampot"))
    }

    /// Kind 6: 886 µg/m³ PM2.5 under the pre-2024 EPA table is 755 "Beyond Index", as the US Embassy Beijing
    /// monitor published it on 12 January 2013; HJ 633 caps at 500 and marks it; Thailand's open top is no mark.
    @Test func indicesBeyondTheTopAreMarked() throws {
        let catalog = try AQISchemeCatalog.bundled(), constants = try AirPollutants.bundled()
        let start = Date(timeIntervalSince1970: 1_357_948_800)
        let series = HourlySeries(pollutant: .pm25, unit: .microgramsPerCubicMetre,
                                  readings: (0..<30).map { (start.addingTimeInterval(Double($0) * 3600), 886.0) })
        func last(_ id: String) throws -> AQIResult {
            let scheme = try #require(catalog.schemes[id])
            return try #require(AQICalculator(scheme: scheme, constants: constants).hourly([series]).last)
        }
        let epa = try last("us-epa-2012")
        #expect(epa.aqi == 755 && epa.beyondIndex?.text("en") == "Beyond Index")
        #expect(try last("us-epa-2024").beyondIndex != nil)
        let china = try last("cn-hj633-2012")
        #expect(china.aqi == 500 && china.beyondIndex != nil)
        #expect(try last("th-pcd-2018").beyondIndex == nil)
        let within = HourlySeries(pollutant: .pm25, unit: .microgramsPerCubicMetre, readings: (0..<12).map { (start.addingTimeInterval(Double($0) * 3600), 400.0) })
        #expect(AQICalculator(scheme: try #require(catalog.schemes["us-epa-2012"]), constants: constants).hourly([within]).last?.beyondIndex == nil)
    }
}
