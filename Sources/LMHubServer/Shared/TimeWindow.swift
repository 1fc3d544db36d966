import Foundation
import Hummingbird
import LMHubIngest

/// The `from` and `to` of a series request, read in a station's zone: `YYYY-MM-DD` (the local day: its start,
/// or its end for `to`) or an ISO 8601 time (in the station's zone unless it carries `Z` or an offset).
struct TimeWindow: Sendable {
    var from: Date?
    var to: Date?

    /// - Throws: ``ServiceError/badRequest(_:)`` for a value that is neither form, or `from` later than `to`.
    init(_ request: Request, zone: TimeZone) throws {
        from = try Self.time(request.queryValue("from"), "from", end: false, zone: zone)
        to = try Self.time(request.queryValue("to"), "to", end: true, zone: zone)
        if let from, let to, from > to { throw ServiceError.badRequest("'from' is later than 'to'") }
    }

    func contains(_ time: Date) -> Bool {
        (from.map { time >= $0 } ?? true) && (to.map { time <= $0 } ?? true)
    }

    static func time(_ text: String?, _ name: String, end: Bool, zone: TimeZone) throws -> Date? {
        guard let text, !text.isEmpty else { return nil }
        guard let (date, dateOnly) = StrictTime.parse(text, zone: zone) else {
            throw ServiceError.badRequest("'\(name)' must be a date YYYY-MM-DD or an ISO 8601 time such as 2010-01-01T00:00:00Z, not '\(text)'")
        }
        return dateOnly && end ? date.addingTimeInterval(86_400 - 0.001) : date
    }
}
