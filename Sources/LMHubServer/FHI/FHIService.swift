import Foundation
import LMHubCore
import LMHubIngest
import LMHubStorage
import LMHubViews

/// The Freshwater Health Index assessments as the server shows them: the `fhi-assessment` documents of the store
/// (`lmhub fhi assess FILE --store`), each holding its document and evaluated result. On a store without the
/// demonstration's id (`demo-3s`), whatever else it holds, the bundled 3S demonstration is evaluated (its water quality from the store's observations of the four MRC
/// stations where held) and stored first. Decoded assessments and page models are kept per store revision
/// (``ResultCache``).
struct FHIService: Sendable {
    let store: LMHubStore
    let cache: ResultCache
    let constants: FHIAssessmentConstants

    init(store: LMHubStore, cache: ResultCache) throws {
        self.store = store
        self.cache = cache
        constants = try FHIAssessmentConstants.bundled()
    }

    var framework: FHIFramework { constants.framework }

    /// One stored assessment with its listing.
    struct Entry: Sendable {
        let summary: DocumentSummary
        let stored: FHIStoredAssessment

        var storedAt: Date { Date(timeIntervalSince1970: Double(summary.storedAt) / 1000) }
    }

    /// The id the bundled demonstration is stored under.
    static let demoID = "demo-3s"

    /// Every stored assessment, by basin, date and id; the demonstration is stored first when its id is not stored.
    /// - Throws: ``ServiceError/conflict(_:)`` for a stored document this LMHub cannot read.
    func entries() async throws -> [Entry] {
        try await cache.value("fhi|entries") { [self] in
            var summaries = try await store.documents(.fhiAssessment)
            if !summaries.contains(where: { $0.id == Self.demoID }) {
                try await seed()
                summaries = try await store.documents(.fhiAssessment)
            }
            var entries: [Entry] = []
            for summary in summaries {
                guard let content = try await store.documentContent(.fhiAssessment, id: summary.id) else { continue }
                do {
                    entries.append(Entry(summary: summary, stored: try JSONDecoder().decode(FHIStoredAssessment.self, from: Data(content.utf8))))
                } catch {
                    throw ServiceError.conflict("the stored FHI assessment '\(summary.id)' cannot be read by this LMHub: \(error)")
                }
            }
            return entries.sorted { ($0.stored.result.basin, $0.summary.asOf, $0.summary.id) < ($1.stored.result.basin, $1.summary.asOf, $1.summary.id) }
        }
    }

    /// The assessment `id`. - Throws: ``ServiceError/notFound(_:)`` naming the stored ids.
    func entry(_ id: String) async throws -> Entry {
        let all = try await entries()
        guard let found = all.first(where: { $0.summary.id == id }) else {
            throw ServiceError.notFound("no FHI assessment '\(id.prefix(200))'; stored: \(all.map(\.summary.id).joined(separator: ", "))")
        }
        return found
    }

    func listModel(language: String) async throws -> FHIListPageModel {
        try await cache.value("fhi|list|\(language)") { [self] in
            FHIListPageModel(entries: try await entries().map { FHIListPageModel.Entry($0.stored, storedAt: $0.storedAt) }, language: language)
        }
    }

    func pageModel(id: String, language: String) async throws -> FHIAssessmentPageModel {
        let entry = try await entry(id)
        return try await cache.value("fhi|page|\(entry.summary.id)|\(language)") { [self] in
            FHIAssessmentPageModel(assessment: entry.stored, framework: framework, stations: try await stations(of: entry),
                                   storedAt: entry.storedAt, language: language)
        }
    }

    /// The hub's stations an assessment used (those the store holds), in the order the engines name them.
    func stations(of entry: Entry) async throws -> [FHIAssessmentPageModel.StationLink] {
        try await cache.value("fhi|stations|\(entry.summary.id)") { [store] in
            var links: [FHIAssessmentPageModel.StationLink] = []
            for (node, name) in FHIAssessmentPageModel.stationNames(of: entry.stored) {
                if let station = try await store.station(id: name), !links.contains(where: { $0.id == station.id }) {
                    links.append(.init(id: station.id, name: station.name, node: node))
                }
            }
            return links
        }
    }

    /// Evaluates and stores the bundled 3S demonstration; a concurrent store of the same id is left as it is.
    private func seed() async throws {
        guard let url = FHIDemo.documentURL else { throw ServiceError.notFound("the bundled FHI demonstration is missing from this build") }
        let demo = try await FHIAssessmentStorage.evaluate(path: url.path, store: store, constants: constants)
        do { try await FHIAssessmentStorage.store(demo, in: store) } catch DocumentStoreError.conflict {}
    }
}
