import Foundation

/// Reads the time cells of monitoring files into UTC instants.
///
/// Accepts `YYYY-MM-DD` (midnight in the station's zone), `YYYY-MM-DDTHH:MM[:SS]` or with a space instead
/// of `T` (in the station's zone), and either form followed by `Z` or an offset `±HH:MM` (which then wins).
/// Calendar arithmetic is the proleptic Gregorian days-from-civil count (H. Hinnant, "chrono-Compatible
/// Low-Level Date Algorithms"); the zone's offset is asked of `TimeZone` once per hour of local time.
struct TimeCell {
    let zones: StationTimeZones
    private var offsets: [ZoneHour: Int] = [:]
    /// The last cell read, its station and instant: rows of one sample repeat the same time.
    private var last: (text: String, station: String, date: Date)?
    /// The last cell read, whatever its station: a file ordered by time repeats it across stations.
    private var lastFields: Fields?

    private struct ZoneHour: Hashable {
        let zone: String
        let hour: Int
    }

    init(zones: StationTimeZones) {
        self.zones = zones
    }

    /// The instant the cell names, local times read in `station`'s zone.
    mutating func parse(_ text: String, station: String) throws(CellError) -> Date {
        if let last, last.text == text, last.station == station { return last.date }
        let fields: Fields
        if let lastFields, lastFields.text == text {
            fields = lastFields
        } else {
            fields = try Self.fields(text)
            lastFields = fields
        }
        let date = Date(timeIntervalSince1970: Double(fields.local - (fields.offset ?? zoneOffset(atLocal: fields.local, zones.zone(for: station)))))
        last = (text, station, date)
        return date
    }

    /// A cell read up to its zone: local seconds, and the offset it names (`nil`: the station's zone applies).
    private struct Fields {
        let text: String
        let local: Int
        let offset: Int?
    }

    private static func fields(_ text: String) throws(CellError) -> Fields {
        guard let (fields, offset) = split(text.trimmed) else {
            throw CellError("expected a date YYYY-MM-DD or a time YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM], found '\(text)'")
        }
        guard let local = localSeconds(fields) else {
            throw CellError("'\(text)' is not a valid calendar date or time")
        }
        return Fields(text: text, local: local, offset: offset)
    }

    /// Midnight of a calendar day in `station`'s zone.
    mutating func date(year: Int, month: Int, day: Int, station: String) throws(CellError) -> Date {
        guard let local = Self.localSeconds([year, month, day, 0, 0, 0]) else {
            throw CellError("\(year)-\(month)-\(day) is not a valid calendar date")
        }
        return Date(timeIntervalSince1970: Double(local - zoneOffset(atLocal: local, zones.zone(for: station))))
    }

    private mutating func zoneOffset(atLocal local: Int, _ zone: TimeZone) -> Int {
        let key = ZoneHour(zone: zone.identifier, hour: local.quotient(3600))
        if let cached = offsets[key] { return cached }
        let guess = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local)))
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local - guess)))
        offsets[key] = offset
        return offset
    }

    /// Seconds since 1970-01-01T00:00 of a local [year, month, day, hour, minute, second], or `nil` if any
    /// field is out of range (year outside 1–9999, month 13, 31 April, 29 February of a common year, hour 24).
    static func localSeconds(_ f: [Int]) -> Int? {
        let (year, month, day) = (f[0], f[1], f[2])
        guard (1...9999).contains(year), (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
              (0...23).contains(f[3]), (0...59).contains(f[4]), (0...59).contains(f[5])
        else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = y.quotient(400)
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return days * 86_400 + f[3] * 3600 + f[4] * 60 + f[5]
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func split(_ text: String) -> ([Int], Int?)? {
        let parts = text.split(maxSplits: 1) { $0 == "T" || $0 == " " }
        guard let datePart = parts.first else { return nil }
        let ymd = datePart.split(separator: "-", omittingEmptySubsequences: false).compactMap { Int($0) }
        guard ymd.count == 3, datePart.utf8.count == 10 else { return nil }
        guard parts.count == 2 else { return (ymd + [0, 0, 0], nil) }
        var clock = parts[1]
        var offset: Int?
        if clock.hasSuffix("Z") {
            clock = clock.dropLast()
            offset = 0
        } else if let sign = clock.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let hm = clock[clock.index(after: sign)...].split(separator: ":").compactMap { Int($0) }
            guard hm.count == 2, (0...14).contains(hm[0]), (0...59).contains(hm[1]) else { return nil }
            offset = (hm[0] * 3600 + hm[1] * 60) * (clock[sign] == "-" ? -1 : 1)
            clock = clock[..<sign]
        }
        let hms = clock.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) ?? -1 }
        guard (2...3).contains(hms.count), !hms.contains(-1) else { return nil }
        return (ymd + [hms[0], hms[1], hms.count == 3 ? hms[2] : 0], offset)
    }
}

private extension Int {
    /// Floor division, correct for negative dividends.
    func quotient(_ divisor: Int) -> Int {
        (self >= 0 ? self : self - divisor + 1) / divisor
    }
}

/// Strict dates and times for query parameters, checked field by field (no 30 February, no hour 25).
public enum StrictTime {
    /// `YYYY-MM-DD` (midnight in `zone`), or `YYYY-MM-DDTHH:MM[:SS]` (in `zone`) with an optional `Z` or
    /// `±HH:MM`; `nil` for anything else. `dateOnly` tells the first form.
    public static func parse(_ text: String, zone: TimeZone) -> (date: Date, dateOnly: Bool)? {
        var cell = TimeCell(zones: StationTimeZones(fallback: zone))
        guard let date = try? cell.parse(text, station: "") else { return nil }
        return (date, text.trimmed.utf8.count == 10)
    }
}
