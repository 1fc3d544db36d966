import Hummingbird
import Synchronization

/// The methods each route pattern of the router serves, recorded once the routes are registered, so that a
/// request for a known path with another method is answered 405 with `Allow` (RFC 9110 §15.5.6), not 404.
final class RouteMethods: Sendable {
    private let table = Mutex<[(pattern: [Substring], methods: [HTTPRequest.Method])]>([])

    /// Records the router's routes (`/api/v1/stations/{id}`, `GET`).
    func record(_ routes: [(path: String, method: HTTPRequest.Method)]) {
        let grouped = Dictionary(grouping: routes, by: \.path)
        table.withLock { table in
            table = grouped.map { path, list in
                let methods = Set(list.map(\.method) + (list.contains { $0.method == .get } ? [.head] : []))
                return (path.split(separator: "/"), methods.sorted { $0.rawValue < $1.rawValue })
            }
        }
    }

    /// The methods of the route `path` matches (a `{…}` or `*` segment matches any one segment, a final `**`
    /// any rest), `nil` for none. A route that serves `GET` serves `HEAD` too (``HeadMiddleware``).
    func allowed(at path: String) -> [HTTPRequest.Method]? {
        let parts = path.split(separator: "/")
        return table.withLock { table in
            table.first { Self.matches($0.pattern, parts) }?.methods
        }
    }

    private static func matches(_ pattern: [Substring], _ parts: [Substring]) -> Bool {
        if pattern.last == "**" { return parts.count >= pattern.count - 1 && matches(Array(pattern.dropLast()), Array(parts.prefix(pattern.count - 1))) }
        return pattern.count == parts.count && zip(pattern, parts).allSatisfy { $0.hasPrefix("{") || $0 == "*" || $0 == $1 }
    }
}
