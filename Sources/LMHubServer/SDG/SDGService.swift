import Foundation
import LMHubCore
import LMHubIngest
import LMHubStorage

/// The SDG Index and Dashboards as the server computes them: from the SDR editions stored in the database
/// (`lmhub sdg import`), the bundled SDR 2023 database stored as `sdr-2023` the first time the SDG pages or API
/// are used on a store that does not have it. Each edition's report is computed once per store revision
/// (``ResultCache``).
struct SDGService: Sendable {
    let store: LMHubStore
    let cache: ResultCache
    let edition: SDREdition
    let review: SDGGroupReview

    init(store: LMHubStore, cache: ResultCache) throws {
        self.store = store
        self.cache = cache
        edition = try SDREdition.bundled()
        review = try SDGGroupReview.bundled()
    }

    /// One edition's report with what it was computed from.
    struct EditionReport: Sendable {
        let summary: DocumentSummary
        let stored: SDGStoredEdition
        let report: SDGReport
    }

    /// The stored editions, oldest first; the bundled one is stored first when it is not.
    func editions() async throws -> [DocumentSummary] {
        let stored = try await store.documents(.sdgEdition)
        if stored.contains(where: { $0.id == edition.id }) { return stored }
        try await seed()
        return try await store.documents(.sdgEdition)
    }

    /// The report of edition `id` (default: the bundled edition's id if stored, else the newest stored).
    /// - Throws: ``ServiceError/notFound(_:)`` for an edition not stored.
    func report(_ id: String?) async throws -> EditionReport {
        let all = try await editions()
        let chosen = id ?? (all.contains { $0.id == edition.id } ? edition.id : all.last?.id ?? edition.id)
        guard let summary = all.first(where: { $0.id == chosen }) else {
            throw ServiceError.notFound("no SDG edition '\(chosen)'; stored: \(all.map(\.id).joined(separator: ", "))")
        }
        return try await cache.value("sdg|\(summary.id)") { [store, edition] in
            guard let content = try await store.documentContent(.sdgEdition, id: summary.id) else {
                throw ServiceError.notFound("no SDG edition '\(summary.id)'")
            }
            let stored = try JSONDecoder().decode(SDGStoredEdition.self, from: Data(content.utf8))
            guard stored.edition == edition.id else {
                throw ServiceError.conflict("SDG edition '\(summary.id)' needs the constants of '\(stored.edition)', which this LMHub does not have")
            }
            return EditionReport(summary: summary, stored: stored, report: SDGIndexCalculator(edition: edition).compute(stored.countries, panel: stored.panel))
        }
    }

    /// One country of a report. - Throws: ``ServiceError/notFound(_:)``.
    func country(_ iso3: String, in report: EditionReport) throws -> SDGCountryResult {
        guard let country = report.report.country(iso3.uppercased()) else {
            throw ServiceError.notFound("no country '\(iso3.prefix(20))' in SDG edition '\(report.summary.id)'")
        }
        return country
    }

    /// Stores the bundled database, with the bundled six-country panel for trend arrows, as edition `sdr-2023`.
    private func seed() async throws {
        guard let database = edition.bundledDatabase, let panel = edition.bundledPanel else {
            throw ServiceError.notFound("the bundled SDR \(edition.edition) database or panel is missing from this build")
        }
        let contents = try SDRDatabaseFile.read(path: database.path, edition: edition)
        let stored = SDGStoredEdition(edition: edition.id, source: database.lastPathComponent, countries: contents.countries,
                                      panel: try SDRPanelFile.read(path: panel.path))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try await store.storeDocument(.sdgEdition, id: edition.id, title: "\(edition.title.text("en")) (bundled)", asOf: String(edition.edition),
                                      content: String(decoding: try encoder.encode(stored), as: UTF8.self))
    }
}
