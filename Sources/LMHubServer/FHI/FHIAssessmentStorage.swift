import Foundation
import LMHubCore
import LMHubIngest
import LMHubStorage

/// Evaluates FHI assessment files against a hub's database and stores them as `fhi-assessment` documents
/// (``FHIStoredAssessment``): what `lmhub fhi assess --store` and the server's first-start demonstration share,
/// so that both store the same content for the same file.
public enum FHIAssessmentStorage {
    /// Reads and evaluates the assessment file at `path`. Where the document names stored water-quality stations
    /// (`inputs.water-quality.storedStations`) and `store` holds at least one of them, their stored observations
    /// are used instead of the sample file (the result's notes say so); without such a station the file is read.
    /// - Throws: ``IngestError`` naming file, line and field (as ``FHIAssessmentFile/evaluate(path:constants:storedSamples:)``);
    ///   a store error when reading the observations fails.
    public static func evaluate(path: String, store: LMHubStore?, constants: FHIAssessmentConstants) async throws -> FHIStoredAssessment {
        let peeked = FileManager.default.contents(atPath: path).flatMap { try? JSONDecoder().decode(FHIAssessmentDocument.self, from: $0) }
        let stations = peeked?.inputs.waterQuality?.storedStations ?? []
        var samples: FHIAssessmentFile.StoredSamples?
        if let store { samples = try await storedSamples(of: stations, in: store) }
        let loaded = try FHIAssessmentFile.read(path: path, constants: constants, storedSamples: samples)
        let result = try FHIAssessmentFile.evaluate(path: path, constants: constants, storedSamples: samples)
        let hydrographs = (loaded.resolved.flows ?? []).map { flows in FHIHydrograph(station: flows.station, flows: flows.months) }
        return FHIStoredAssessment(document: loaded.document, result: result, hydrographs: hydrographs)
    }

    /// Stores `assessment` under its id, titled by basin and date, dated by its date.
    /// - Returns: ``DocumentStoreOutcome/unchanged`` when the same content is stored already.
    /// - Throws: ``DocumentStoreError/conflict(kind:id:)`` when other content has the id and `replace` is `false`.
    @discardableResult
    public static func store(_ assessment: FHIStoredAssessment, in store: LMHubStore, replace: Bool = false) async throws -> DocumentStoreOutcome {
        try await store.storeDocument(.fhiAssessment, id: assessment.result.id, title: assessment.title, asOf: assessment.asOf,
                                      content: try content(assessment), replace: replace)
    }

    /// The JSON stored: sorted keys, so that the same assessment always gives the same text (and digest).
    static func content(_ assessment: FHIStoredAssessment) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(assessment), as: UTF8.self)
    }

    /// The observations of those of `stations` the store holds, as the samples hook hands them to the reader;
    /// `nil` when it holds none of them.
    static func storedSamples(of stations: [String], in store: LMHubStore) async throws -> FHIAssessmentFile.StoredSamples? {
        var samples: [WaterSample] = []
        var found = false
        for name in stations {
            guard let station = try await store.station(id: name) else { continue }
            found = true
            samples += try await store.samples(station: station.id)
        }
        guard found else { return nil }
        return { [samples] _, _ in samples }
    }
}
