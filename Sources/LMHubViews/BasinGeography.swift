import Foundation

/// The basin's outlines from the bundled GeoJSON (`Resources/geo/lancang-mekong.geojson`, Natural Earth
/// 1:110m, public domain; origin in `Resources/geo/SOURCE.md`): country polygons and the main stem.
public struct BasinGeography: Sendable {
    /// One feature: its English and Chinese names and its rings or lines as (longitude, latitude) pairs.
    public struct Feature: Sendable {
        public let kind: String
        /// ISO 3166-1 alpha-2 of a country; `nil` for a river.
        public let iso2: String?
        public let name: LocalizedName
        public let lines: [[(lon: Double, lat: Double)]]
    }

    public struct LocalizedName: Sendable {
        public let en: String
        public let zh: String
    }

    public let countries: [Feature]
    public let rivers: [Feature]

    /// A country's name in `language` (English or Chinese) from its ISO code; the code itself for a
    /// country outside the basin.
    public func countryName(_ iso2: String, language: String) -> String {
        guard let country = countries.first(where: { $0.iso2 == iso2 }) else { return iso2 }
        return language == "zh" ? country.name.zh : country.name.en
    }

    /// The bundled outlines, read once.
    public static let bundled: BasinGeography = {
        guard let url = Bundle.module.url(forResource: "lancang-mekong", withExtension: "geojson", subdirectory: "geo"),
              let data = try? Data(contentsOf: url), let geography = try? BasinGeography(geoJSON: data)
        else { preconditionFailure("the bundled basin GeoJSON is missing or malformed") }
        return geography
    }()

    /// Reads a GeoJSON FeatureCollection of Polygon, MultiPolygon and LineString features with properties
    /// `kind` (`country` or `river`), `name_en`, `name_zh`.
    public init(geoJSON: Data) throws {
        let collection = try JSONDecoder().decode(Collection.self, from: geoJSON)
        let features = collection.features.map { raw in
            Feature(kind: raw.properties.kind, iso2: raw.properties.iso2,
                    name: LocalizedName(en: raw.properties.name_en, zh: raw.properties.name_zh),
                    lines: raw.geometry.lines)
        }
        countries = features.filter { $0.kind == "country" }
        rivers = features.filter { $0.kind == "river" }
    }

    private struct Collection: Decodable { let features: [RawFeature] }
    private struct RawFeature: Decodable { let properties: Properties; let geometry: Geometry }
    private struct Properties: Decodable { let kind: String; let iso2: String?; let name_en: String; let name_zh: String }

    private struct Geometry: Decodable {
        let lines: [[(lon: Double, lat: Double)]]

        enum CodingKeys: String, CodingKey { case type, coordinates }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let type = try container.decode(String.self, forKey: .type)
            func points(_ raw: [[Double]]) -> [(lon: Double, lat: Double)] { raw.map { ($0[0], $0[1]) } }
            switch type {
            case "LineString":
                lines = [points(try container.decode([[Double]].self, forKey: .coordinates))]
            case "Polygon":
                lines = try container.decode([[[Double]]].self, forKey: .coordinates).map(points)
            case "MultiPolygon":
                lines = try container.decode([[[[Double]]]].self, forKey: .coordinates).flatMap { $0.map(points) }
            default:
                throw DecodingError.dataCorruptedError(forKey: .type, in: container, debugDescription: "unsupported geometry \(type)")
            }
        }
    }
}
