import Foundation
import LMHubCore

/// The knowledge hub's places as a GeoJSON `FeatureCollection` (RFC 7946 §3.3): one `Feature` per place of
/// an item, a `Point` `[lon, lat]`; the `hub-places` collection of `/ogc`.
///
/// Feature ids are `<item id>~<n>` (`n` the place's position in the item, from 1; `~` needs no
/// percent-encoding). Properties, flat: `id` (the item's id), `kind`, `title_en`, `title_zh`, `date`
/// (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, the precision the source gives), `countries` (the item's ISO 3166-1
/// alpha-2 codes, comma-separated), `place_en`, `place_zh`, `place_country`.
struct HubItemFeatures: Sendable, Encodable {
    let features: [GeoJSONFeature]

    enum CodingKeys: String, CodingKey { case type, features }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("FeatureCollection", forKey: .type)
        try container.encode(features, forKey: .features)
    }

    static func build(_ items: [HubItem]) -> HubItemFeatures {
        HubItemFeatures(features: items.flatMap(features(of:)))
    }

    /// One feature per place of `item`, in the item's order.
    static func features(of item: HubItem) -> [GeoJSONFeature] {
        item.places.enumerated().map { index, place in
            GeoJSONFeature(id: "\(item.id)~\(index + 1)", geometry: .init(longitude: place.lon, latitude: place.lat), properties: [
                "id": .string(item.id),
                "kind": .string(item.kind.rawValue),
                "title_en": .text(item.title.values["en"]),
                "title_zh": .text(item.title.values["zh"]),
                "date": .text(item.date?.description),
                "countries": .string(item.countries.joined(separator: ",")),
                "place_en": .text(place.name.values["en"] ?? place.name.values.values.sorted().first),
                "place_zh": .text(place.name.values["zh"]),
                "place_country": .text(place.country),
            ])
        }
    }

    /// The UTC instants a partial date spans: `2016` → 2016-01-01T00:00Z … 2016-12-31T23:59:59.999Z.
    static func span(_ date: PartialDate) -> ClosedRange<Date>? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        guard let start = calendar.date(from: DateComponents(year: date.year, month: date.month ?? 1, day: date.day ?? 1)) else { return nil }
        let unit: Calendar.Component = date.day != nil ? .day : date.month != nil ? .month : .year
        guard let next = calendar.date(byAdding: unit, value: 1, to: start) else { return nil }
        return start...next.addingTimeInterval(-0.001)
    }
}
