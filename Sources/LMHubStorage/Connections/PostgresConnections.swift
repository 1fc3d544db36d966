import Logging
import PostgresKit
import Synchronization

extension StoreConnections {
    /// Reader connections at most, on PostgreSQL.
    static let postgresReaders = 8

    /// The pools of a PostgreSQL store described by `configuration` (parsed from the store's URL), in the schema
    /// `searchPath` when given: a writer pool of one connection and a reader pool whose connections start in
    /// read-only mode (`default_transaction_read_only`). Connections are made on first use; the pools run until
    /// `close`. Every connection is named `lmhub` (and the schema) in `application_name`, as
    /// `pg_stat_activity` shows it.
    static func postgres(_ configuration: SQLPostgresConfiguration, searchPath: String?, logger: Logger) -> StoreConnections {
        let name = ("application_name", "lmhub" + (searchPath.map { " " + $0 } ?? ""))
        let schema = [name] + (searchPath.map { [("search_path", "\"\($0)\"")] } ?? [])
        let writer = PostgresClient(configuration: clientConfiguration(configuration, connections: 1, startup: schema), backgroundLogger: logger)
        let readers = PostgresClient(configuration: clientConfiguration(configuration, connections: postgresReaders,
                                                                         startup: schema + [("default_transaction_read_only", "on")]),
                                     backgroundLogger: logger)
        // Started at once, so that no lease comes before the pools run.
        let running = [Task.immediate { await writer.run() }, Task.immediate { await readers.run() }]
        let usage = ReaderCount()
        let template = PostgresConnection.defaultEventLoopGroup.any()
        let reader = LeasedDatabase(logger: logger, eventLoop: template, dialect: PostgresDialect()) { work in
            try await usage.counting { try await readWithOneRetry(readers, work) }
        }
        return StoreConnections(reader: reader, writer: .client(writer, watch: LostConnectionWatch()), readerUsage: { usage.usage }) {
            for task in running { task.cancel() }
            for task in running { await task.value }
        }
    }

    /// Runs a read; when the connection it was given turns out closed by the server (a terminated backend,
    /// a restart), once more on a new one: a read changes nothing, so running it again is safe.
    private static func readWithOneRetry(_ readers: PostgresClient, _ work: @Sendable (any SQLDatabase) async throws -> Void) async throws {
        do {
            try await readers.withConnection { try await work($0.sql(queryLogLevel: nil)) }
        } catch let error as PSQLError where [.serverClosedConnection, .connectionError].contains(error.code) {
            try await readers.withConnection { try await work($0.sql(queryLogLevel: nil)) }
        }
    }

    private static func clientConfiguration(_ url: SQLPostgresConfiguration, connections: Int, startup: [(String, String)]) -> PostgresClient.Configuration {
        let core = url.coreConfiguration
        var configuration: PostgresClient.Configuration
        if let socket = core.unixSocketPath {
            configuration = .init(unixSocketPath: socket, username: core.username, password: core.password, database: core.database)
        } else {
            let tls: PostgresClient.Configuration.TLS = core.tls.isEnforced ? .require(.makeClientConfiguration())
                : core.tls.isAllowed ? .prefer(.makeClientConfiguration()) : .disable
            configuration = .init(host: core.host ?? "localhost", port: core.port ?? 5432, username: core.username,
                                  password: core.password, database: core.database, tls: tls)
        }
        configuration.options.maximumConnections = connections
        configuration.options.minimumConnections = 0
        configuration.options.additionalStartupParameters = startup
        return configuration
    }
}

/// Reads in flight on the PostgreSQL reader pool; those beyond its size wait for a connection.
private final class ReaderCount: Sendable {
    private let inFlight = Mutex(0)

    var usage: (lent: Int, waiting: Int) {
        let count = inFlight.withLock { $0 }
        return (min(count, StoreConnections.postgresReaders), max(0, count - StoreConnections.postgresReaders))
    }

    func counting<R>(_ work: () async throws -> R) async throws -> R {
        inFlight.withLock { $0 += 1 }
        defer { inFlight.withLock { $0 -= 1 } }
        return try await work()
    }
}
