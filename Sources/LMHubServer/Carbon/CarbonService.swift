import Foundation
import LMHubCore
import LMHubStorage

/// Infrastructure carbon accounting as the server computes it: the projects stored in the database (document kind
/// `carbon-project`; the bundled examples are stored the first time the carbon pages or API are used on a store
/// without any), each accounted with LMHub's ``ProjectAccounting`` (the bundled factors plus the project's own)
/// under its own GWP set or the one asked for. Results are computed once per store revision (``ResultCache``).
struct CarbonService: Sendable {
    let store: LMHubStore
    let cache: ResultCache
    let accounting: ProjectAccounting
    let references: [ReferenceIntensity]

    init(store: LMHubStore, cache: ResultCache) throws {
        self.store = store
        self.cache = cache
        accounting = try ProjectAccounting.bundled()
        references = try ReferenceIntensity.bundled()
    }

    /// One stored project and its result.
    struct Entry: Sendable {
        let summary: DocumentSummary
        let stored: CarbonStoredProject
        let result: CarbonResult
        /// Per line of the result: the GWP set its CO2e rests on (the result's for a factor per gas, the factor's
        /// own for a factor in CO2e, `nil` for a CO2e factor whose source does not state its set).
        let lineGWP: [String?]
    }

    /// A project of the list: its result, or why it cannot be accounted under the set asked for.
    struct ListEntry: Sendable {
        let summary: DocumentSummary
        let stored: CarbonStoredProject
        let outcome: Result<CarbonResult, CarbonAccountingError>
    }

    /// The stored projects, by id; the bundled ones are stored first when there is none.
    func projects() async throws -> [DocumentSummary] {
        let stored = try await store.documents(.carbonProject)
        if !stored.isEmpty { return stored }
        for (id, project) in try CarbonSeed.bundled() {
            try await store.storeDocument(.carbonProject, id: id, title: project.project.name, asOf: "", content: try project.encoded())
        }
        return try await store.documents(.carbonProject)
    }

    /// The GWP set `id` asked for (`nil`: each project's own).
    /// - Throws: ``ServiceError/badRequest(_:)`` listing the known sets.
    func gwpSet(_ id: String?) throws -> GWPSet? {
        guard let id else { return nil }
        do {
            return try accounting.gwp.set(id)
        } catch {
            throw ServiceError.badRequest("'gwp' must be one of \(accounting.gwp.sets.map(\.id).joined(separator: ", ")), not '\(id.prefix(100))'")
        }
    }

    /// Project `id` accounted under `gwp` (default: its own set).
    /// - Throws: ``ServiceError/notFound(_:)`` naming the id and the stored ids; ``ServiceError/badRequest(_:)`` for
    ///   an unknown set, or a project that cannot be accounted under it (a CO2e factor of another set).
    func entry(_ id: String, gwp: String?) async throws -> Entry {
        let set = try gwpSet(gwp)
        let all = try await projects()
        guard let summary = all.first(where: { $0.id == id }) else {
            let ids = all.prefix(20).map(\.id).joined(separator: ", ") + (all.count > 20 ? ", …" : "")
            throw ServiceError.notFound("no carbon project '\(id.prefix(200))'; stored: \(ids)")
        }
        return try await cache.value("carbon|\(summary.id)|\(set?.id ?? "")") { [self] in
            let stored = try await load(summary)
            let result: CarbonResult
            do {
                result = try accounting(for: stored).account(stored.project, gwpSet: set?.id)
            } catch {
                throw ServiceError.badRequest("carbon project '\(summary.id)' cannot be accounted\(set.map { " under \($0.id)" } ?? ""): \(error)")
            }
            return Entry(summary: summary, stored: stored, result: result, lineGWP: lineGWP(result, stored: stored))
        }
    }

    /// Every stored project accounted under `gwp` (default: each its own set), in the order of ``ordered(_:)``.
    /// - Throws: ``ServiceError/badRequest(_:)`` for an unknown set.
    func list(gwp: String?) async throws -> [ListEntry] {
        let set = try gwpSet(gwp)
        let all = try await projects()
        return try await cache.value("carbon|list|\(set?.id ?? "")") { [self] in
            var entries: [ListEntry] = []
            for summary in all {
                let stored = try await load(summary)
                let outcome = Result { () throws(CarbonAccountingError) in try accounting(for: stored).account(stored.project, gwpSet: set?.id) }
                entries.append(ListEntry(summary: summary, stored: stored, outcome: outcome))
            }
            return Self.ordered(entries)
        }
    }

