import Foundation
import Hummingbird
import HummingbirdTesting
import LMHubIngest
import LMHubStorage
import Testing
@testable import LMHubServer

/// The long air file of LMHubIngestTests' `HalfHourZoneFile` — PM2.5 at one station, 2024-01-05 and 06 local,
/// the 08:00 hour's mean 45 from readings at 08:00 and 08:50, its NowCast 33.7, a reading at 23:45 on the 5th,
/// 30 every hour of the 6th — through every output, in Asia/Yangon (+06:30), Asia/Kolkata (+05:30) and
/// Asia/Kathmandu (+05:45): each keeps the station's own clock hours and local days.
struct HalfHourZoneOutputTests {
    static let zones = [("Asia/Yangon", "+06:30"), ("Asia/Kolkata", "+05:30"), ("Asia/Kathmandu", "+05:45")]
    static let station = "AQ-HALF"

    /// The file's text (see the type's note).
    static var text: String {
        var rows = ["station,time,pollutant,value,unit"]
        func row(_ time: String, _ value: Int) { rows.append("\(station),\(time),PM2.5,\(value),ug/m3") }
        for hour in 0..<24 {
            row(String(format: "2024-01-05T%02d:00", hour), [6: 20, 7: 30, 8: 40][hour] ?? 10)
            if hour == 8 { row("2024-01-05T08:50", 50) }
            if hour == 23 { row("2024-01-05T23:45", 10) }
        }
        for hour in 0..<24 { row(String(format: "2024-01-06T%02d:00", hour), 30) }
        return rows.joined(separator: "\n") + "\n"
    }

    static func file() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lmhub-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("air.csv")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Runs `body` against the hub's router over a new store holding the file, imported with `--timezone zone`.
    func withHalfHourHub(zone: String, _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let store = try await LMHubStore.openSQLite(path: ":memory:")
        let path = try Self.file()
        let airZone = try #require(TimeZone(identifier: zone))
        _ = try await store.importing(timeZone: zone, sourceFile: "air.csv") { sink in
            var reader = try AirObservationReader(path: path, timeZone: airZone)
            return try await ImportRun.run(&reader, into: sink)
        }
        try await Application(router: try buildRouter(store: store)).test(.router, body)
        try await store.close()
    }

    struct Body: Decodable {
        struct Part: Decodable { let statistic: String; let value: Double? }
        struct Entry: Decodable { let time: String; let aqi: Int?; let parts: [Part] }
        let results: [Entry]
    }

    @Test(arguments: zones)
    func theAPIGivesLocalHoursAndLocalDays(zone: String, offset: String) async throws {
        try await withHalfHourHub(zone: zone) { client in
            let base = "/api/v1/stations/\(Self.station)/aqi?scheme=us-epa-2024"
            try await client.execute(uri: base + "&from=2024-01-05T08:00:00&to=2024-01-05T08:00:00", method: .get) { response in
                #expect(response.status == .ok)
                let body = try JSONDecoder().decode(Body.self, from: Data(buffer: response.body))
                #expect(body.results.map(\.time) == ["2024-01-05T08:00:00" + offset])
                #expect(body.results.first?.parts.first?.value == 33.7 && body.results.first?.aqi == 97)
            }
            try await client.execute(uri: base, method: .get) { response in
                let times = try JSONDecoder().decode(Body.self, from: Data(buffer: response.body)).results.map(\.time)
                #expect(times.count == 48 && times.allSatisfy { $0.hasSuffix(":00:00" + offset) }, "\(times.prefix(3))")
            }
            try await client.execute(uri: base + "&resolution=day", method: .get) { response in
                let body = try JSONDecoder().decode(Body.self, from: Data(buffer: response.body))
                #expect(body.results.map(\.time) == ["2024-01-05", "2024-01-06"])
                #expect(body.results.last?.parts.first?.value == 30, "the 6th holds only its own 24 hours")
            }
        }
    }

    @Test(arguments: zones)
    func theAirPageLabelsLocalHoursAndDays(zone: String, offset: String) async throws {
        try await withHalfHourHub(zone: zone) { client in
            try await client.execute(uri: "/stations/\(Self.station)?scheme=us-epa-2024", method: .get) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("2024-01-05 08:00: 97 "), "the hourly chart's point for 08:00")
                #expect(page.contains("2024-01-06 23:00: "))
                #expect(page.range(of: #"\d{2}:(15|30|45): "#, options: .regularExpression) == nil, "no label off the local hour")
                #expect(page.contains("2024-01-05: ") && page.contains("2024-01-06: "), "the calendar's days")
            }
        }
    }

    /// `lmhub aqi FILE --scheme us-epa-2024 --timezone ZONE`, as csv and as a table, by the hour and by the day.
    @Test(arguments: zones)
    func theCommandLineKeepsLocalHours(zone: String, offset: String) throws {
        let path = try Self.file()
        let csv = try Self.lmhub(["aqi", path, "--scheme", "us-epa-2024", "--timezone", zone])
        let rows = csv.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.count == 48 && rows.allSatisfy { $0.first?.hasSuffix(":00:00" + offset) == true }, "\(rows.prefix(2))")
        let eight = try #require(rows.first { $0.first == "2024-01-05T08:00:00" + offset })
        #expect(eight == ["2024-01-05T08:00:00" + offset, Self.station, "PM2.5", "45", "33.7", "97", "Moderate"])
        let table = try Self.lmhub(["aqi", path, "--scheme", "us-epa-2024", "--timezone", zone, "--format", "table"])
        #expect(table.contains("2024-01-05T08:00:00" + offset) && !table.contains("07:30:00") && !table.contains(":15:00"))
        let days = try Self.lmhub(["aqi", path, "--scheme", "us-epa-2024", "--timezone", zone, "--resolution", "day"])
        let daily = days.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(daily.map { $0.first } == ["2024-01-05", "2024-01-06"])
        #expect(daily.last?[3] == "30", "the 6th holds only its own 24 hours")
    }

    /// The standard output of `lmhub arguments…` (the executable built beside the test bundle); throws with its
    /// standard error unless it exits with 0.
    static func lmhub(_ arguments: [String]) throws -> String {
        let folder = try #require(Bundle.main.executableURL, "the test process has no executable path").deletingLastPathComponent()
        let executable = folder.appendingPathComponent("lmhub")
        try #require(FileManager.default.isExecutableFile(atPath: executable.path), "no lmhub executable in \(folder.path): build it first")
        let process = Process()
        let output = Pipe(), errors = Pipe()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "lmhub \(arguments.joined(separator: " ")): \(problems)")
        return text
    }
}
