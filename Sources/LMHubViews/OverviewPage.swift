import Foundation
import LMHubCore
import Plot

/// What the overview page shows: every station with its latest sample's class under one standard.
public struct OverviewModel: Sendable {
    public struct Row: Sendable {
        public let station: Station
        public let latestTime: Date?
        public let dayAssumed: Bool
        public let assessment: SampleAssessment?

        public init(station: Station, latestTime: Date?, dayAssumed: Bool, assessment: SampleAssessment?) {
            self.station = station
            self.latestTime = latestTime
            self.dayAssumed = dayAssumed
            self.assessment = assessment
        }
    }

    public let rows: [Row]
    public let standard: WaterQualityStandard
    public let language: String

    public init(rows: [Row], standard: WaterQualityStandard, language: String) {
        self.rows = rows
        self.standard = standard
        self.language = language
    }
}

/// The overview page `/`: basin map, a detail map of the stations, and the stations table.
public enum OverviewPage {
    public static func render(_ model: OverviewModel) -> String {
        let lang = model.language
        let points = model.rows.compactMap { row -> BasinMap.Point? in
            guard let lat = row.station.latitude, let lon = row.station.longitude else { return nil }
            return BasinMap.Point(label: row.station.name.text(lang), lon: lon, lat: lat, rank: row.assessment?.rank,
                                  link: StationPage.link(row.station.id, language: lang),
                                  approximate: row.station.locationApproximate)
        }
        let unplaced = model.rows.filter { $0.station.latitude == nil || $0.station.longitude == nil }
        let basin = BasinMap(bounds: BasinMap.basinBounds, width: 360)
            .render(points: points.map { BasinMap.Point(label: "", lon: $0.lon, lat: $0.lat, rank: $0.rank, link: $0.link, approximate: $0.approximate) },
                    title: Strings.text("overview.map", lang), language: lang)
        let waterPoints = points.filter { point in model.rows.contains { $0.station.kind == .water && $0.station.name.text(lang) == point.label } }
        let detail = BasinMap.bounds(around: waterPoints).map {
            BasinMap(bounds: $0, width: 520).render(points: waterPoints, title: Strings.text("overview.detail", lang), language: lang)
        }
        let body: Node<HTML.BodyContext> = .group(
            .h1(.text(Strings.text("overview.heading", lang))),
            .p(.text(Strings.text("overview.intro", lang))),
            .div(.class("maps"),
                 .element(named: "figure", nodes: [.raw(basin), .element(named: "figcaption", text: Strings.text("overview.map", lang))]),
                 .unwrap(detail) { svg in
                     .element(named: "figure", nodes: [.raw(svg), .element(named: "figcaption", text: Strings.text("overview.detail", lang))])
                 }),
            ClassLegend.node(standard: model.standard, language: lang),
            .if(!unplaced.isEmpty, .p(.class("note"), .text(Strings.text("overview.unplaced", lang) + ": "
                + unplaced.map { $0.station.name.text(lang) }.joined(separator: ", ")))),
            .div(.class("scroll"), .table(
                .tr(.th(.text(Strings.text("col.station", lang))), .th(.text(Strings.text("col.river", lang))),
                    .th(.text(Strings.text("col.country", lang))), .th(.text(Strings.text("col.position", lang))),
                    .th(.text(Strings.text("col.latest", lang))), .th(.text(Strings.text("col.class", lang))),
                    .th(.text(Strings.text("col.drivers", lang)))),
                .forEach(model.rows) { row in
                    .tr(
                        .td(.a(.href(StationPage.link(row.station.id, language: lang)), .text(row.station.name.text(lang)))),
                        .td(.text(row.station.waterBody ?? "")),
                        .td(.text(row.station.country.map { BasinGeography.bundled.countryName($0, language: lang) } ?? "")),
                        .td(.text(position(row.station, lang))),
                        .td(.text(row.latestTime.map { LocalDate.string($0, timeZone: row.station.timeZone) + (row.dayAssumed ? "*" : "") } ?? "")),
                        row.station.kind == .air
                            ? .td(.a(.href(StationPage.link(row.station.id, language: lang)), .text(Strings.text("overview.airIndex", lang))))
                            : .td(ClassBadge.node(rank: row.assessment?.rank, label: row.assessment?.label, language: lang)),
                        .td(.text((row.assessment?.rank ?? 1) > 1 ? row.assessment?.drivers.joined(separator: ", ") ?? "" : ""))
                    )
                }
            )),
            .if(model.rows.contains(where: \.dayAssumed), .p(.class("note"), .text(Strings.text("station.dayNote", lang))))
        )
        return Layout.render(title: Strings.text("nav.overview", lang), language: lang, path: SitePaths.overview, query: [], body: body)
    }

    static func position(_ station: Station, _ lang: String) -> String {
        guard let lat = station.latitude, let lon = station.longitude else { return Strings.text("position.unknown", lang) }
        let text = String(format: "%.2f° N, %.2f° E", lat, lon)
        return station.locationApproximate ? "\(text) (\(Strings.text("position.approximate", lang)))" : text
    }
}
