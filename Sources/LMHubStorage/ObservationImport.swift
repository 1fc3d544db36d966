import Foundation
import LMHubCore
import Metrics
import SQLKit

extension LMHubStore {
    /// Runs `body` with a sink for observations inside one transaction: either everything `body` wrote is
    /// stored, or (when it throws) nothing is. Stations named in the records that the store does not know
    /// are created with the name as written, their zone from `stationZones` (else `timeZone`) and `waterBody`
    /// (whose limits apply: river or lake). An observation whose datastream and time are already stored is not
    /// written again with the same value (importing a file twice adds nothing); with another value it is a
    /// conflict, handled as `onConflict` says.
    /// - Parameter stations: stations saved first in the same transaction (``save(_:)``): added, or their
    ///   descriptions replaced.
    /// - Parameter file: the file as the user named it, for errors (`sourceFile`, stored with each observation,
    ///   is its name).
    /// - Returns: `body`'s result and what the import changed.
    /// - Throws: ``ImportConflictsError`` under ``ConflictPolicy/fail`` when a conflict was met (nothing stored);
    ///   whatever `body` or the database throws.
    ///
    /// Counted in the process's metrics (swift-metrics): `lmhub_imports_total` by result (`stored`, `failed`)
    /// and `lmhub_observations_imported_total`.
    public func importing<R>(
        timeZone: String = "UTC", stationZones: [String: String] = [:], waterBody: WaterQualityStandard.WaterBody = .river,
        sourceFile: String, file: String? = nil, onConflict: ConflictPolicy = .fail, stations: [Station] = [],
        _ body: (any ObservationSink) async throws -> R
    ) async throws -> (result: R, outcome: ImportOutcome) {
        let imported: (result: R, outcome: ImportOutcome)
        do {
            imported = try await bulkWrite { db, connection in
                let bulk = try connection.observationInsert(sourceFile: sourceFile)
                let writer = ObservationWriter(db: db, bulk: bulk, zones: NewStationZones(fallback: timeZone, byStation: stationZones),
                                               waterBody: waterBody, sourceFile: sourceFile, filePath: file ?? sourceFile, policy: onConflict)
                let result: R
                do {
                    try await bulk.prepare()
                    for station in stations { try await StationRows.upsert(station, on: db) }
                    result = try await body(writer)
                    try await writer.finish()
                } catch {
                    await writer.abandon()
                    throw error
                }
                if onConflict == .fail, !writer.outcome.conflicts.isEmpty {
                    throw ImportConflictsError(file: file ?? sourceFile, conflicts: writer.outcome.conflicts)
                }
                var outcome = writer.outcome
                outcome.observationEpoch = try await Self.observationEpoch(on: db)
                return (result, outcome)
            }
        } catch {
            Counter(label: "lmhub_imports_total", dimensions: [("result", "failed")]).increment()
            throw error
        }
        Counter(label: "lmhub_imports_total", dimensions: [("result", "stored")]).increment()
        Counter(label: "lmhub_observations_imported_total").increment(by: imported.outcome.stored)
        await checkpoint()
        return imported
    }

    /// Moves what the write-ahead log holds into the database file, so that a copy of the `.sqlite` file
    /// alone is complete after an import: SQLite only, after the import committed; a reader still busy
    /// (a server on the same file) may leave part of it for SQLite's own next checkpoint, which is no error.
    func checkpoint() async {
        guard db.dialect.name == "sqlite" else { return }
        _ = try? await administer { db in try await db.raw("PRAGMA wal_checkpoint(TRUNCATE)").run() }
    }

    /// The zone of every station, by id.
    public func timeZonesByStation() async throws -> [String: TimeZone] {
        Dictionary(try await stations().compactMap { station in
            TimeZone(identifier: station.timeZone).map { (station.id, $0) }
        }, uniquingKeysWith: { first, _ in first })
    }
}
