/// Reads AirNow's `Date (LT)` cell as written by the export (`2018-01-01 01:00 AM`) or after a spreadsheet
/// re-saved it (`3/5/2018 7:00`, `05/03/2018 07:00:00`, `2018/3/5 7:00 PM`).
enum AirNowLocalTime {
    /// The `[year, month, day, hour]` the cell can mean: one reading, or two where a `A/B/YYYY` date could be
    /// month-first or day-first; `nil` when the cell is not readable as a date and hour.
    static func parse(_ text: String) -> [[Int]]? {
        var words = text.trimmed.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return nil }
        if words.count == 1, let t = words[0].firstIndex(of: "T") {
            words = [String(words[0][..<t]), String(words[0][words[0].index(after: t)...])]
        }
        guard words.count == 2 || words.count == 3, let hour = hour(words[1], meridiem: words.count == 3 ? words[2] : nil) else { return nil }
        let separator: Character = words[0].contains("/") ? "/" : "-"
        let parts = words[0].split(separator: separator, omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 3, let a = parts[0], let b = parts[1], let c = parts[2] else { return nil }
        let candidates: [[Int]]
        if words[0].split(separator: separator)[0].count == 4 {
            candidates = [[a, b, c, hour]]
        } else if separator == "/", c >= 1000 {
            candidates = a == b ? [[c, a, b, hour]] : [[c, a, b, hour], [c, b, a, hour]]
        } else {
            return nil
        }
        let valid = candidates.filter { TimeCell.localSeconds($0 + [0, 0]) != nil }
        return valid.isEmpty ? nil : valid
    }

    /// The hour of `H:MM[:SS]`, with `AM`/`PM` if given (12 AM is 0, 12 PM is 12).
    private static func hour(_ clock: String, meridiem: String?) -> Int? {
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count), let hour = Int(fields[0]), fields.dropFirst().allSatisfy({ Int($0) != nil }) else { return nil }
        switch meridiem?.uppercased() {
        case nil: return (0...23).contains(hour) ? hour : nil
        case "AM"?: return (1...12).contains(hour) ? hour % 12 : nil
        case "PM"?: return (1...12).contains(hour) ? hour % 12 + 12 : nil
        default: return nil
        }
    }
}
