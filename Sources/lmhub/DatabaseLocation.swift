import ArgumentParser
import Foundation

/// The `--database` option every command shares: an SQLite file or a PostgreSQL URL, defaulting to
/// `LMHUB_DATABASE_URL` when set, else `lmhub.sqlite` in the working folder.
enum DatabaseLocation {
    static var `default`: String {
        ProcessInfo.processInfo.environment["LMHUB_DATABASE_URL"] ?? "lmhub.sqlite"
    }

    static let help: ArgumentHelp = "SQLite file, or postgres://user:password@host:port/database; LMHUB_DATABASE_URL sets the default."
}
