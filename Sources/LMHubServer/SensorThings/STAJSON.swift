import Foundation
import LMHubCore
import Hummingbird

/// A JSON value, the shape every SensorThings body is built in before encoding: entities are objects whose
/// keys `$select` may drop and `$expand` may add to, so they are kept as data rather than fixed structs.
/// Encoded through the request context's encoder (sorted keys), as `application/json`.
enum STAJSON: Sendable, Equatable, ResponseEncodable {
    case string(String)
    case number(Double)
    case integer(Int64)
    case bool(Bool)
    case null
    case array([STAJSON])
    case object([String: STAJSON])

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case let .string(value): try container.encode(value)
        case let .number(value): try container.encode(value)
        case let .integer(value): try container.encode(value)
        case let .bool(value): try container.encode(value)
        case .null: try container.encodeNil()
        case let .array(values): try container.encode(values)
        case let .object(values): try container.encode(values)
        }
    }

    /// `value` as a string, `null` when `nil`.
    static func text(_ value: String?) -> STAJSON { value.map(STAJSON.string) ?? .null }

    /// The member `key` of an object, `nil` otherwise.
    subscript(key: String) -> STAJSON? {
        if case let .object(members) = self { members[key] } else { nil }
    }
}

/// ISO 8601 UTC times of SensorThings bodies and `$filter` literals (OGC 18-088 §8.2: `TM_Instant` as ISO 8601).
enum STATime {
    /// `millis` (epoch milliseconds) as `2014-12-01T03:00:00Z`, with `.sss` only when the milliseconds are not zero.
    static func text(millis: Int64) -> String {
        let date = Date(timeIntervalSince1970: Double(millis) / 1000)
        let style = millis % 1000 == 0 ? Date.ISO8601FormatStyle() : Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        return date.formatted(style)
    }

    /// Epoch milliseconds of an ISO 8601 date-time (`2010-01-01T00:00:00Z`, offset or fraction allowed) or date
    /// (`2010-01-01`, midnight UTC); `nil` if `text` is neither.
    static func millis(_ text: String) -> Int64? {
        let strategies: [Date.ISO8601FormatStyle] = [
            Date.ISO8601FormatStyle(), Date.ISO8601FormatStyle(includingFractionalSeconds: true),
            Date.ISO8601FormatStyle().year().month().day(),
        ]
        // The parser rolls impossible days over (2018-02-30 → 2018-03-02); the calendar date must exist as written.
        guard text.count >= 10, LocalDate.date(String(text.prefix(10))) != nil else { return nil }
        for style in strategies {
            if let date = try? style.parse(text) { return Int64((date.timeIntervalSince1970 * 1000).rounded()) }
        }
        return nil
    }
}
