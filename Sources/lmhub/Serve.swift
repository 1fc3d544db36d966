import Foundation
import ArgumentParser
import Hummingbird
import LMHubServer
import LMHubStorage
import Logging

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start the hub: web pages and JSON API over an SQLite or PostgreSQL database, migrated and filled with the bundled data on first start."
    )

    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on (1–65535).") var port = 8080
    @Option(help: DatabaseLocation.help) var database = DatabaseLocation.default
    @Option(help: "Least severe log level written: trace, debug, info (one line a request), notice, warning, error or critical.")
    var logLevel = "info"
    @Option(help: "Log lines as text, or as one JSON object a line (json) for log collectors.") var logFormat = LogFormat.text

    enum LogFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("--port must be between 1 and 65535, not \(port)") }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("--log-level must be one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")), not '\(logLevel)'")
        }
    }

    func run() async throws {
        let level = Logger.Level(rawValue: logLevel) ?? .info
        let format = logFormat
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler = format == .json ? JSONLogHandler(label: label) : StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "lmhub")
        HubMetrics.bootstrap()
        let store = try await LMHubStore.open(database)
        store.whenConnectionLost {
            logger.critical("the database server closed the connection of a write in flight (\(LMHubStore.describe(database))); stopping, so that a supervisor starts the hub again (the server rolled the write back)")
            Foundation.exit(1)
        }
        if let summary = try await Seed.fillIfEmpty(store) {
            logger.info("filled \(LMHubStore.describe(database)) with the bundled data: the MRC samples (\(summary.stored) observations from \(summary.rowsRead) rows) and the US Embassy Hanoi PM2.5 of 2018")
        }
        let app = try buildApplication(config: AppConfig(host: host, port: port, database: LMHubStore.describe(database)), store: store)
        do {
            try await app.runService()
        } catch {
            try? await store.close()
            throw ServeFailed(message: "\(error)\nCannot listen on \(host):\(port); is another server using it? Try --port with another number.")
        }
        try await store.close()
    }
}

/// The hub could not start listening.
struct ServeFailed: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
