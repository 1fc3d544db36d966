import Foundation
import LMHubCore
import Testing
@testable import LMHubIngest

/// A small long air file at a station in a zone whose offset is not a whole number of hours, and what the
/// index of it must be on the station's own clock.
///
/// PM2.5 from 2024-01-05T00:00 to 2024-01-06T23:00 local, one reading an hour: 10 µg/m³ on the 5th, except
/// 20 at 06:00, 30 at 07:00 and 40 at 08:00 with a second reading of 50 at 08:50 (the 08:00 hour's mean is 45);
/// a second reading of 10 at 23:45 on the 5th; 30 every hour of the 6th. On UTC's whole hours the 08:50
/// reading would fall in another hour than the 08:00 one, and the 23:45 one in the 6th's first hour.
struct HalfHourZoneFile {
    static let zones = [("Asia/Yangon", "+06:30"), ("Asia/Kolkata", "+05:30"), ("Asia/Kathmandu", "+05:45")]
    static let station = "AQ-HALF"
    static let nowCastAt8 = 33.7
    static let firstDayMean = Double(21 * 10 + 20 + 30 + 45) / 24

    static var text: String {
        var rows = ["station,time,pollutant,value,unit"]
        func row(_ time: String, _ value: Int) { rows.append("\(station),\(time),PM2.5,\(value),ug/m3") }
        for hour in 0..<24 {
            let time = String(format: "2024-01-05T%02d:00", hour)
            row(time, [6: 20, 7: 30, 8: 40][hour] ?? 10)
            if hour == 8 { row("2024-01-05T08:50", 50) }
            if hour == 23 { row("2024-01-05T23:45", 10) }
        }
        for hour in 0..<24 { row(String(format: "2024-01-06T%02d:00", hour), 30) }
        return rows.joined(separator: "\n") + "\n"
    }

    /// `date` on `zone`'s clock, ISO 8601 with its offset (`2024-01-05T08:00:00+06:30`), or its date alone.
    static func stamp(_ date: Date, _ zone: TimeZone, dateOnly: Bool = false) -> String {
        let format = ISO8601DateFormatter()
        format.timeZone = zone
        format.formatOptions = dateOnly ? [.withFullDate] : [.withInternetDateTime]
        return format.string(from: date)
    }
}

/// Hours, NowCasts and days of a station in Asia/Yangon (+06:30), Asia/Kolkata (+05:30) and Asia/Kathmandu
/// (+05:45) are the station's clock hours and local days, not UTC's.
struct HalfHourZoneTests {
    func results(zone: TimeZone, daily: Bool) throws -> [(scheme: AQIScheme, result: AQIResult)] {
        let contents = try AirFile.read(path: try temporaryFile(HalfHourZoneFile.text), timeZone: zone)
        let readings = contents.readings.map { ($0.time, $0.value) }
        let series = HourlySeries(pollutant: .pm25, unit: .microgramsPerCubicMetre, timeZone: zone, readings: readings)
        let schemes = try AQISchemeCatalog.bundled().versions(named: "us-epa-2024")
        return AirStationSeries(station: HalfHourZoneFile.station, timeZone: zone, series: [series])
            .results(schemes, constants: try AirPollutants.bundled(), daily: daily)
    }

    @Test(arguments: HalfHourZoneFile.zones)
    func clockNotation(zone id: String, offset: String) throws {
        let zone = try #require(TimeZone(identifier: id))
        let clock = ClockHours(timeZone: zone, at: Date(timeIntervalSince1970: 1_704_412_800))
        #expect(clock.phase == (offset == "+05:45" ? 2700 : 1800))
        let eight = try #require(ISO8601DateFormatter().date(from: "2024-01-05T08:00:00" + offset))
        #expect(clock.start(of: clock.hour(of: eight)) == eight)
        #expect(clock.start(of: clock.hour(of: eight.addingTimeInterval(3599))) == eight)
        #expect(clock.hour(of: eight.addingTimeInterval(3600)) == clock.hour(of: eight) + 1)
    }

    @Test(arguments: HalfHourZoneFile.zones)
    func theEightOClockReadingIsLabelledEightOClock(zone id: String, offset: String) throws {
        let zone = try #require(TimeZone(identifier: id))
        let hours = try results(zone: zone, daily: false)
        let stamps = hours.map { HalfHourZoneFile.stamp($0.result.time, zone) }
        #expect(stamps.first == "2024-01-05T00:00:00" + offset && stamps.last == "2024-01-06T23:00:00" + offset)
        #expect(stamps.count == 48 && stamps.allSatisfy { $0.hasSuffix(":00:00" + offset) }, "every result on a local whole hour")
        let eight = try #require(hours.first { HalfHourZoneFile.stamp($0.result.time, zone) == "2024-01-05T08:00:00" + offset }?.result)
        let nowcast = try #require(eight.parts.first { $0.statistic == .nowcast }?.value)
        // c₁…c₉ = 45 (08:00 and 08:50), 30, 20, then six hours of 10: w = ½, NowCast 33.79…, cut to 33.7.
        #expect(abs(nowcast - HalfHourZoneFile.nowCastAt8) < 1e-9, "\(nowcast)")
        #expect(eight.aqi == 97)
    }

    @Test(arguments: HalfHourZoneFile.zones)
    func hourlyMeansAreOfTheLocalHour(zone id: String, offset: String) throws {
        let zone = try #require(TimeZone(identifier: id))
        let contents = try AirFile.read(path: try temporaryFile(HalfHourZoneFile.text), timeZone: zone)
        let series = HourlySeries(pollutant: .pm25, unit: .microgramsPerCubicMetre, timeZone: zone, readings: contents.readings.map { ($0.time, $0.value) })
        #expect(HalfHourZoneFile.stamp(series.start, zone) == "2024-01-05T00:00:00" + offset)
        #expect(series.count == 48)
        let eight = try #require(ISO8601DateFormatter().date(from: "2024-01-05T08:00:00" + offset))
        #expect(series.mean1h(at: eight) == 45 && series.mean1h(at: eight.addingTimeInterval(50 * 60)) == 45)
        #expect(series.mean1h(at: eight.addingTimeInterval(-3600)) == 30)
        #expect(series.mean1h(at: eight.addingTimeInterval(15 * 3600 + 45 * 60)) == 10, "23:45 is in the 23:00 hour of the 5th")
    }

    @Test(arguments: HalfHourZoneFile.zones)
    func theDailyIndexCoversLocalMidnightToMidnight(zone id: String, offset: String) throws {
        let zone = try #require(TimeZone(identifier: id))
        let days = try results(zone: zone, daily: true)
        #expect(days.map { HalfHourZoneFile.stamp($0.result.time, zone, dateOnly: true) } == ["2024-01-05", "2024-01-06"])
        #expect(days.map { HalfHourZoneFile.stamp($0.result.time, zone) } == ["2024-01-05T00:00:00" + offset, "2024-01-06T00:00:00" + offset])
        let means = days.map { $0.result.parts.first { $0.statistic == .dailyMean }?.value }
        #expect(abs((means[0] ?? 0) - HalfHourZoneFile.firstDayMean) < 0.1, "\(means)")
        #expect(means[1] == 30, "the 6th holds only its own 24 hours of 30")
    }
}
