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
                (path.split(separator: "/"), list.map(\.method).sorted { $0.rawValue < $1.rawValue })
            }
        }
    }

    /// The methods of the route `path` matches (a `{…}` segment matches any one segment), `nil` for none.
    func allowed(at path: String) -> [HTTPRequest.Method]? {
        let parts = path.split(separator: "/")
        return table.withLock { table in
            table.first { entry in
                entry.pattern.count == parts.count && zip(entry.pattern, parts).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
            }?.methods
        }
    }
}
