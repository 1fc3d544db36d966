import Foundation
import LMHubCore
import LMHubStorage

/// One SensorThings entity of this server (OGC 18-088 §8.2), drawn from the store:
/// - `Thing`, `Location`, `HistoricalLocation`, `FeatureOfInterest`: one each per station, id the station id
///   (`Things('Andaung Meas')`); stations not yet placed have no `Location` and no `HistoricalLocation`.
/// - `Datastream`: a `datastreams` row, numeric id (`Datastreams(3)`).
/// - `Sensor`: one per kind of station, id `water` or `air`.
/// - `ObservedProperty`: a parameter, id its code (`ObservedProperties('NH3-N')`).
/// - `Observation`: an `observations` row, string id `<datastream id>-<epoch ms>` (`Observations('3-1072915200000')`).
enum STAEntity: Sendable {
    case thing(Station)
    case location(Station)
    case historicalLocation(Station)
    case datastream(STADatastreamRow)
    case sensor(Station.Kind)
    case observedProperty(STAParameterRow)
    case observation(STAObservationRow)
    case featureOfInterest(Station)

    var set: STAEntitySet {
        switch self {
        case .thing: .things
        case .location: .locations
        case .historicalLocation: .historicalLocations
        case .datastream: .datastreams
        case .sensor: .sensors
        case .observedProperty: .observedProperties
        case .observation: .observations
        case .featureOfInterest: .featuresOfInterest
        }
    }

    /// The `@iot.id`: a number for datastreams, a string otherwise.
    var id: STAJSON {
        switch self {
        case let .thing(station), let .location(station), let .historicalLocation(station), let .featureOfInterest(station): .string(station.id)
        case let .datastream(row): .integer(row.id)
        case let .sensor(kind): .string(kind.rawValue)
        case let .observedProperty(row): .string(row.code)
        case let .observation(row): .string(STAEntity.observationID(row))
        }
    }

    /// The id as written in a resource path: `3`, `'Andaung Meas'` (quotes doubled, percent-encoded).
    var pathKey: String {
        switch id {
        case let .integer(number): "\(number)"
        case let .string(text): "'" + STAPath.encode(text.replacingOccurrences(of: "'", with: "''")) + "'"
        default: ""
        }
    }

    static func observationID(_ row: STAObservationRow) -> String { "\(row.datastream_id)-\(row.phenomenon_time)" }

    /// The (datastream, epoch ms) of an observation id, or `nil`.
    static func observationKey(_ id: String) -> (datastream: Int64, millis: Int64)? {
        guard let dash = id.firstIndex(of: "-"), let datastream = Int64(id[..<dash]),
              let millis = Int64(id[id.index(after: dash)...]) else { return nil }
        return (datastream, millis)
    }
}

/// What a resource path names: one entity, a collection held in memory, or observations to page in SQL
/// (of some datastreams, or of all when `nil`).
enum STAResolved: Sendable {
    case one(STAEntity)
    case many(STAEntitySet, [STAEntity])
    case observations([Int64]?)
}

/// The small part of the store read once per request: stations, parameters and datastreams (a few hundred
/// rows at most), from which every entity but `Observation` is built and navigated.
struct STAModel: Sendable {
    let store: LMHubStore
    let stations: [Station]
    let parameters: [STAParameterRow]
    let datastreams: [STADatastreamRow]
    /// The earliest observation time (epoch ms) per station id, the `time` of its `HistoricalLocation`;
    /// loaded only for requests that touch HistoricalLocations.
    let firstTimes: [String: Int64]

    static func load(_ store: LMHubStore, history: Bool) async throws -> STAModel {
        let stations = try await store.stations()
        let datastreams = try await store.staDatastreams()
        var firstTimes: [String: Int64] = [:]
        if history {
            for station in stations {
                let ids = datastreams.filter { $0.station_id == station.id }.map(\.id)
                firstTimes[station.id] = try await store.staFirstObservation(datastreams: ids)
            }
        }
        return STAModel(store: store, stations: stations, parameters: try await store.staParameters(), datastreams: datastreams, firstTimes: firstTimes)
    }

