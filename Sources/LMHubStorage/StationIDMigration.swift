import Foundation
import LMHubCore
import SQLKit

/// Migration 3's part for ids stored before LMHub normalised them (``StationID``): each id becomes its NFC,
/// space-trimmed form, invisible characters dropped. Where that form is already a station, the two merge: a
/// datastream moves over, or its observations join the datastream of the same parameter and unit; an
/// observation whose moment the kept station already holds stays out and goes to the audit of observation
/// changes (reason `merge`), so nothing is lost without a trace.
enum StationIDMigration {
    static func run(on db: any SQLDatabase) async throws {
        let ids = try await db.select().column("id").from("stations").all(decodingColumn: "id", as: String.self)
        for id in ids {
            let normal = StationID.lenient(id)
            guard normal != id, !normal.isEmpty else { continue }
            try await move(id, to: normal, on: db)
        }
    }

    private static func move(_ old: String, to new: String, on db: any SQLDatabase) async throws {
        let exists = try await db.select().column("id").from("stations").where("id", .equal, new).first() != nil
        if !exists {
            try await db.raw("""
                INSERT INTO stations (id, name, country, water_body, water_body_kind, kind, latitude, longitude, location_approximate,
                    location_note, time_zone, operator, licence)
                SELECT \(bind: new), name, country, water_body, water_body_kind, kind, latitude, longitude, location_approximate,
                    location_note, time_zone, operator, licence FROM stations WHERE id = \(bind: old)
                """).run()
        }
        struct Stream: Decodable { let id: Int64; let parameter_code: String; let unit: String }
        let streams = try await db.select().columns("id", "parameter_code", "unit").from("datastreams")
            .where("station_id", .equal, old).all(decoding: Stream.self)
        for stream in streams {
            let target = try await db.select().column("id").from("datastreams").where("station_id", .equal, new)
                .where("parameter_code", .equal, stream.parameter_code).where("unit", .equal, stream.unit)
                .first(decodingColumn: "id", as: Int64.self)
            guard let target else {
                try await db.update("datastreams").set("station_id", to: new).where("id", .equal, stream.id).run()
                continue
            }
            let clashes = try await db.raw("""
                SELECT phenomenon_time FROM observations WHERE datastream_id = \(bind: stream.id)
                AND phenomenon_time IN (SELECT phenomenon_time FROM observations WHERE datastream_id = \(bind: target))
                """).all(decodingColumn: "phenomenon_time", as: Int64.self)
            for time in clashes {
                try await ObservationChanges.record(ObservationKey(datastream: stream.id, time: time), reason: "merge", replacement: nil, sourceFile: nil, on: db)
            }
            try await db.raw("""
                INSERT INTO observations (datastream_id, phenomenon_time, value_reported, value, censoring, day_assumed, source_file, source_line, qc, unusual)
                SELECT \(bind: target), phenomenon_time, value_reported, value, censoring, day_assumed, source_file, source_line, qc, unusual
                FROM observations WHERE datastream_id = \(bind: stream.id)
                AND phenomenon_time NOT IN (SELECT phenomenon_time FROM observations WHERE datastream_id = \(bind: target))
                """).run()
            try await db.delete(from: "observations").where("datastream_id", .equal, stream.id).run()
            try await db.delete(from: "datastreams").where("id", .equal, stream.id).run()
        }
        try await db.delete(from: "stations").where("id", .equal, old).run()
    }
}
