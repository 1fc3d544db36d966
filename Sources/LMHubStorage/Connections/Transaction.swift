import SQLKit

/// Runs work in one SQL transaction on one connection (the store's writer): commits when the work returns, rolls
/// back when it throws (or is cancelled), so a failed import or migration leaves nothing behind. On SQLite the
/// transaction takes the write lock at `BEGIN IMMEDIATE`, waiting there (`busy_timeout`) for another process's
/// write: a deferred transaction that read first could not write after another commit (`SQLITE_BUSY_SNAPSHOT`,
/// which SQLite does not wait out).
enum Transaction {
    static func run<R>(on db: any SQLDatabase, isolation: isolated (any Actor)? = #isolation, _ work: () async throws -> R) async throws -> R {
        try await db.raw(db.dialect.name == "sqlite" ? "BEGIN IMMEDIATE" : "BEGIN").run()
        do {
            let result = try await work()
            try await db.raw("COMMIT").run()
            return result
        } catch {
            try? await db.raw("ROLLBACK").run()
            throw error
        }
    }
}
