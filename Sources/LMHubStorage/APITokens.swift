import Crypto
import Foundation
import SQLKit

/// What a token may do: an editor creates and changes knowledge items; an admin also deletes them and reads
/// the audit log.
public enum APIRole: String, Sendable, Codable, CaseIterable {
    case editor, admin

    /// Whether this role may do what `needed` may.
    public func includes(_ needed: APIRole) -> Bool { self == .admin || needed == .editor }
}

/// An API token as stored: its name, role and times; the secret itself is never stored, only its SHA-256.
public struct APIToken: Sendable, Codable, Hashable {
    public let name: String
    public let role: APIRole
    public let createdAt: Date
    public let revokedAt: Date?

    /// The audit log's name for writes made with this token.
    public var actor: String { "token:\(name)" }
}

/// A token operation that cannot be done.
public enum APITokenError: Error, Sendable, CustomStringConvertible {
    case invalidName(String)
    case nameInUse(String)
    case notFound(String)
    case alreadyRevoked(String)

    public var description: String {
        switch self {
        case let .invalidName(name): "'\(name)' is not a token name; use 1–64 letters, digits, '.', '_' or '-'"
        case let .nameInUse(name): "a token named '\(name)' exists already (names of revoked tokens stay taken)"
        case let .notFound(name): "no token named '\(name)' ('lmhub token list' shows them)"
        case let .alreadyRevoked(name): "token '\(name)' is revoked already"
        }
    }
}

/// The `api_tokens` table. A new token is `lmh_` and 64 hex digits from the system's random source (256 bits);
/// it is shown once, and a request's bearer token is found by its SHA-256 (swift-crypto).
extension LMHubStore {
    /// Creates a token and returns its secret. - Throws: ``APITokenError``.
    public func createToken(name: String, role: APIRole) async throws -> String {
        guard (1...64).contains(name.count), name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }) else {
            throw APITokenError.invalidName(name)
        }
        var generator = SystemRandomNumberGenerator()
        let secret = "lmh_" + (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
        try await write { db in
            let taken = try await db.select().column("name").from("api_tokens").where("name", .equal, name).first() != nil
            if taken { throw APITokenError.nameInUse(name) }
            try await db.insert(into: "api_tokens").columns("name", "role", "token_hash", "created_at")
                .values(name, role.rawValue, Self.hash(secret), Self.now()).run()
        }
        return secret
    }

    /// Every token, active and revoked, by name.
    public func tokens() async throws -> [APIToken] {
        try await db.select().columns("name", "role", "created_at", "revoked_at").from("api_tokens").orderBy("name")
            .all(decoding: TokenRow.self).map(\.token)
    }

    /// Revokes the active token `name`. - Throws: ``APITokenError/notFound``, ``APITokenError/alreadyRevoked``.
    public func revokeToken(name: String) async throws {
        try await write { db in
            let row = try await db.select().columns("name", "role", "created_at", "revoked_at").from("api_tokens")
                .where("name", .equal, name).first(decoding: TokenRow.self)
            guard let token = row?.token else { throw APITokenError.notFound(name) }
            if token.revokedAt != nil { throw APITokenError.alreadyRevoked(name) }
            try await db.update("api_tokens").set("revoked_at", to: Self.now()).where("name", .equal, name).run()
        }
    }

    /// The active token whose secret is `secret`, or `nil` (unknown or revoked).
    public func token(secret: String) async throws -> APIToken? {
        try await db.select().columns("name", "role", "created_at", "revoked_at").from("api_tokens")
            .where("token_hash", .equal, Self.hash(secret)).where("revoked_at", .is, SQLLiteral.null)
            .first(decoding: TokenRow.self)?.token
    }

    static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

private struct TokenRow: Decodable {
    let name: String
    let role: String
    let created_at: Int64
    let revoked_at: Int64?

    var token: APIToken {
        APIToken(name: name, role: APIRole(rawValue: role) ?? .editor, createdAt: Date(timeIntervalSince1970: Double(created_at) / 1000),
                 revokedAt: revoked_at.map { Date(timeIntervalSince1970: Double($0) / 1000) })
    }
}
