import Foundation
import Logging
import PostgresKit

extension LMHubStore {
    /// Connects to the PostgreSQL database at `url` (`postgres://user:password@host:port/database`, TLS as
    /// `?tlsmode=disable|prefer|require`, default `prefer`) and applies any pending migrations, in the
    /// schema `searchPath` when given (the tests use one schema each).
    /// - Throws: ``StorageError/cannotOpen`` with the server's message: refused connection, wrong password,
    ///   unknown database.
    public static func openPostgres(url: String, searchPath: String? = nil, logger: Logger = Logger(label: "lmhub.storage")) async throws -> LMHubStore {
        let connection: PostgresConnection
        do {
            let configuration = try SQLPostgresConfiguration(url: url)
            connection = try await PostgresConnection.connect(configuration: configuration.coreConfiguration, id: 1, logger: logger)
        } catch {
            throw StorageError.cannotOpen(path: url, reason: StorageError.reason(error))
        }
        let store = LMHubStore(db: connection.sql(queryLogLevel: nil)) { try await connection.close() }
        let settings = searchPath.map { ["CREATE SCHEMA IF NOT EXISTS \"\($0)\"", "SET search_path TO \"\($0)\""] } ?? []
        return try await store.prepared(location: url, settings: settings)
    }
}

/// Database locations that name a PostgreSQL server.
enum PostgresLocation {
    static func isPostgres(_ location: String) -> Bool {
        ["postgres://", "postgresql://", "postgres+tcp://", "postgres+uds://", "postgresql+uds://"].contains { location.hasPrefix($0) }
    }

    /// The location with any password replaced by `***`, for messages and logs.
    static func redacted(_ location: String) -> String {
        guard isPostgres(location), var parts = URLComponents(string: location), parts.password != nil else { return location }
        parts.password = "***"
        return parts.string ?? location
    }
}
