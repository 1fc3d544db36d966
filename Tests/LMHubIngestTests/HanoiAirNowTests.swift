import Foundation
import LMHubCore
import Testing
@testable import LMHubIngest

/// The US Embassy Hanoi PM2.5 exports of 2017 and 2018 are their own oracle (air-quality notes §8.3): the file's
/// `AQI` column is the pre-2024 EPA AQI of its `NowCast Conc.` column, and its NowCast is the EPA NowCast of the
/// `Valid` raw hours, to within ±0.2 µg/m³ (AirNow computes it from unrounded values the file rounds).
struct HanoiAirNowTests {
    static let files = [
        repositoryRoot.appendingPathComponent("Tests/LMHubIngestTests/Fixtures/Hanoi_PM2.5_2017_YTD.csv").path,
        repositoryRoot.appendingPathComponent("Sources/LMHubServer/Resources/seed/Hanoi_PM2.5_2018_YTD.csv").path,
    ]
    let scheme = try! AQISchemeCatalog.bundled().schemes["us-epa-2012"]!

    /// Rows the notes say to judge: QC `Valid`, raw value and NowCast not negative, a NowCast given.
    static func judged(_ readings: [AirReading]) -> [AirReading] {
        readings.filter { $0.qc == .valid && ($0.value ?? -1) >= 0 && ($0.reportedNowCast ?? -1) >= 0 && $0.reportedAQI != nil }
    }

    @Test(arguments: zip(files, [8_635, 7_938]))
    func theFilesAQIIsThePre2024AQIOfItsNowCast(file: String, rows: Int) throws {
        let readings = Self.judged(try AirFile.read(path: file, timeZone: nil).readings)
        #expect(readings.count == rows)
        let table = try #require(scheme.table(.pm25, .day))
        let wrong = readings.filter { reading in
            (try? scheme.subIndex(reading.reportedNowCast ?? -1, table: table).get().value) != reading.reportedAQI
        }
        #expect(wrong.isEmpty, "lines \(wrong.prefix(10).map(\.line))")
    }

    @Test func theNowCastOfTheRawHoursIsTheFilesWithinPointTwo() throws {
        let contents = try Self.files.map { try AirFile.read(path: $0, timeZone: nil) }
        let readings = contents.flatMap(\.readings)
        let series = HourlySeries(pollutant: .pm25, unit: .microgramsPerCubicMetre, readings: readings.map { ($0.time, $0.value(under: .default)) })
        let nowcast = NowCast(try #require(scheme.nowcast))
        // Left out and counted: the first 11 hours (their window reaches before 2017) and hours within 12 h after
        // a repeated hour (US daylight saving: 2017-03-12, 2018-03-11), whose window the file itself garbles.
        let repeatedTimes = contents.flatMap { file in file.repeated.compactMap { pair in file.readings.first { $0.line == pair.earlier }?.time } }
        var compared = 0, skipped = 0, noneByRule = 0
        var off: [String] = []
        for reading in Self.judged(readings) {
            if reading.time.timeIntervalSince(series.start) < 11 * 3600 || repeatedTimes.contains(where: { reading.time.timeIntervalSince($0) >= 0 && reading.time.timeIntervalSince($0) < 12 * 3600 }) {
                skipped += 1
                continue
            }
            let index = Int(reading.time.timeIntervalSince(series.start) / 3600)
            let window = series.window(endingAt: index, hours: 12)
            guard let ours = nowcast.value(window, pollutant: .pm25) else {
                // The file repeats an earlier NowCast through outages (notes §8.3); EPA gives none when fewer
                // than 2 of the latest 3 hours are valid.
                if window.prefix(3).compactMap({ $0 }).count < 2 { noneByRule += 1 } else { off.append("line \(reading.line): no NowCast") }
                continue
            }
            compared += 1
            if abs(ours - (reading.reportedNowCast ?? 0)) > 0.2 + 1e-9 { off.append("line \(reading.line): \(ours) vs \(reading.reportedNowCast ?? 0)") }
        }
        #expect(skipped == 35 && noneByRule == 6, "\(skipped) \(noneByRule)")
        #expect(compared == 16_532)
        #expect(off.isEmpty, "\(off)")
    }
}
