/// How the hub runs: where it listens and which database it uses.
public struct AppConfig: Sendable {
    public var host: String
    public var port: Int
    /// Path of the SQLite file (`:memory:` for a throwaway database).
    public var databasePath: String
    /// Fill an empty database with the bundled real data on start.
    public var seed: Bool

    public init(host: String = "127.0.0.1", port: Int = 8080, databasePath: String = "lmhub.sqlite", seed: Bool = true) {
        self.host = host
        self.port = port
        self.databasePath = databasePath
        self.seed = seed
    }
}
