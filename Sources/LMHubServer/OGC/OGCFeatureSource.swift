import Foundation
import LMHubCore

/// A feature with the time the `datetime` parameter filters on (OGC 17-069r4 §7.15.4): a station's latest
/// sample time, the span of a hub item's date; `nil` when it has none (such a feature never matches a
/// `datetime` filter).
struct OGCFeatureRecord: Sendable {
    let feature: GeoJSONFeature
    let time: ClosedRange<Date>?
}

/// The feature collections `/ogc` serves, each loaded afresh from the store on every request:
/// `stations` (``StationFeatures``) and `hub-places` (``HubItemFeatures``).
struct OGCFeatureSource: Sendable {
    let hub: StationService
    let catalog: HubCatalog

    /// A collection's identity, as `/ogc/collections` describes it.
    struct Collection: Sendable {
        let id: String
        let title: String
        let description: String
    }

    static let stations = Collection(
        id: "stations", title: "Monitoring stations",
        description: """
            Water and air monitoring stations of the Lancang-Mekong basin with their latest values. Properties: name \
            (and name_zh), country, kind (water|air), waterBody, locationApproximate, operator, licence, latestTime (UTC), \
            latestDate (station local date), dayAssumed; the latest value of each parameter named by its code (DO, NH3-N, TP, \
            TEMP, pH, EC, PM2.5, …) in mg/L for concentrations in water, µS/cm for EC, °C for TEMP, pH units for pH and \
            µg/m³ for air pollutants, with <code>_qualifier '<' or '>' for a value at a limit; class, classRank, \
            classStandard (GB 3838-2002 for water; US EPA AQI category for air, with AQI and aqiTime), classDrivers.
            """)
    static let hubPlaces = Collection(
        id: "hub-places", title: "Knowledge hub places",
        description: """
            Places of the Lancang-Mekong environmental cooperation knowledge hub's items, one feature per place. \
            Properties: id (the item), kind, title_en, title_zh, date (YYYY, YYYY-MM or YYYY-MM-DD), countries \
            (comma-separated ISO 3166-1 codes), place_en, place_zh, place_country.
            """)
    static let all = [stations, hubPlaces]

    /// The collection `id` names.
    /// - Throws: ``ServiceError/notFound(_:)`` for an id that is not one.
    static func collection(_ id: String) throws -> Collection {
        guard let found = all.first(where: { $0.id == id }) else {
            throw ServiceError.notFound("no feature collection '\(id)'; the collections are \(all.map(\.id).joined(separator: ", "))")
        }
        return found
    }

    /// Every feature of `collection`, in a stable order (the store's station order; hub items' browse order).
    func records(_ collection: Collection) async throws -> [OGCFeatureRecord] {
        switch collection.id {
        case Self.stations.id:
            return try await StationFeatures.load(hub: hub).features.map { feature in
                let time = feature.properties["latestTime"]?.string.flatMap { try? Date($0, strategy: .iso8601) }
                return OGCFeatureRecord(feature: feature, time: time.map { $0...$0 })
            }
        default:
            return try await catalog.current().items.flatMap { item in
                HubItemFeatures.features(of: item).map { OGCFeatureRecord(feature: $0, time: item.date.flatMap(HubItemFeatures.span)) }
            }
        }
    }
}
