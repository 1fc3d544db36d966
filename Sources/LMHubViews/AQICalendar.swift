import Foundation
import LMHubCore

/// A year of daily index values as an SVG calendar: one square a day, weeks as columns (Monday on top),
/// coloured by the day's category in the scheme's own colours; grey where a day has no index.
enum AQICalendar {
    static let cell = 13.0, gap = 2.0, left = 24.0, top = 16.0

    static func render(_ days: [(scheme: AQIScheme, result: AQIResult)], year: String?, timeZone: String, language: String) -> String {
        guard let year, let number = Int(year) else { return "<p class=\"note\">\(SVG.escape(Strings.text("air.noDays", language)))</p>" }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone) ?? .gmt
        calendar.firstWeekday = 2
        guard let first = calendar.date(from: DateComponents(year: number, month: 1, day: 1)),
              let next = calendar.date(from: DateComponents(year: number + 1, month: 1, day: 1)) else { return "" }
        let byDay = Dictionary(days.map { (LocalDate.string($0.result.time, timeZone: timeZone), $0) }, uniquingKeysWith: { _, last in last })
        let offset = (calendar.component(.weekday, from: first) + 5) % 7
        let width = left + 54 * (cell + gap), height = top + 7 * (cell + gap)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(SVG.n(width)) \(SVG.n(height))\" role=\"img\" aria-label=\"\(SVG.escape(Strings.text("air.calendar", language) + " " + year))\" class=\"chart calendar\">"
        var day = first, index = 0
        while day < next {
            let slot = index + offset, week = slot / 7, weekday = slot % 7
            let date = LocalDate.string(day, timeZone: timeZone)
            let entry = byDay[date]
            let colour = entry?.result.category?.colour ?? "#e0e0e0"
            let label = "\(date): " + (entry?.result.aqi.map { "\($0) \(entry?.result.category?.name.text(language) ?? "")" } ?? "–")
                + (entry?.result.beyondIndex.map { " — " + $0.text(language) } ?? "")
            svg += "<rect x=\"\(SVG.n(left + Double(week) * (cell + gap)))\" y=\"\(SVG.n(top + Double(weekday) * (cell + gap)))\" width=\"\(SVG.n(cell))\" height=\"\(SVG.n(cell))\" fill=\"\(colour)\"><title>\(SVG.escape(label))</title></rect>"
            if calendar.component(.day, from: day) == 1 {
                let month = calendar.component(.month, from: day)
                svg += "<text x=\"\(SVG.n(left + Double(week) * (cell + gap)))\" y=\"\(SVG.n(top - 4))\" font-size=\"10\">\(month)</text>"
            }
            day = calendar.date(byAdding: .day, value: 1, to: day) ?? next
            index += 1
        }
        return svg + "</svg>"
    }
}
