import Foundation

/// What a quantity measures. Two units convert by a fixed ratio only within one dimension; across dimensions a
/// conversion needs a property of the thing measured (a fuel's density, its net calorific value) and is made by
/// ``ActivityConversion``, never by the unit.
public enum CarbonDimension: String, Sendable, Hashable, Codable, CaseIterable {
    case mass, energy, volume
    /// Mass moved over a distance (t·km).
    case freight
    case distance
    /// Distance driven by a vehicle (vehicle-km).
    case vehicleDistance = "vehicle distance"
    case area
    /// Pieces (nr), for factors declared per item (an EPD per bearing, per lamp).
    case count
    case time

    /// The base unit every unit of the dimension is expressed in.
    public var baseSymbol: String {
        switch self {
        case .mass: "kg"
        case .energy: "MJ"
        case .volume: "L"
        case .freight: "tkm"
        case .distance: "km"
        case .vehicleDistance: "vkm"
        case .area: "m2"
        case .count: "nr"
        case .time: "yr"
        }
    }
}

/// A unit of an activity quantity or of a factor's reference quantity: its symbol, dimension and size in the
/// dimension's base unit (kg, MJ, L, t·km, km, vehicle-km, m², nr, year).
///
/// The ratios are definitions (SI, the international yard and pound of 1959 for the mile and the short ton),
/// not data. US EPA freight factors are per short ton-mile: 0.90718474 t × 1.609344 km = 1.459972 t·km.
public struct CarbonUnit: Sendable, Hashable, Codable, CustomStringConvertible {
    public let symbol: String
    public let dimension: CarbonDimension
    /// How many base units one of this unit is.
    public let inBaseUnits: Double

    public var description: String { symbol }

    public static let gram = CarbonUnit(symbol: "g", dimension: .mass, inBaseUnits: 0.001)
    public static let kilogram = CarbonUnit(symbol: "kg", dimension: .mass, inBaseUnits: 1)
    public static let tonne = CarbonUnit(symbol: "t", dimension: .mass, inBaseUnits: 1000)
    public static let kilotonne = CarbonUnit(symbol: "kt", dimension: .mass, inBaseUnits: 1_000_000)
    public static let megajoule = CarbonUnit(symbol: "MJ", dimension: .energy, inBaseUnits: 1)
    public static let gigajoule = CarbonUnit(symbol: "GJ", dimension: .energy, inBaseUnits: 1000)
    public static let terajoule = CarbonUnit(symbol: "TJ", dimension: .energy, inBaseUnits: 1_000_000)
    public static let kilowattHour = CarbonUnit(symbol: "kWh", dimension: .energy, inBaseUnits: 3.6)
    public static let megawattHour = CarbonUnit(symbol: "MWh", dimension: .energy, inBaseUnits: 3600)
    public static let gigawattHour = CarbonUnit(symbol: "GWh", dimension: .energy, inBaseUnits: 3_600_000)
    public static let litre = CarbonUnit(symbol: "L", dimension: .volume, inBaseUnits: 1)
    public static let cubicMetre = CarbonUnit(symbol: "m3", dimension: .volume, inBaseUnits: 1000)
    public static let tonneKilometre = CarbonUnit(symbol: "tkm", dimension: .freight, inBaseUnits: 1)
    public static let shortTonMile = CarbonUnit(symbol: "short ton-mile", dimension: .freight, inBaseUnits: 0.90718474 * 1.609344)
    public static let kilometre = CarbonUnit(symbol: "km", dimension: .distance, inBaseUnits: 1)
    public static let metre = CarbonUnit(symbol: "m", dimension: .distance, inBaseUnits: 0.001)
    public static let mile = CarbonUnit(symbol: "mile", dimension: .distance, inBaseUnits: 1.609344)
    public static let vehicleKilometre = CarbonUnit(symbol: "vkm", dimension: .vehicleDistance, inBaseUnits: 1)
    public static let vehicleMile = CarbonUnit(symbol: "vehicle-mile", dimension: .vehicleDistance, inBaseUnits: 1.609344)
    public static let squareMetre = CarbonUnit(symbol: "m2", dimension: .area, inBaseUnits: 1)
    public static let hectare = CarbonUnit(symbol: "ha", dimension: .area, inBaseUnits: 10_000)
    public static let squareKilometre = CarbonUnit(symbol: "km2", dimension: .area, inBaseUnits: 1_000_000)
    public static let item = CarbonUnit(symbol: "nr", dimension: .count, inBaseUnits: 1)
    public static let year = CarbonUnit(symbol: "yr", dimension: .time, inBaseUnits: 1)

    /// Every unit LMHub reads, by its symbol.
    public static let all: [CarbonUnit] = [
        .gram, .kilogram, .tonne, .kilotonne, .megajoule, .gigajoule, .terajoule, .kilowattHour, .megawattHour, .gigawattHour,
        .litre, .cubicMetre, .tonneKilometre, .shortTonMile, .kilometre, .metre, .mile, .vehicleKilometre, .vehicleMile,
        .squareMetre, .hectare, .squareKilometre, .item, .year,
    ]

    /// Other spellings of the symbols, as files write them. Symbols with an SI prefix are matched exactly
    /// (`Mt` is not `mt`, `MJ` is not `mJ`); the words are matched without regard to case.
    static let aliases: [String: CarbonUnit] = [
        "tonne": .tonne, "tonnes": .tonne, "mg": .tonne, "gg": .kilotonne,
        "kwh": .kilowattHour, "mwh": .megawattHour, "gwh": .gigawattHour,
        "l": .litre, "litre": .litre, "litres": .litre, "liter": .litre, "liters": .litre, "m³": .cubicMetre,
        "t·km": .tonneKilometre, "t.km": .tonneKilometre, "t-km": .tonneKilometre, "t*km": .tonneKilometre,
        "tonne-km": .tonneKilometre, "tonne-kilometre": .tonneKilometre, "tonne-kilometer": .tonneKilometre,
        "short ton-mile": .shortTonMile, "short ton mile": .shortTonMile, "ton-mile": .shortTonMile,
        "vehicle-km": .vehicleKilometre, "vehicle-kilometre": .vehicleKilometre, "vehicle-mile": .vehicleMile,
        "m²": .squareMetre, "km²": .squareKilometre,
        "item": .item, "items": .item, "each": .item, "no": .item, "pcs": .item, "piece": .item, "pieces": .item,
        "year": .year, "years": .year, "a": .year,
    ]

    /// The unit written as `text` (its symbol or an alias), or `nil`.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let unit = Self.all.first(where: { $0.symbol == trimmed }) ?? Self.aliases[trimmed.lowercased()] {
            self = unit
        } else {
            return nil
        }
    }

    init(symbol: String, dimension: CarbonDimension, inBaseUnits: Double) {
        self.symbol = symbol
        self.dimension = dimension
        self.inBaseUnits = inBaseUnits
    }

    /// `value` of this unit in `other`, which must have the same dimension (`nil` otherwise).
    public func convert(_ value: Double, to other: CarbonUnit) -> Double? {
        guard other.dimension == dimension else { return nil }
        return value * inBaseUnits / other.inBaseUnits
    }

    /// Decodes a unit from its symbol or an alias (`"TJ"`, `"tonne-kilometer"`).
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let unit = CarbonUnit(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown unit '\(text)'; known: \(Self.known)"))
        }
        self = unit
    }

    /// Encodes the unit as its symbol.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(symbol)
    }

    /// The symbols LMHub reads, for error messages.
    public static var known: String { all.map(\.symbol).joined(separator: ", ") }
}
