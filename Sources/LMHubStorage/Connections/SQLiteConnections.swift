import Logging
import SQLiteKit

extension StoreConnections {
    /// Reader connections on an SQLite file.
    static let sqliteReaders = 4

    /// The writer on `path` (`:memory:` for a throwaway database); the caller applies its settings and migrations.
    /// - Throws: SQLite's error when the file cannot be opened.
    static func openSQLiteWriter(path: String, logger: Logger) async throws -> SQLiteConnection {
        try await SQLiteConnection.open(storage: path == ":memory:" ? .memory : .file(path: path), logger: logger)
    }

    /// The connections of an SQLite store whose `writer` is open and migrated: read-only readers on the same
    /// file (`PRAGMA query_only`), or none for `:memory:`, where reads run on the writer.
    static func sqlite(path: String, writer: SQLiteConnection, logger: Logger) async throws -> StoreConnections {
        let writerDB = writer.sql(queryLogLevel: nil)
        guard path != ":memory:" else {
            return StoreConnections(reader: writerDB, writer: .connection(writer), readerUsage: { (0, 0) }) {
                try await writer.close()
            }
        }
        var readers: [SQLiteConnection] = []
        do {
            for _ in 0..<sqliteReaders {
                let reader = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
                readers.append(reader)
                for setting in readerPragmas { try await reader.sql(queryLogLevel: nil).raw(SQLQueryString(setting)).run() }
            }
        } catch {
            for reader in readers { try? await reader.close() }
            throw error
        }
        let lease = AsyncLease(readers.map { $0.sql(queryLogLevel: nil) })
        let reader = LeasedDatabase(like: writerDB) { work in try await lease.with { try await work($0) } }
        return StoreConnections(reader: reader, writer: .connection(writer), readerUsage: { lease.usage }) { [readers] in
            for reader in readers { try? await reader.close() }
            try await writer.close()
        }
    }

    /// Reader settings: no writes (a write on a reader is a programming error, refused by SQLite), a wait for
    /// the writer's checkpoint instead of an error, temporary tables in memory, a 16 MiB page cache each.
    static let readerPragmas = [
        "PRAGMA query_only = ON", "PRAGMA busy_timeout = 5000", "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -16384",
    ]
}
