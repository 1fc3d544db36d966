import Foundation
import Hummingbird
import LMHubCore

/// The query of `GET /ogc/collections/{collectionId}/items` (OGC 17-069r4 §7.15.2–7.15.4), read and checked:
/// - `limit` (§7.15.3): 1…, default 10; more than 1000 is served as 1000 (Requirement /req/core/fc-limit-response-1);
/// - `offset`: 0…, the position of the page's first feature among those matched (the `next` links carry it);
/// - `bbox` (§7.15.3): `minLon,minLat,maxLon,maxLat` in CRS84 (or the six numbers of a 3D box, whose heights
///   are ignored); `minLon > maxLon` is a box across the antimeridian; features without a geometry never match;
/// - `datetime` (§7.15.4): an RFC 3339 instant (``span(_:)``) or interval `start/end` with `..` (or nothing) for
///   an open end, not both; a date `YYYY-MM-DD` stands for its UTC day;
/// - `f`: `json` (or `geojson`), the only encoding.
///
/// Any other parameter, and a malformed value, is a 400 (Requirements /req/core/query-param-unknown and
/// /req/core/query-param-invalid).
struct OGCItemsQuery: Sendable, Equatable {
    static let defaultLimit = 10
    static let maximumLimit = 1000
    static let known: Set<String> = ["limit", "offset", "bbox", "datetime", "f"]

    var limit = Self.defaultLimit
    var offset = 0
    /// `[minLon, minLat, maxLon, maxLat]`.
    var bbox: [Double]?
    var datetime: ClosedRange<Date>?
    /// The query's own `bbox` and `datetime` text, repeated in `self`/`next`/`prev` links.
    var bboxText: String?
    var datetimeText: String?

    init() {}

