import Foundation
import LMHubCore

/// The knowledge hub's maps: the places of items as points on the basin map, in a window fitted around them.
enum HubMap {
    /// One point a place, linking to its item. The seed's coordinates are city-level, so every point is
    /// approximate. Where places share a spot, only the last (drawn on top) is labelled, so labels do not pile up.
    static func points(_ places: [(place: HubItem.Place, item: HubItem)], language: String) -> [BasinMap.Point] {
        places.indices.map { index -> BasinMap.Point in
            let place = places[index].place
            let covered = places[(index + 1)...].contains { $0.place.lat == place.lat && $0.place.lon == place.lon }
            return BasinMap.Point(label: covered ? "" : place.name.text(language), lon: place.lon, lat: place.lat, rank: nil,
                                  link: HubItemPage.link(places[index].item.id, language: language), approximate: true)
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
