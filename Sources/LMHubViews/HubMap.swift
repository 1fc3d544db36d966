import Foundation
import LMHubCore

/// The knowledge hub's maps: the places of items as points on the basin map, in a window fitted around them.
enum HubMap {
    /// One point a spot, linking to the first item there (the newest, as `places` come newest first) and
    /// labelled with the place's name and, where several items share the spot, their number. The seed's
    /// coordinates are city-level, so every point is approximate.
    static func points(_ places: [(place: HubItem.Place, item: HubItem)], language: String) -> [BasinMap.Point] {
        var spots: [[(place: HubItem.Place, item: HubItem)]] = []
        for entry in places {
            if let index = spots.firstIndex(where: { $0[0].place.lat == entry.place.lat && $0[0].place.lon == entry.place.lon }) {
                spots[index].append(entry)
            } else {
                spots.append([entry])
            }
        }
        return spots.map { spot in
            let first = spot[0]
            let items = Set(spot.map(\.item.id)).count
            let label = first.place.name.text(language) + (items > 1 ? " (\(items))" : "")
            return BasinMap.Point(label: label, lon: first.place.lon, lat: first.place.lat, rank: nil,
                                  link: HubItemPage.link(first.item.id, language: language), approximate: true)
        }
    }

    /// The map of `points` as SVG, `margin` degrees around them, widened where need be so that it is no taller
    /// than wide; `nil` without points.
    static func render(_ points: [BasinMap.Point], margin: Double, title: String, language: String) -> String? {
        guard var bounds = BasinMap.bounds(around: points, margin: margin) else { return nil }
        let xScale = cos((bounds.south + bounds.north) / 2 * .pi / 180)
        let squareWidth = (bounds.north - bounds.south) / xScale
        if bounds.east - bounds.west < squareWidth {
            let pad = (squareWidth - (bounds.east - bounds.west)) / 2
            bounds.west -= pad
            bounds.east += pad
        }
        return BasinMap(bounds: bounds, width: 520).render(points: points, title: title, language: language)
    }
}
