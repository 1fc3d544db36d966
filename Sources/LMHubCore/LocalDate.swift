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
}
