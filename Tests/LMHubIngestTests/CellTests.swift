import Foundation
import LMHubCore
import Testing
@testable import LMHubIngest

struct ValueCellTests {
    @Test(arguments: [("0.5", 0.5), ("-0.1", -0.1), ("0", 0), (" 7.35 ", 7.35), ("3.2e-05", 0.000032), ("1e3", 1000)])
    func plainNumbers(text: String, value: Double) throws {
        let parsed = try #require(try ValueCell.parse(text))
        #expect(parsed.value == value)
        #expect(parsed.censoring == .none)
    }

    @Test func censoredValues() throws {
        #expect(try ValueCell.parse("<0.01")?.censoring == .below)
        #expect(try ValueCell.parse("<0.01")?.value == 0.01)
        #expect(try ValueCell.parse("> 2400")?.censoring == .above)
    }

    @Test func emptyIsNotMeasured() throws {
        #expect(try ValueCell.parse("") == nil)
        #expect(try ValueCell.parse("   ") == nil)
    }

    @Test(arguments: ["1,5", "0.5 mg/L", "1.2.3", "nan", "inf", "0x10", "abc", "<", "--1"])
    func malformedNumbersAreRejected(text: String) {
        #expect(throws: CellError.self) { try ValueCell.parse(text) }
    }

    @Test func nonDetectWithoutLimitSaysHowToWriteIt() throws {
        let error = try #require(throws: CellError.self) { try ValueCell.parse("ND") }
        #expect(error.message.contains("<LIMIT"))
    }
}

struct TimeCellTests {
    @Test func datesAreMidnightInTheZone() throws {
        var utc = TimeCell(zones: StationTimeZones(fallback: .gmt))
        #expect(try utc.parse("2004-10-01", station: "S") == Date(timeIntervalSince1970: 1_096_588_800))
        var phnomPenh = TimeCell(zones: StationTimeZones(fallback: TimeZone(identifier: "Asia/Phnom_Penh")!))
        #expect(try phnomPenh.parse("2004-10-01", station: "S") == Date(timeIntervalSince1970: 1_096_588_800 - 7 * 3600))
    }

    @Test func offsetsWinOverTheZone() throws {
        var cell = TimeCell(zones: StationTimeZones(fallback: TimeZone(identifier: "Asia/Phnom_Penh")!))
        #expect(try cell.parse("2018-01-01T12:00:00Z", station: "S") == Date(timeIntervalSince1970: 1_514_808_000))
        #expect(try cell.parse("2018-01-01T19:00+07:00", station: "S") == Date(timeIntervalSince1970: 1_514_808_000))
        #expect(try cell.parse("2018-01-01 07:30:00-04:30", station: "S") == Date(timeIntervalSince1970: 1_514_808_000))
    }

    @Test func daylightSavingZonesUseTheOffsetOfTheDay() throws {
        var cell = TimeCell(zones: StationTimeZones(fallback: TimeZone(identifier: "Europe/Berlin")!))
        #expect(try cell.parse("2020-07-01T12:00", station: "S") == Date(timeIntervalSince1970: 1_593_597_600))
        #expect(try cell.parse("2020-01-01T12:00", station: "S") == Date(timeIntervalSince1970: 1_577_876_400))
    }

    @Test(arguments: ["2019-02-29", "2004-13-01", "2004-04-31", "2004-10-01T24:00", "01/10/2004", "2004-10", "2004-10-01T12:3x"])
    func invalidTimesAreRejected(text: String) {
        var cell = TimeCell(zones: StationTimeZones(fallback: .gmt))
        #expect(throws: CellError.self) { try cell.parse(text, station: "S") }
    }

    @Test func leapDayIsValid() throws {
        var cell = TimeCell(zones: StationTimeZones(fallback: .gmt))
        #expect(try cell.parse("2000-02-29", station: "S") == Date(timeIntervalSince1970: 951_782_400))
    }
}

struct StationTimeZoneTests {
    @Test func knownStationsUseTheirOwnZone() throws {
        var cell = TimeCell(zones: StationTimeZones(fallback: .gmt, byStation: ["Lumphat": TimeZone(identifier: "Asia/Phnom_Penh")!]))
        #expect(try cell.parse("2004-10-01", station: "Lumphat") == Date(timeIntervalSince1970: 1_096_588_800 - 7 * 3600))
        #expect(try cell.parse("2004-10-01", station: "New") == Date(timeIntervalSince1970: 1_096_588_800))
        #expect(try cell.date(year: 2004, month: 10, day: 1, station: "Lumphat") == Date(timeIntervalSince1970: 1_096_588_800 - 7 * 3600))
    }
}
