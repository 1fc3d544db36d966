/// The entity sets of SensorThings v1.1 Part 1 (OGC 18-088 §8.2) this server shows, with their singular
/// names and navigation properties (§8.2, Figure 2). `Things`, `Locations`, `HistoricalLocations`,
/// `FeaturesOfInterest`, `ObservedProperties`, `Sensors` and `Datastreams` are small and held in memory per
/// request; `Observations` are always read page by page in SQL.
enum STAEntitySet: String, CaseIterable, Sendable {
    case things = "Things"
    case locations = "Locations"
    case historicalLocations = "HistoricalLocations"
    case datastreams = "Datastreams"
    case sensors = "Sensors"
    case observedProperties = "ObservedProperties"
    case observations = "Observations"
    case featuresOfInterest = "FeaturesOfInterest"

    /// The entity type's name, as a to-one navigation property names it (`Thing`, `FeatureOfInterest`).
    var singular: String {
        switch self {
        case .things: "Thing"
        case .locations: "Location"
        case .historicalLocations: "HistoricalLocation"
        case .datastreams: "Datastream"
        case .sensors: "Sensor"
        case .observedProperties: "ObservedProperty"
        case .observations: "Observation"
        case .featuresOfInterest: "FeatureOfInterest"
        }
    }

    /// The navigation properties of the entity type, in the order they are linked.
    var navigation: [STANavigation] {
        switch self {
        case .things: [.many(.datastreams), .many(.locations), .many(.historicalLocations)]
        case .locations: [.many(.things), .many(.historicalLocations)]
        case .historicalLocations: [.one(.things), .many(.locations)]
        case .datastreams: [.one(.things), .one(.sensors), .one(.observedProperties), .many(.observations)]
        case .sensors: [.many(.datastreams)]
        case .observedProperties: [.many(.datastreams)]
        case .observations: [.one(.datastreams), .one(.featuresOfInterest)]
        case .featuresOfInterest: [.many(.observations)]
        }
    }

    /// The navigation property of this type named `name` (`Datastreams`, `Thing`), or `nil`.
    func navigation(named name: some StringProtocol) -> STANavigation? {
        navigation.first { $0.name == name }
    }
}

/// A navigation property: to one entity (`Datastream/Thing`) or to a collection (`Thing/Datastreams`).
enum STANavigation: Sendable, Equatable {
    case one(STAEntitySet)
    case many(STAEntitySet)

    var target: STAEntitySet {
        switch self {
        case let .one(set), let .many(set): set
        }
    }

    /// The property's name: the singular type name for to-one, the set name for to-many.
    var name: String {
        switch self {
        case let .one(set): set.singular
        case let .many(set): set.rawValue
        }
    }
}
