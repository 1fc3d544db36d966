/// A monitoring station (OGC SensorThings `Thing` with its `Location`).
public struct Station: Sendable, Codable, Hashable {
    /// The station's identifier as its agency writes it (an MRC station name or code).
    public var id: String
    public var name: LocalizedText
    /// ISO 3166-1 alpha-2, e.g. `KH`.
    public var country: String?
    /// River or lake, e.g. `Sekong`.
    public var waterBody: String?
    /// Which of a standard's water-body limits apply (GB 3838 TP differs for rivers and lakes).
    public var waterBodyKind: WaterQualityStandard.WaterBody
    public var kind: Kind
    /// WGS84 latitude in degrees, `nil` for a station not yet placed.
    public var latitude: Double?
    /// WGS84 longitude in degrees, `nil` for a station not yet placed.
    public var longitude: Double?
    /// `true` when the position is a town's, not the sampling point's.
    public var locationApproximate: Bool
    /// Where the position comes from.
    public var locationNote: String?
    /// IANA time zone, used for local dates and day boundaries (e.g. `Asia/Phnom_Penh`).
    public var timeZone: String
    public var operatorName: String?
    public var licence: String?

    public enum Kind: String, Sendable, Codable, Hashable {
        case water, air
    }

    public init(
        id: String, name: LocalizedText, country: String? = nil, waterBody: String? = nil,
        waterBodyKind: WaterQualityStandard.WaterBody = .river, kind: Kind = .water,
        latitude: Double? = nil, longitude: Double? = nil, locationApproximate: Bool = false,
        locationNote: String? = nil, timeZone: String = "UTC", operatorName: String? = nil, licence: String? = nil
    ) {
        self.id = id
        self.name = name
        self.country = country
        self.waterBody = waterBody
        self.waterBodyKind = waterBodyKind
        self.kind = kind
        self.latitude = latitude
        self.longitude = longitude
        self.locationApproximate = locationApproximate
        self.locationNote = locationNote
        self.timeZone = timeZone
        self.operatorName = operatorName
        self.licence = licence
    }
}