    func station(_ id: String) -> Station? { stations.first { $0.id == id } }
    func placed(_ station: Station) -> Bool { station.latitude != nil && station.longitude != nil }

    /// Every entity of a small set (not `Observations`).
    func all(_ set: STAEntitySet) -> [STAEntity] {
        switch set {
        case .things: stations.map(STAEntity.thing)
        case .locations: stations.filter(placed).map(STAEntity.location)
        case .historicalLocations: stations.filter(placed).map(STAEntity.historicalLocation)
        case .featuresOfInterest: stations.map(STAEntity.featureOfInterest)
        case .datastreams: datastreams.map(STAEntity.datastream)
        case .sensors: [Station.Kind.water, .air].filter { kind in stations.contains { $0.kind == kind } }.map(STAEntity.sensor)
        case .observedProperties: parameters.map(STAEntity.observedProperty)
        case .observations: []
        }
    }

    /// The entity of `set` whose id is `key` (a quoted string or a number, as in the path), or `nil`.
    func entity(_ set: STAEntitySet, key: STAJSON) async throws -> STAEntity? {
        if set == .observations {
            guard case let .string(text) = key, let (datastream, millis) = STAEntity.observationKey(text) else { return nil }
            return try await store.staObservation(datastream: datastream, millis: millis).map(STAEntity.observation)
        }
        return all(set).first { entity in
            switch (entity.id, key) {
            case let (.integer(a), .integer(b)): a == b
            case let (.integer(a), .string(b)): "\(a)" == b
            case let (.string(a), .string(b)): a == StationID.lenient(b) || a == b
            default: false
            }
        }
    }

    /// Follows `navigation` from `entity`.
    func follow(_ navigation: STANavigation, from entity: STAEntity) throws -> STAResolved {
        let found: STAResolved? = switch (entity, navigation.target) {
        case let (.thing(station), .datastreams):
            .many(.datastreams, datastreams.filter { $0.station_id == station.id }.map(STAEntity.datastream))
        case let (.thing(station), .locations), let (.historicalLocation(station), .locations):
            .many(.locations, placed(station) ? [.location(station)] : [])
        case let (.thing(station), .historicalLocations), let (.location(station), .historicalLocations):
            .many(.historicalLocations, placed(station) ? [.historicalLocation(station)] : [])
        case let (.location(station), .things): .many(.things, [.thing(station)])
        case let (.historicalLocation(station), .things): .one(.thing(station))
        case let (.datastream(row), .things): station(row.station_id).map { .one(.thing($0)) }
        case let (.datastream(row), .sensors): station(row.station_id).map { .one(.sensor($0.kind)) }
        case let (.datastream(row), .observedProperties): parameters.first { $0.code == row.parameter_code }.map { .one(.observedProperty($0)) }
        case let (.datastream(row), .observations): .observations([row.id])
        case let (.sensor(kind), .datastreams):
            .many(.datastreams, datastreams.filter { station($0.station_id)?.kind == kind }.map(STAEntity.datastream))
        case let (.observedProperty(row), .datastreams):
            .many(.datastreams, datastreams.filter { $0.parameter_code == row.code }.map(STAEntity.datastream))
        case let (.observation(row), .datastreams): datastreams.first { $0.id == row.datastream_id }.map { .one(.datastream($0)) }
        case let (.observation(row), .featuresOfInterest):
            datastreams.first { $0.id == row.datastream_id }.flatMap { station($0.station_id) }.map { .one(.featureOfInterest($0)) }
        case let (.featureOfInterest(station), .observations):
            .observations(datastreams.filter { $0.station_id == station.id }.map(\.id))
        default: nil
        }
        guard let found else { throw ServiceError.notFound("\(entity.set.singular) has no \(navigation.name)") }
        return found
    }
}
