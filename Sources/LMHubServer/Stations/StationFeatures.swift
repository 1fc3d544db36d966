import Foundation
import LMHubCore
import LMHubViews

/// The stations as a GeoJSON `FeatureCollection` (RFC 7946 §3.3), one `Feature` per station with its latest
/// values: the body of `/ogc/collections/stations/items` (OGC 17-069r4 §7.15) and of
/// `/api/v1/stations?format=geojson` (`application/geo+json`).
///
/// Each feature's `id` is the station id; its geometry a `Point` `[longitude, latitude]` (WGS84 / CRS84), or
/// `null` for a station not yet placed. Properties are flat scalars, so GIS clients read them as columns:
/// - `name` (English), `name_zh` … (one per further language of the name);
/// - `country` (ISO 3166-1 alpha-2), `kind` (`water` | `air`), `waterBody`, `locationApproximate` (the
///   position is a town's, not the sampling point's), `operator`, `licence`;
/// - `latestTime` (ISO 8601, UTC) and `latestDate` (`YYYY-MM-DD` in the station's zone) of the latest sample,
///   `dayAssumed` (the source gave no day of month and the 1st was used);
/// - the latest value of each parameter, a number named by its code (`DO`, `NH3-N`, `TP`, `PM2.5`, …) in the
///   parameter's canonical unit (``units``: mg/L for concentrations in water, µS/cm for `EC`, °C for `TEMP`,
///   pH units for `pH`, µg/m³ for air pollutants); a value reported below or above a limit (`<0.01`) is the
///   limit, with `<code>_qualifier` `"<"` or `">"`;
/// - water: `class` (GB 3838-2002 class of the latest sample: `I`…`V`, `劣V`), `classRank` (1 = I … 6 = 劣V),
///   `classStandard` (`cn-gb3838-2002`), `classDrivers` (the codes that set the class, comma-separated);
/// - air: `AQI` (the US EPA AQI of the latest hour with an index), `class` (its category in English),
///   `classRank` (1 = Good), `classStandard` (the scheme version), `aqiTime` (that hour, ISO 8601 UTC).
///
/// The collection carries a `units` foreign member (RFC 7946 §6.1) mapping each code present to its unit.
struct StationFeatures: Sendable, Encodable {
    let features: [GeoJSONFeature]
    /// Unit of each parameter property present (`DO` → `mg/L`).
    let units: [String: String]

    enum CodingKeys: String, CodingKey { case type, features, units }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("FeatureCollection", forKey: .type)
        try container.encode(features, forKey: .features)
        try container.encode(units, forKey: .units)
    }

    /// The features of `rows` (the overview's stations and latest classes), with the values of each station's
    /// latest sample from `latest` (``LMHubStore/latestSamples()``) and air stations' indices from `air`.
    static func build(rows: [OverviewModel.Row], latest: [String: WaterSample], standard: String,
                      air: [String: AirService.LatestIndex] = [:]) -> StationFeatures {
        var units: [String: String] = [:]
        let features = rows.map { row in
            let sample = latest[row.station.id]
            for (code, value) in sample?.values ?? [:] { units[code] = value.unit.rawValue }
            return feature(row, sample: sample, standard: standard, air: air[row.station.id])
        }
        return StationFeatures(features: features, units: units)
    }

    /// The stations from the hub's store: ``StationService/overview(language:)`` (or just `rows` of it), the latest
    /// samples, and the US EPA AQI of each air station (computed from its hourly series by ``AirService``).
    static func load(hub: StationService, rows: [OverviewModel.Row]? = nil) async throws -> StationFeatures {
        let chosen: [OverviewModel.Row]
        if let rows { chosen = rows } else { chosen = try await hub.overview(language: "en").rows }
        let latest = try await hub.store.latestSamples()
        let air = try await hub.air.latestIndices(of: chosen.map(\.station))
        return build(rows: chosen, latest: latest, standard: hub.standard.id, air: air)
    }

    static func feature(_ row: OverviewModel.Row, sample: WaterSample?, standard: String, air: AirService.LatestIndex?) -> GeoJSONFeature {
        let station = row.station
        var properties: [String: GeoJSONValue] = [
            "name": .string(station.name.text("en")),
            "country": .text(station.country),
            "kind": .string(station.kind.rawValue),
            "waterBody": .text(station.waterBody),
            "locationApproximate": .bool(station.locationApproximate),
            "operator": .text(station.operatorName),
            "licence": .text(station.licence),
            "latestTime": .text(row.latestTime.map(Self.iso8601)),
            "latestDate": .text(row.latestTime.map { LocalDate.string($0, timeZone: station.timeZone) }),
            "dayAssumed": .bool(row.latestTime != nil && row.dayAssumed),
        ]
        for (language, text) in station.name.values where language != "en" {
            properties["name_\(language)"] = .string(text)
        }
        for (code, value) in sample?.values ?? [:] {
            properties[code] = .number(value.value)
            if value.censoring != .none { properties["\(code)_qualifier"] = .string(value.censoring.rawValue) }
        }
        if let assessment = row.assessment, station.kind == .water, let label = assessment.label {
            properties["class"] = .string(label)
            properties["classRank"] = assessment.rank.map(GeoJSONValue.integer) ?? .null
            properties["classStandard"] = .string(standard)
            properties["classDrivers"] = .string(assessment.drivers.joined(separator: ","))
        }
        if let air {
            properties["AQI"] = .integer(air.aqi)
            properties["class"] = .text(air.category)
            properties["classRank"] = air.rank.map(GeoJSONValue.integer) ?? .null
            properties["classStandard"] = .string(air.scheme)
            properties["aqiTime"] = .string(iso8601(air.time))
        }
        return GeoJSONFeature(id: station.id, geometry: GeoJSONFeature.point(latitude: station.latitude, longitude: station.longitude),
                              properties: properties)
    }

    /// `2014-12-01T00:00:00Z`.
    static func iso8601(_ date: Date) -> String {
        date.ISO8601Format()
    }
}