    /// - Throws: ``ServiceError/badRequest(_:)`` naming the parameter and what it must be.
    init(_ request: Request) throws {
        for pair in (request.uri.query ?? "").split(separator: "&") {
            let name = String(pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]).removingPercentEncoding ?? ""
            guard Self.known.contains(name) else {
                throw ServiceError.badRequest("unknown query parameter '\(name)'; items take \(Self.known.sorted().joined(separator: ", "))")
            }
        }
        try self.init(limit: request.queryValue("limit"), offset: request.queryValue("offset"), bbox: request.queryValue("bbox"),
                      datetime: request.queryValue("datetime"), format: request.queryValue("f"))
    }

    init(limit: String?, offset: String?, bbox: String?, datetime: String?, format: String?) throws {
        if let format { try Self.checkFormat(format) }
        if let limit {
            guard let value = Int(limit), value >= 1 else { throw ServiceError.badRequest("'limit' must be a whole number from 1 to \(Self.maximumLimit), not '\(limit)'") }
            self.limit = min(value, Self.maximumLimit)
        }
        if let offset {
            guard let value = Int(offset), value >= 0 else { throw ServiceError.badRequest("'offset' must be a whole number from 0, not '\(offset)'") }
            self.offset = value
        }
        if let bbox {
            self.bbox = try Self.box(bbox)
            bboxText = bbox
        }
        if let datetime {
            self.datetime = try Self.interval(datetime)
            datetimeText = datetime
        }
    }

    /// Accepts `f=json`/`geojson`, the encodings `/ogc` has.
    /// - Throws: ``ServiceError/badRequest(_:)`` for any other.
    static func checkFormat(_ format: String) throws {
        guard ["json", "geojson"].contains(format.lowercased()) else {
            throw ServiceError.badRequest("'f' must be json (the only encoding /ogc serves), not '\(format)'")
        }
    }

    static func box(_ text: String) throws -> [Double] {
        let numbers = text.split(separator: ",", omittingEmptySubsequences: false).map { Double($0.trimmingCharacters(in: .whitespaces)) }
        let message = "'bbox' must be minLon,minLat,maxLon,maxLat in degrees (CRS84), not '\(text)'"
        guard numbers.count == 4 || numbers.count == 6, numbers.allSatisfy({ $0?.isFinite == true }) else { throw ServiceError.badRequest(message) }
        let values = numbers.compactMap { $0 }
        let box = values.count == 4 ? values : [values[0], values[1], values[3], values[4]]
        guard box[1] <= box[3], [box[1], box[3]].allSatisfy({ (-90...90).contains($0) }), [box[0], box[2]].allSatisfy({ (-180...180).contains($0) }) else {
            throw ServiceError.badRequest(message + "; latitudes lie in −90…90 with minLat ≤ maxLat, longitudes in −180…180")
        }
        return box
    }

    static func interval(_ text: String) throws -> ClosedRange<Date> {
        let message = "'datetime' must be an RFC 3339 time such as 2014-12-01T00:00:00Z or an interval start/end with .. for an open end, not '\(text)'"
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard (1...2).contains(parts.count) else { throw ServiceError.badRequest(message) }
        if parts.count == 1 {
            guard let span = span(parts[0]) else { throw ServiceError.badRequest(message) }
            return span
        }
        let open = { (part: String) in part.isEmpty || part == ".." }
        guard !(open(parts[0]) && open(parts[1])) else { throw ServiceError.badRequest(message) }
        guard let start = open(parts[0]) ? Date.distantPast : span(parts[0])?.lowerBound,
              let end = open(parts[1]) ? Date.distantFuture : span(parts[1])?.upperBound else { throw ServiceError.badRequest(message) }
        guard start <= end else { throw ServiceError.badRequest("'datetime' starts after it ends: '\(text)'") }
        return start...end
    }

    /// An RFC 3339 `full-date` `YYYY-MM-DD` (its UTC day) or `date-time` `YYYY-MM-DDTHH:MM:SS[.fraction]` with `Z`
    /// or `±HH:MM` (an instant), naming a day the Gregorian calendar has (year 0001 on); `nil` for any other text.
    /// Read here rather than by `Date.ISO8601FormatStyle`, which also takes hours past 23, days past the month's
    /// end and offsets without a colon, so the server takes exactly what the OpenAPI document's pattern allows.
    static func span(_ text: String) -> ClosedRange<Date>? {
        let form = #/([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(\.[0-9]+)?(?:Z|([+-])([01][0-9]|2[0-3]):([0-5][0-9])))?/#
        guard let match = text.wholeMatch(of: form) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let components = DateComponents(year: Int(match.1), month: Int(match.2), day: Int(match.3))
        guard components.isValidDate(in: calendar), let day = calendar.date(from: components) else { return nil }
        guard let hour = match.4.flatMap({ Int($0) }), let minute = Int(match.5 ?? ""), let second = Int(match.6 ?? "") else {
            return day...day.addingTimeInterval(86_400 - 0.001)
        }
        let fraction = match.7.flatMap { Double("0" + $0) } ?? 0
        let offset = (Int(match.9 ?? "") ?? 0) * 3_600 + (Int(match.10 ?? "") ?? 0) * 60
        let instant = day.addingTimeInterval(Double(hour * 3_600 + minute * 60 + second - (match.8 == "-" ? -offset : offset)) + fraction)
        return instant...instant
    }

    /// Whether `record` lies in the box and the interval asked for.
    func matches(_ record: OGCFeatureRecord) -> Bool {
        if let bbox {
            guard let point = record.feature.geometry, (bbox[1]...bbox[3]).contains(point.latitude) else { return false }
            let inLongitude = bbox[0] <= bbox[2] ? (bbox[0]...bbox[2]).contains(point.longitude)
                : point.longitude >= bbox[0] || point.longitude <= bbox[2]
            guard inLongitude else { return false }
        }
        if let datetime {
            guard let time = record.time, time.overlaps(datetime) else { return false }
        }
        return true
    }

    /// The query of a link to the page at `offset` with the same filters.
    func linkQuery(offset: Int) -> [(String, String)] {
        [("limit", String(limit)), ("offset", offset == 0 ? "" : String(offset)), ("bbox", bboxText ?? ""), ("datetime", datetimeText ?? "")]
    }
}
