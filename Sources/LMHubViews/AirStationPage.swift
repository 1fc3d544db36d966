import Foundation
import LMHubCore
import Plot

/// What an air station page shows: the last 7 days of hourly index, the daily index of a year, under a
/// scheme series the reader picks.
public struct AirStationPageModel: Sendable {
    public let station: Station
    /// The series or version shown (`us-epa`).
    public let selected: String
    /// Every series, with the title of its latest version, for the switcher.
    public let switcher: [(id: String, title: LocalizedText)]
    /// The versions in use, oldest first; the latest one gives the legend.
    public let versions: [AQIScheme]
    public let week: [(scheme: AQIScheme, result: AQIResult)]
    /// The year the calendar shows (`YYYY`), `nil` without any daily index.
    public let year: String?
    public let days: [(scheme: AQIScheme, result: AQIResult)]
    public let language: String
    /// Which hours the indices use.
    public let policy: QCPolicy
    /// The week's stored hours by QC flag (`""`: no flag).
    public let weekHoursByQC: [String: Int]

    public init(station: Station, selected: String, switcher: [(id: String, title: LocalizedText)], versions: [AQIScheme],
                week: [(scheme: AQIScheme, result: AQIResult)], year: String?, days: [(scheme: AQIScheme, result: AQIResult)], language: String,
                policy: QCPolicy = .default, weekHoursByQC: [String: Int] = [:]) {
        self.policy = policy
        self.weekHoursByQC = weekHoursByQC
        self.station = station
        self.selected = selected
        self.switcher = switcher
        self.versions = versions
        self.week = week
        self.year = year
        self.days = days
        self.language = language
    }
}

/// `/stations/{id}` for an air station: a scheme switcher, the last 7 days' hourly index against the
/// scheme's category bands, a calendar of the daily index, and the legend with each category's colour.
public enum AirStationPage {
    public static func render(_ model: AirStationPageModel) -> String {
        let lang = model.language, station = model.station
        let legendScheme = model.week.last?.scheme ?? model.days.last?.scheme ?? model.versions.last
        let body: Node<HTML.BodyContext> = .group(
            .h1(.text(station.name.text(lang))),
            .p(.text([station.country.map { BasinGeography.bundled.countryName($0, language: lang) }, OverviewPage.position(station, lang), station.timeZone]
                .compactMap { $0 }.joined(separator: " · "))),
            .unwrap(station.locationNote) { .p(.class("note"), .text($0)) },
            .p(.class("params"), .text(Strings.text("air.scheme", lang) + ": "),
               .forEach(model.switcher) { entry in
                   entry.id == model.selected || model.versions.contains(where: { $0.id == model.selected && $0.series == entry.id })
                       ? .strong(.text((model.week.last?.scheme.title ?? entry.title).text(lang)))
                       : .a(.href(Layout.link(path: SitePaths.path(SitePaths.stationPage, station.id), query: [("scheme", entry.id)] + qcQuery(model), language: lang)), .text(entry.title.text(lang)))
               }),
            .h2(.text(Strings.text("air.week", lang))),
            .raw(weekChart(model)),
            .p(.class("note"), .text(Strings.text("air.weekNote", lang))),
            qcLine(model),
            .unwrap(notInForce(model)) { .p(.class("caution"), .text($0)) },
            .h2(.text(Strings.text("air.calendar", lang) + (model.year.map { " " + $0 } ?? ""))),
            .raw(AQICalendar.render(model.days, year: model.year, timeZone: station.timeZone, language: lang)),
            .unwrap(legendScheme) { legend($0, lang) },
            .unwrap(station.licence) { .p(.class("note"), .text(Strings.text("station.source", lang) + ": " + [station.operatorName, $0].compactMap { $0 }.joined(separator: "; "))) }
        )
        return Layout.render(title: station.name.text(lang), language: lang, path: SitePaths.path(SitePaths.stationPage, station.id),
                             query: [("scheme", model.selected)] + qcQuery(model), body: body)
    }

    private static func qcQuery(_ model: AirStationPageModel) -> [(String, String)] {
        model.policy == .default ? [] : [("qc", model.policy.rawValue)]
    }

    /// Which hours the indices use, the week's hours by flag, and a link to the other choice.
    private static func qcLine(_ model: AirStationPageModel) -> Node<HTML.BodyContext> {
        let lang = model.language
        let counts = QCFlag.allCases.compactMap { flag in model.weekHoursByQC[flag.rawValue].map { "\($0) \(flag.rawValue)" } }.joined(separator: ", ")
        let other: QCPolicy = model.policy == .validOnly ? .validAndSuspect : .validOnly
        return .p(.class("note"),
                  .text(Strings.text(model.policy == .validOnly ? "air.qcValidOnly" : "air.qcValidSuspect", lang)
                        + (counts.isEmpty ? "" : " " + Strings.text("air.qcWeek", lang) + ": " + counts + ".") + " "),
                  .a(.href(Layout.link(path: SitePaths.path(SitePaths.stationPage, model.station.id),
                                       query: [("scheme", model.selected)] + (other == .default ? [] : [("qc", other.rawValue)]), language: lang)),
                     .text(Strings.text(other == .validOnly ? "air.qcUseValidOnly" : "air.qcUseValidSuspect", lang))))
    }

