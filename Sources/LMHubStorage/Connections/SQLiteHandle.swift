import SQLiteNIO
import VaporCSQLite

/// The `sqlite3` handle of an sqlite-nio connection, for the one thing the driver cannot do: keep a prepared
/// statement across calls (``SQLiteObservationInsert``). sqlite-nio keeps the handle in an internal property
/// (`handle.raw`, sqlite-nio 1.x); it is read by reflection. A version of the driver that moves it makes
/// ``of(_:)`` throw, which the storage tests catch before any import meets it.
enum SQLiteHandle {
    /// The handle of `connection`.
    /// - Throws: ``Failure`` when the driver's connection has no `handle.raw` (another sqlite-nio layout).
    static func of(_ connection: SQLiteConnection) throws -> OpaquePointer {
        guard let raw = Mirror(reflecting: connection).descendant("handle", "raw"), let handle = raw as? OpaquePointer else {
            throw Failure(code: SQLITE_MISUSE, message: "this sqlite-nio version keeps its connection handle elsewhere; the import cannot bind rows directly")
        }
        return handle
    }

    /// `SQLITE_TRANSIENT`: SQLite copies a bound text before the call returns.
    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// An SQLite result code other than success, with the connection's message.
    struct Failure: Error, CustomStringConvertible {
        let code: Int32
        let message: String
        var description: String { "SQLite error \(code): \(message)" }
    }
}
