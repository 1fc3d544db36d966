import Crypto
import Foundation
import SQLKit

/// What an assessment document holds: an SDG database edition, a Freshwater Health Index assessment, a carbon
/// project. Each is stored whole, as the JSON its area's Core type encodes to.
public enum DocumentKind: String, Sendable, CaseIterable, Codable {
    case sdgEdition = "sdg-edition"
    case fhiAssessment = "fhi-assessment"
    case carbonProject = "carbon-project"
}

/// One stored document without its content: what lists show.
public struct DocumentSummary: Sendable, Hashable, Codable {
    public let kind: DocumentKind
    public let id: String
    public let title: String
    /// The date the document is about (an edition's year, an assessment's date), as the area writes it.
    public let asOf: String
    /// SHA-256 of `content`, hex.
    public let sha256: String
    /// Milliseconds since 1970 of the last write.
    public let storedAt: Int64
}

/// What storing a document did.
public enum DocumentStoreOutcome: String, Sendable {
    /// There was no document of that kind and id.
    case stored
    /// The same content was stored already: nothing changed.
    case unchanged
    /// Other content of that kind and id was replaced (only when asked).
    case replaced
}

/// A document write that cannot be made.
public enum DocumentStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Other content is stored under the kind and id, and replacing was not asked for.
    case conflict(kind: DocumentKind, id: String)
    case notFound(kind: DocumentKind, id: String)

    public var description: String {
        switch self {
        case let .conflict(kind, id): "a different \(kind.rawValue) '\(id)' is stored already; replace it explicitly or store under another id"
        case let .notFound(kind, id): "no \(kind.rawValue) '\(id)'"
        }
    }
}

/// The `assessment_documents` table (migration 5): one row per kind and id, the content as JSON text with
/// its SHA-256, so storing the same document again changes nothing. Every write advances the store revision.
extension LMHubStore {
    /// Stores `content` (JSON) under `kind` and `id`.
    /// - Returns: ``DocumentStoreOutcome/unchanged`` when the same content is stored already.
    /// - Throws: ``DocumentStoreError/conflict(kind:id:)`` when other content is stored and `replace` is `false`.
    @discardableResult
    public func storeDocument(_ kind: DocumentKind, id: String, title: String, asOf: String, content: String,
                              replace: Bool = false) async throws -> DocumentStoreOutcome {
        let digest = SHA256.hash(data: Data(content.utf8)).map { String(format: "%02x", $0) }.joined()
        let stored = try await documentSummary(kind, id: id)
        if stored?.sha256 == digest { return .unchanged }
        if stored != nil, !replace { throw DocumentStoreError.conflict(kind: kind, id: id) }
        return try await write { db in
            try await db.delete(from: "assessment_documents").where("kind", .equal, kind.rawValue).where("id", .equal, id).run()
            try await db.insert(into: "assessment_documents")
                .columns("kind", "id", "title", "as_of", "sha256", "content", "stored_at")
                .values(SQLBind(kind.rawValue), SQLBind(id), SQLBind(title), SQLBind(asOf), SQLBind(digest), SQLBind(content), SQLBind(Self.now()))
                .run()
            return stored == nil ? .stored : .replaced
        }
    }

    /// The documents of `kind`, by `asOf` then id.
    public func documents(_ kind: DocumentKind) async throws -> [DocumentSummary] {
        try await summaries.where("kind", .equal, kind.rawValue).orderBy("as_of").orderBy("id").all(decoding: SummaryRow.self).map(\.summary)
    }

    /// One document's summary, `nil` when there is none.
    public func documentSummary(_ kind: DocumentKind, id: String) async throws -> DocumentSummary? {
        try await summaries.where("kind", .equal, kind.rawValue).where("id", .equal, id).first(decoding: SummaryRow.self)?.summary
    }

    /// One document's content, `nil` when there is none.
    public func documentContent(_ kind: DocumentKind, id: String) async throws -> String? {
        try await db.select().column("content").from("assessment_documents")
            .where("kind", .equal, kind.rawValue).where("id", .equal, id)
            .first(decodingColumn: "content", as: String.self)
    }

    /// Deletes one document. - Throws: ``DocumentStoreError/notFound(kind:id:)``.
    public func deleteDocument(_ kind: DocumentKind, id: String) async throws {
        guard try await documentSummary(kind, id: id) != nil else { throw DocumentStoreError.notFound(kind: kind, id: id) }
        try await write { db in
            try await db.delete(from: "assessment_documents").where("kind", .equal, kind.rawValue).where("id", .equal, id).run()
        }
    }

    private var summaries: SQLSelectBuilder {
        db.select().columns("kind", "id", "title", "as_of", "sha256", "stored_at").from("assessment_documents")
    }

    private struct SummaryRow: Decodable {
        let kind: String, id: String, title: String, as_of: String, sha256: String, stored_at: Int64
        var summary: DocumentSummary {
            DocumentSummary(kind: DocumentKind(rawValue: kind) ?? .sdgEdition, id: id, title: title, asOf: as_of, sha256: sha256, storedAt: stored_at)
        }
    }

    /// Migration 5's table.
    static func createDocumentTable(on db: any SQLDatabase) async throws {
        try await db.create(table: "assessment_documents")
            .column("kind", type: .text, .notNull)
            .column("id", type: .text, .notNull)
            .column("title", type: .text, .notNull)
            .column("as_of", type: .text, .notNull)
            .column("sha256", type: .text, .notNull)
            .column("content", type: .text, .notNull)
            .column("stored_at", type: .bigint, .notNull)
            .primaryKey("kind", "id")
            .run()
    }
}