    /// The scenario groups of `entries` with more than one accounted design, each compared under one GWP set.
    func comparisons(_ entries: [ListEntry]) -> [(scenario: CarbonStoredProject.Scenario, ids: [String], comparison: ScenarioComparison)] {
        let grouped = Dictionary(grouping: entries.filter { $0.stored.scenario != nil }) { $0.stored.scenario?.group ?? "" }
        return grouped.keys.sorted().compactMap { group in
            let members = (grouped[group] ?? []).compactMap { entry in (try? entry.outcome.get()).map { (entry, $0) } }
            guard members.count > 1, let scenario = members.first?.0.stored.scenario,
                  let comparison = try? ScenarioComparison(members.map(\.1)) else { return nil }
            return (scenario, members.map(\.0.summary.id), comparison)
        }
    }

    /// Roads, railways, parks, hydropower, grids, others; by name within a kind.
    static func ordered(_ entries: [ListEntry]) -> [ListEntry] {
        func rank(_ entry: ListEntry) -> Int { ProjectKind.allCases.firstIndex(of: entry.stored.project.kind) ?? 0 }
        return entries.sorted { (rank($0), $0.stored.project.name, $0.summary.id) < (rank($1), $1.stored.project.name, $1.summary.id) }
    }

    /// Stores `project` under `id` once it is accounted under its own set; the bundled examples are stored first
    /// on a store without projects.
    /// - Returns: ``DocumentStoreOutcome/unchanged`` when the same project is stored already.
    /// - Throws: ``ServiceError/invalid(_:)`` naming the field when the project cannot be accounted,
    ///   ``ServiceError/conflict(_:)`` when another project has the id.
    func store(id: String, project: CarbonStoredProject) async throws -> DocumentStoreOutcome {
        _ = try await projects()
        let result: CarbonResult
        do throws(CarbonAccountingError) {
            result = try accounting(for: project).account(project.project)
        } catch {
            throw ServiceError.invalid([CarbonProjectBody.fieldError(error)])
        }
        if let problem = CarbonProjectBody.outOfRange(result) { throw ServiceError.invalid([problem]) }
        do {
            return try await store.storeDocument(.carbonProject, id: id, title: project.project.name, asOf: "", content: try project.encoded())
        } catch DocumentStoreError.conflict {
            throw ServiceError.conflict("another carbon project is stored as '\(id)'; store this one under another id")
        }
    }

    /// The bundled factors, those whose id or name holds every word of `query` when given.
    func factors(_ query: String?) -> [EmissionFactor] {
        query.map(accounting.library.search) ?? accounting.library.all
    }

    private func load(_ summary: DocumentSummary) async throws -> CarbonStoredProject {
        guard let content = try await store.documentContent(.carbonProject, id: summary.id) else {
            throw ServiceError.notFound("no carbon project '\(summary.id)'")
        }
        return try JSONDecoder().decode(CarbonStoredProject.self, from: Data(content.utf8))
    }

    /// The accounting with the project's own factors added to the bundled library.
    private func accounting(for stored: CarbonStoredProject) throws(CarbonAccountingError) -> ProjectAccounting {
        guard !stored.factors.isEmpty else { return accounting }
        var library = accounting.library
        try library.add(stored.factors, file: nil)
        return ProjectAccounting(library: library, gwp: accounting.gwp, gres: accounting.gres)
    }

    private func lineGWP(_ result: CarbonResult, stored: CarbonStoredProject) -> [String?] {
        let literals = Dictionary(stored.project.lines.compactMap { line -> (String, EmissionFactor)? in
            if case let .literal(factor) = line.factor { return (factor.id, factor) }
            return nil
        }, uniquingKeysWith: { first, _ in first })
        let own = Dictionary(stored.factors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return result.lines.map { line in
            guard line.gases.contains(where: { $0.gas == .co2e }) else { return result.gwpSet }
            let factor = accounting.library[line.factorID] ?? own[line.factorID] ?? literals[line.factorID]
            return factor?.gwpSet
        }
    }
}
