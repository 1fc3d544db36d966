import Foundation
import Hummingbird

/// The paging of every list and series of the API: `limit` (1 to the route's documented maximum) and a
/// `cursor` taken from the previous page's `next` link. Lists also take `offset`. A cursor is opaque to clients
/// (base64url): an offset for lists, the last (time, parameter) key for time series, so that a series pages in
/// the store by key and a page never repeats or skips a row when rows arrive meanwhile.
struct Paging: Sendable {
    /// Where a page starts.
    enum Position: Sendable, Equatable {
        /// The first page.
        case start
        /// Past this many rows of a list.
        case offset(Int)
        /// After this time (epoch milliseconds, UTC) and parameter code of a series.
        case after(millis: Int64, key: String)
    }

    let limit: Int
    let position: Position

    /// The limits of a kind of route: `defaultLimit` when `limit` is absent, at most `maximum`.
    struct Limits: Sendable {
        let defaultLimit: Int
        let maximum: Int

        /// Stations, standards, assessments, AQI and observation series: 1,000 a page, at most 10,000.
        static let series = Limits(defaultLimit: 1_000, maximum: 10_000)
        /// Hub items and the audit log: 20 a page, at most 100 (items carry every language's text).
        static let documents = Limits(defaultLimit: 20, maximum: 100)
        /// The audit log: 50 entries a page, at most 500.
        static let audit = Limits(defaultLimit: 50, maximum: 500)
    }

    /// Reads `limit`, `cursor` and `offset` from `request`.
    /// - Throws: ``ServiceError/badRequest(_:)`` naming the parameter, its range, or a cursor this route did not make.
    init(_ request: Request, _ limits: Limits) throws {
        if let text = request.queryValue("limit") {
            guard let number = Int(text), (1...limits.maximum).contains(number) else {
                throw ServiceError.badRequest("'limit' must be a whole number 1–\(limits.maximum), not '\(text)'")
            }
            limit = number
        } else {
            limit = limits.defaultLimit
        }
        let offset = try request.queryValue("offset").map { text in
            guard let number = Int(text), (0...Int(Int32.max)).contains(number) else {
                throw ServiceError.badRequest("'offset' must be a whole number 0 or more, not '\(text)'")
            }
            return number
        }
        if let cursor = request.queryValue("cursor") {
            guard offset == nil else { throw ServiceError.badRequest("give 'cursor' or 'offset', not both") }
            guard let position = Self.decode(cursor) else {
                throw ServiceError.badRequest("'cursor' must be the value of a previous page's next link, not '\(cursor)'")
            }
            self.position = position
        } else {
            position = offset.map { $0 == 0 ? .start : .offset($0) } ?? .start
        }
    }

    init(limit: Int, position: Position = .start) {
        self.limit = limit
        self.position = position
    }

    /// The offset of a list page.
    /// - Throws: ``ServiceError/badRequest(_:)`` for a series cursor given to a list.
    var offset: Int {
        get throws {
            switch position {
            case .start: return 0
            case let .offset(n): return n
            case .after: throw ServiceError.badRequest("this 'cursor' belongs to a time series, not to this list")
            }
        }
    }

    /// The series key a page starts after, `nil` on the first page.
    /// - Throws: ``ServiceError/badRequest(_:)`` for a list cursor given to a series.
    var after: (millis: Int64, key: String)? {
        get throws {
            switch position {
            case .start: return nil
            case let .after(millis, key): return (millis, key)
            case .offset: throw ServiceError.badRequest("a time series pages by 'cursor' from its next link, not by 'offset'")
            }
        }
    }

    /// The items of one page of a list of `all`, and the position of the next page when there is one.
    func page<T>(of all: [T]) throws -> (items: [T], next: Position?) {
        let start = min(try offset, all.count), end = min(start + limit, all.count)
        return (Array(all[start..<end]), end < all.count ? .offset(end) : nil)
    }

    static func encode(_ position: Position) -> String {
        let text: String
        switch position {
        case .start: text = "o:0"
        case let .offset(n): text = "o:\(n)"
        case let .after(millis, key): text = "t:\(millis):\(key)"
        }
        return Data(text.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func decode(_ cursor: String) -> Position? {
        var base64 = cursor.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8) else { return nil }
        let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        switch (parts.first, parts.count) {
        case ("o", 2): return Int(parts[1]).flatMap { $0 >= 0 ? .offset($0) : nil }
        case ("t", 3): return Int64(parts[1]).map { .after(millis: $0, key: String(parts[2])) }
        default: return nil
        }
    }
}

extension Request {
    /// This request's path and query with the page moved to `position` (`cursor` replaces `cursor` and `offset`),
    /// for `next` links in bodies and `Link` headers.
    func link(to position: Paging.Position) -> String {
        let kept = (uri.query ?? "").split(separator: "&").filter { pair in
            let name = pair.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            return name != "cursor" && name != "offset"
        }
        return uri.path + "?" + (kept.map(String.init) + ["cursor=" + Paging.encode(position)]).joined(separator: "&")
    }
}
