/// A scalar GeoJSON feature property (RFC 7946 §3.2 allows any JSON; the hub keeps properties flat so that
/// GIS clients such as GDAL/QGIS read each one as a column): text, a number, a whole number, a flag, or `null`.
enum GeoJSONValue: Sendable, Hashable, Encodable {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case null

    /// `.string(text)`, or `.null` for `nil`.
    static func text(_ text: String?) -> GeoJSONValue { text.map(GeoJSONValue.string) ?? .null }

    /// The number, if the value is one (an integer read as a `Double`).
    var number: Double? {
        switch self {
        case let .number(value): value
        case let .integer(value): Double(value)
        default: nil
        }
    }

    /// The text, if the value is a string.
    var string: String? {
        if case let .string(text) = self { return text }
        return nil
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case let .string(text): try container.encode(text)
        case let .number(value): try container.encode(value)
        case let .integer(value): try container.encode(value)
        case let .bool(flag): try container.encode(flag)
        case .null: try container.encodeNil()
        }
    }
}
