import LMHubCore
import SQLKit

/// The `stations` table row of a ``Station``.
struct StationRow: Codable {
    var id: String
    var name: String
    var country: String?
    var water_body: String?
    var water_body_kind: String
    var kind: String
    var latitude: Double?
    var longitude: Double?
    var location_approximate: Int
    var location_note: String?
    var time_zone: String
    var `operator`: String?
    var licence: String?

    init(_ station: Station) throws {
        id = station.id
        name = try JSONText.encode(station.name)
        country = station.country
        water_body = station.waterBody
        water_body_kind = station.waterBodyKind.rawValue
        kind = station.kind.rawValue
        latitude = station.latitude
        longitude = station.longitude
        location_approximate = station.locationApproximate ? 1 : 0
        location_note = station.locationNote
        time_zone = station.timeZone
        self.operator = station.operatorName
        licence = station.licence
    }

    var station: Station {
        get throws {
            Station(
                id: id, name: try JSONText.decode(LocalizedText.self, from: name), country: country,
                waterBody: water_body, waterBodyKind: .init(rawValue: water_body_kind) ?? .river,
                kind: .init(rawValue: kind) ?? .water, latitude: latitude, longitude: longitude,
                locationApproximate: location_approximate != 0, locationNote: location_note,
                timeZone: time_zone, operatorName: self.operator, licence: licence
            )
        }
    }
}

enum StationRows {
    static let columns = ["id", "name", "country", "water_body", "water_body_kind", "kind", "latitude",
                          "longitude", "location_approximate", "location_note", "time_zone", "operator", "licence"]

    /// Adds `station`, or replaces what is stored under its id; inside the caller's transaction.
    static func upsert(_ station: Station, on db: any SQLDatabase) async throws {
        let row = try StationRow(station)
        try await db.insert(into: "stations").model(row).onConflict(with: ["id"]) { try $0.set(excludedContentOf: row) }.run()
    }

    static func insertIfAbsent(_ station: Station, on db: any SQLDatabase) async throws {
        try await db.insert(into: "stations").model(StationRow(station)).ignoringConflicts(with: ["id"]).run()
    }
}

extension LMHubStore {
    /// Adds `station`, or replaces what is stored under its id (names, place, metadata); its observations stay.
    public func save(_ station: Station) async throws {
        try await write { db in try await StationRows.upsert(station, on: db) }
    }

    /// All stations, by id.
    public func stations() async throws -> [Station] {
        try await db.select().columns(StationRows.columns).from("stations").orderBy("id")
            .all(decoding: StationRow.self).map { try $0.station }
    }

    /// The station with `id` (normalised as ``StationID/lenient(_:)``: NFC, spaces trimmed, invisible
    /// characters dropped), or `nil`.
    public func station(id: String) async throws -> Station? {
        try await db.select().columns(StationRows.columns).from("stations").where("id", .equal, StationID.lenient(id))
            .first(decoding: StationRow.self).map { try $0.station }
    }
}

extension LMHubStore {
    /// The ids of the stations with a datastream of `parameter` (canonical code).
    public func stationIDs(measuring parameter: String) async throws -> Set<String> {
        Set(try await db.select().distinct().column("station_id").from("datastreams").where("parameter_code", .equal, parameter)
            .all(decodingColumn: "station_id", as: String.self))
    }
}
