import Foundation
import Hummingbird
import HummingbirdTesting
import LMHubIngest
import LMHubStorage
import Testing
@testable import LMHubServer

/// Issue 11 kinds 5 and 6 through the hub: QC flags in the observations API, `qc=valid` on the index, and the
/// "Beyond Index" mark in the API and on the air page.
struct AirQualityFlagTests {
    /// Three hours at one site: Valid 20, Suspect 200, Valid 20 µg/m³ PM2.5; then twelve hours at 886 µg/m³.
    static let file: String = {
        var rows = ["station,time,pollutant,value,unit,qc",
                    "AQ-QC,2018-01-01T00:00:00Z,PM2.5,20,ug/m3,Valid",
                    "AQ-QC,2018-01-01T01:00:00Z,PM2.5,200,ug/m3,Suspect",
                    "AQ-QC,2018-01-01T02:00:00Z,PM2.5,20,ug/m3,Valid"]
        rows += (0..<12).map { String(format: "AQ-BEYOND,2013-01-12T%02d:00:00Z,PM2.5,886,ug/m3,Valid", $0) }
        return rows.joined(separator: "\n") + "\n"
    }()

    func withAirHub(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let store = try await LMHubStore.openSQLite(path: ":memory:")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lmhub-qc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("air.csv").path
        try Data(Self.file.utf8).write(to: URL(fileURLWithPath: path))
        _ = try await store.importing(sourceFile: "air.csv") { sink in
            var reader = try AirObservationReader(path: path, timeZone: nil)
            return try await ImportRun.run(&reader, into: sink)
        }
        try await Application(router: try buildRouter(store: store)).test(.router, body)
        try await store.close()
    }

    struct Body: Decodable {
        struct Part: Decodable { let value: Double? }
        struct Entry: Decodable { let time: String; let aqi: Int?; let beyondIndex: [String: String]?; let parts: [Part] }
        let results: [Entry]
    }

    func hour(_ client: any TestClientProtocol, _ uri: String) async throws -> Body.Entry? {
        try await client.execute(uri: uri, method: .get) { response in
            #expect(response.status == .ok, "\(uri)")
            return try JSONDecoder().decode(Body.self, from: Data(buffer: response.body)).results.last
        }
    }

    @Test func suspectHoursCountByDefaultAndNotWithValidOnly() async throws {
        try await withAirHub { client in
            let window = "/api/v1/stations/AQ-QC/aqi?scheme=us-epa-2012&from=2018-01-01T02:00:00Z&to=2018-01-01T02:00:00Z"
            let both = try #require(try await hour(client, window))
            let valid = try #require(try await hour(client, window + "&qc=valid"))
            // NowCast of 20, 200, 20 (w* = 0.1 → ½): (20 + 100 + 5) / 1.75 = 71.4; of 20, –, 20: 20.
            #expect(abs((both.parts.first?.value ?? 0) - 71.4) < 0.1 && abs((valid.parts.first?.value ?? 0) - 20) < 0.1)
            try await expectAnswer(client, window + "&qc=maybe", .badRequest, containing: "'qc' must be valid")
            try await expectAnswer(client, "/api/v1/stations/AQ-QC/observations", .ok, containing: "\"qc\":\"Suspect\"")
            try await expectAnswer(client, "/stations/AQ-QC?qc=valid", .ok, containing: "Valid hours only")
        }
    }

    @Test func anIndexPastTheTopIsMarkedBeyondIndex() async throws {
        try await withAirHub { client in
            let last = try #require(try await hour(client, "/api/v1/stations/AQ-BEYOND/aqi?scheme=us-epa-2012"))
            #expect(last.aqi == 755 && last.beyondIndex?["en"] == "Beyond Index")
            try await expectAnswer(client, "/stations/AQ-BEYOND?scheme=us-epa-2012", .ok, containing: "Beyond Index")
        }
    }
}