    /// A caution when the version shown was not in force on the data's dates (VN_AQI of 2019 on 2018 data).
    private static func notInForce(_ model: AirStationPageModel) -> String? {
        guard let entry = model.week.last else { return nil }
        let scheme = entry.scheme, lang = model.language
        guard !scheme.isInForce(on: LocalDate.string(entry.result.time, timeZone: model.station.timeZone)) else { return nil }
        let period = scheme.inForce + (scheme.until.map { " – " + $0 } ?? "")
        return "⚠ " + scheme.title.text(lang) + ": " + Strings.text("matrix.notInForce", lang) + " (" + period + ")"
    }

    private static func weekChart(_ model: AirStationPageModel) -> String {
        guard let scheme = model.week.last?.scheme ?? model.versions.last else { return "" }
        let lang = model.language
        let points = model.week.compactMap { entry -> TimeSeriesChart.Point? in
            guard let aqi = entry.result.aqi else { return nil }
            let time = LocalDate.string(entry.result.time, timeZone: model.station.timeZone)
            let primary = entry.result.primary.map(\.rawValue).joined(separator: ", ")
            return .init(time: entry.result.time, value: Double(aqi), censored: false,
                         label: "\(time) \(hour(entry.result.time, model.station.timeZone)): \(aqi) \(entry.result.category?.name.text(lang) ?? "")\(entry.result.beyondIndex.map { " — " + $0.text(lang) } ?? "") (\(primary))")
        }
        let bands = scheme.categories.enumerated().map { index, category in
            let upper = index + 1 < scheme.categories.count ? Double(scheme.categories[index + 1].lowest) : 10_000
            let range = index + 1 < scheme.categories.count ? "\(category.lowest)–\(scheme.categories[index + 1].lowest - 1)" : "\(category.lowest)+"
            return TimeSeriesChart.Band(lower: Double(category.lowest), upper: upper, rank: index + 1,
                                        label: range, colour: category.colour)
        }
        return TimeSeriesChart(timeZone: TimeZone(identifier: model.station.timeZone) ?? .gmt)
            .render(points: points, bands: bands, unit: "AQI", title: "\(scheme.title.text(lang)), \(model.station.name.text(lang))")
    }

    /// `HH:mm` on the station's clock (minutes shown, so an hour off the station's clock could not pass for one).
    private static func hour(_ time: Date, _ zone: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone) ?? .gmt
        let parts = calendar.dateComponents([.hour, .minute], from: time)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// Whether the legend adds the scheme's own language (Chinese for HJ 633 read in English, Vietnamese, Thai).
    private static func showsOwnLanguage(_ scheme: AQIScheme, _ lang: String) -> Bool {
        scheme.language != lang && scheme.language != "en"
    }

    /// Black or white, whichever reads on `colour` (`#RRGGBB`), by its luma.
    static func ink(_ colour: String) -> String {
        let hex = Int(colour.dropFirst(), radix: 16) ?? 0
        let luma = 0.299 * Double(hex >> 16 & 0xFF) + 0.587 * Double(hex >> 8 & 0xFF) + 0.114 * Double(hex & 0xFF)
        return luma > 140 ? "#000" : "#fff"
    }

    private static func legend(_ scheme: AQIScheme, _ lang: String) -> Node<HTML.BodyContext> {
        .div(
            .h2(.text(Strings.text("air.legend", lang))),
            .table(
                .tr(.th(.text("AQI")), .th(.text(Strings.text("matrix.class", lang))),
                    .if(showsOwnLanguage(scheme, lang), .th(.text(scheme.language)))),
                .forEach(scheme.categories.enumerated()) { index, category in
                    let range = index + 1 < scheme.categories.count ? "\(category.lowest)–\(scheme.categories[index + 1].lowest - 1)" : "\(category.lowest)+"
                    return .tr(.td(.attribute(named: "style", value: "background:\(category.colour);color:\(ink(category.colour))"), .text(range)),
                               .td(.text(category.name.text(lang))),
                               .if(showsOwnLanguage(scheme, lang), .td(.text(category.name.values[scheme.language] ?? ""))))
                }
            ),
            .if(!scheme.categoriesVerified || scheme.categories.contains { !$0.colourVerified },
                .p(.class("caution"), .text("⚠ " + Strings.text("air.unverified", lang)))),
            .p(.class("note"), .text("\(scheme.title.text(lang)): \(scheme.source)"))
        )
    }
}
