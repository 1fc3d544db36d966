import Foundation

/// Calendar dates of instants in a station's time zone, as `YYYY-MM-DD`.
public enum LocalDate {
    /// The date of `instant` in `timeZone` (an IANA name such as `Asia/Phnom_Penh`; UTC if unknown).
    public static func string(_ instant: Date, timeZone: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone) ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// Midnight UTC of a `YYYY-MM-DD` date, or `nil` for anything else (no rolled-over days such as 02-30).
    public static func date(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard text.count == 10, parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else { return nil }
        return date
    }
}
