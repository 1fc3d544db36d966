/// How the hub runs: where it listens, and the database as logs show it.
public struct AppConfig: Sendable {
    public var host: String
    public var port: Int
    /// The database location with any password hidden (`LMHubStore.describe(_:)`), for the start-up line.
    public var database: String

    public init(host: String = "127.0.0.1", port: Int = 8080, database: String = "lmhub.sqlite") {
        self.host = host
        self.port = port
        self.database = database
    }
}
