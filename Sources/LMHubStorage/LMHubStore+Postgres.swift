import Foundation
import Logging
import PostgresKit

extension LMHubStore {
    /// Connects to the PostgreSQL database at `url` (`postgres://user:password@host:port/database`, TLS as
    /// `?tlsmode=disable|prefer|require`, default `prefer`) and applies any pending migrations, in the
    /// schema `searchPath` when given (the tests use one schema each), on a first connection that is then closed;
    /// the store's own connections are pools (``StoreConnections``) made on first use.
    /// - Throws: ``StorageError/cannotOpen`` with the server's message: refused connection, wrong password,
    ///   unknown database.
    public static func openPostgres(url: String, searchPath: String? = nil, logger: Logger = Logger(label: "lmhub.storage")) async throws -> LMHubStore {
        let configuration: SQLPostgresConfiguration
        do {
            configuration = try SQLPostgresConfiguration(url: url)
        } catch {
            throw StorageError.cannotOpen(path: url, reason: "not a valid PostgreSQL URL; expected postgres://user:password@host:port/database[?tlsmode=disable|prefer|require], with special characters in the password percent-encoded")
        }
        do {
            let connection = try await PostgresConnection.connect(configuration: configuration.coreConfiguration, id: 1, logger: logger)
            let settings = searchPath.map { ["CREATE SCHEMA IF NOT EXISTS \"\($0)\"", "SET search_path TO \"\($0)\""] } ?? []
            try await prepare(connection.sql(queryLogLevel: nil), settings: settings) { try await connection.close() }
            try await connection.close()
        } catch {
            throw StorageError.cannotOpen(path: url, reason: StorageError.reason(error))
        }
        return LMHubStore(connections: .postgres(configuration, searchPath: searchPath, logger: logger))
    }
}

/// Database locations that name a PostgreSQL server.
enum PostgresLocation {
    static func isPostgres(_ location: String) -> Bool {
        ["postgres://", "postgresql://", "postgres+tcp://", "postgres+uds://", "postgresql+uds://"].contains { location.hasPrefix($0) }
    }

    /// The location with any password (`scheme://user:password@…`) replaced by `***`, for messages and
    /// logs; also for locations that do not parse as URLs.
    static func redacted(_ location: String) -> String {
        guard let scheme = location.range(of: "://"), let at = location[scheme.upperBound...].lastIndex(of: "@"),
              let colon = location[scheme.upperBound..<at].firstIndex(of: ":")
        else { return location }
        return location.replacingCharacters(in: location.index(after: colon)..<at, with: "***")
    }

    /// A location with a scheme (`name://`) that is not PostgreSQL's: not taken for an SQLite file name.
    static func isOtherURL(_ location: String) -> Bool {
        !isPostgres(location) && location.range(of: "^[A-Za-z][A-Za-z0-9+.-]*://", options: .regularExpression) != nil
    }
}
