import ArgumentParser
import Foundation
import LMHubStorage

/// `lmhub token create|list|revoke`: the API tokens that let editors and admins write to the knowledge hub.
struct Token: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create, list and revoke API tokens for writing to the knowledge hub.",
        subcommands: [Create.self, List.self, Revoke.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a token and print it once; only its SHA-256 is stored.")

        @Option(help: "A name for the token (who or what uses it): letters, digits, '.', '_', '-'.") var name: String
        @Option(help: "editor (create and change items) or admin (also delete items and read the audit log).") var role: APIRole
        @Option(help: DatabaseLocation.help) var database = DatabaseLocation.default

        func run() async throws {
            let secret = try await withStore(database) { try await $0.createToken(name: name, role: role) }
            print(secret)
            FileHandle.standardError.write(Data("token '\(name)' (\(role.rawValue)) created; it is shown only now: keep it, then send it as 'Authorization: Bearer <token>'\n".utf8))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List tokens: name, role, created, revoked.")

        @Option(help: DatabaseLocation.help) var database = DatabaseLocation.default

        func run() async throws {
            let tokens = try await withStore(database) { try await $0.tokens() }
            if tokens.isEmpty { print("no tokens; create one with 'lmhub token create --name NAME --role editor|admin'") }
            let format = Date.ISO8601FormatStyle()
            for token in tokens {
                let state = token.revokedAt.map { "revoked \(format.format($0))" } ?? "active"
                print("\(token.name)\t\(token.role.rawValue)\tcreated \(format.format(token.createdAt))\t\(state)")
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token: requests with it are refused from now on.")

        @Argument(help: "The token's name.") var name: String
        @Option(help: DatabaseLocation.help) var database = DatabaseLocation.default

        func run() async throws {
            try await withStore(database) { try await $0.revokeToken(name: name) }
            print("token '\(name)' revoked")
        }
    }
}

extension APIRole: ExpressibleByArgument {}

/// Opens the store at `location` — only an existing one unless `creating` (a token in a new, empty file would
/// reach no server) —, runs `work`, and closes it, also when `work` throws; store and token errors end the
/// command with their message.
func withStore<R>(_ location: String, creating: Bool = false, _ work: (LMHubStore) async throws -> R) async throws -> R {
    if !creating, !location.contains("://"), location != ":memory:", !FileManager.default.fileExists(atPath: location) {
        throw CommandFailed(message: "no database at \(location); give the hub's database with --database (the file 'lmhub serve' uses) or set LMHUB_DATABASE_URL")
    }
    let store: LMHubStore
    do { store = try await LMHubStore.open(location) } catch { throw CommandFailed(message: LMHubStore.describe(error: error)) }
    do {
        let result = try await work(store)
        try await store.close()
        return result
    } catch {
        try? await store.close()
        throw CommandFailed(message: LMHubStore.describe(error: error))
    }
}
