import Foundation
import LMHubCore
import SQLKit

/// A `parameters` row as the SensorThings `ObservedProperty` shows it: code, names, canonical unit.
public struct STAParameterRow: Sendable, Hashable, Decodable {
    public var code: String
    public var name: LocalizedText
    public var canonicalUnit: String

    private enum CodingKeys: String, CodingKey { case code, name, canonical_unit }

    public init(from decoder: Decoder) throws {
        let row = try decoder.container(keyedBy: CodingKeys.self)
        code = try row.decode(String.self, forKey: .code)
        let text = try row.decode(String.self, forKey: .name)
        name = (try? JSONText.decode(LocalizedText.self, from: text)) ?? LocalizedText(en: text)
        canonicalUnit = try row.decode(String.self, forKey: .canonical_unit)
    }
}

/// A `datastreams` row with its parameter's canonical unit (the unit of `observations.value`).
public struct STADatastreamRow: Sendable, Hashable, Decodable {
    public var id: Int64
    public var station_id: String
    public var parameter_code: String
    /// The unit the source reported in.
    public var unit: String
    public var canonical_unit: String
}

/// An `observations` row as the SensorThings `Observation` shows it; `value` is in the canonical unit.
public struct STAObservationRow: Sendable, Hashable, Decodable {
    public var datastream_id: Int64
    /// Epoch milliseconds, UTC.
    public var phenomenon_time: Int64
    public var value: Double
    public var value_reported: Double
    public var censoring: String
    public var day_assumed: Int
    public var source_file: String
    public var source_line: Int
    public var qc: String?
    public var unusual: String?
}

/// The observation columns a SensorThings `$filter` or `$orderby` may name, as SQL columns of the
/// `observations` table aliased `o` in ``LMHubStore/staObservations(_:)``.
public enum STAObservationColumn: Sendable {
    case datastream, phenomenonTime, value

    public var sql: SQLColumn {
        switch self {
        case .datastream: SQLColumn("datastream_id", table: "o")
        case .phenomenonTime: SQLColumn("phenomenon_time", table: "o")
        case .value: SQLColumn("value", table: "o")
        }
    }
}

/// One page of observations asked in SQL: which datastreams (`nil`: all), an extra predicate over
/// ``STAObservationColumn`` columns, the order, and `LIMIT`/`OFFSET`. A series is never loaded whole.
public struct STAObservationQuery: Sendable {
    public var datastreams: [Int64]?
    public var predicate: (any SQLExpression)?
    /// Sort keys, first first; `(datastream, phenomenonTime)` is appended as tie-breaker so pages are stable.
    public var order: [(column: STAObservationColumn, descending: Bool)]
    public var limit: Int
    public var offset: Int

    public init(datastreams: [Int64]? = nil, predicate: (any SQLExpression)? = nil,
                order: [(column: STAObservationColumn, descending: Bool)] = [], limit: Int = 100, offset: Int = 0) {
        self.datastreams = datastreams
        self.predicate = predicate
        self.order = order
        self.limit = limit
        self.offset = offset
    }
}

extension LMHubStore {
    /// Every parameter, by code.
    public func staParameters() async throws -> [STAParameterRow] {
        try await db.select().columns("code", "name", "canonical_unit").from("parameters").orderBy("code")
            .all(decoding: STAParameterRow.self)
    }

    /// Every datastream with its canonical unit, by id.
    public func staDatastreams() async throws -> [STADatastreamRow] {
        try await db.select()
            .columns([("d", "id"), ("d", "station_id"), ("d", "parameter_code"), ("d", "unit")].map { SQLColumn($0.1, table: $0.0) })
            .column(SQLColumn("canonical_unit", table: "p"))
            .from(SQLAlias(SQLIdentifier("datastreams"), as: SQLIdentifier("d")))
            .join(SQLAlias(SQLIdentifier("parameters"), as: SQLIdentifier("p")), on: SQLColumn("code", table: "p"), .equal, SQLColumn("parameter_code", table: "d"))
            .orderBy(SQLColumn("id", table: "d"))
            .all(decoding: STADatastreamRow.self)
    }

    /// One page of observations, per `query`.
    public func staObservations(_ query: STAObservationQuery) async throws -> [STAObservationRow] {
        if query.datastreams?.isEmpty == true || query.limit <= 0 { return [] }
        let select = db.select()
            .columns(["datastream_id", "phenomenon_time", "value", "value_reported", "censoring", "day_assumed",
                      "source_file", "source_line", "qc", "unusual"].map { SQLColumn($0, table: "o") })
            .from(SQLAlias(SQLIdentifier("observations"), as: SQLIdentifier("o")))
        constrain(select, query)
        for key in query.order { select.orderBy(SQLOrderBy(expression: key.column.sql, direction: key.descending ? SQLDirection.descending : SQLDirection.ascending)) }
        select.orderBy(STAObservationColumn.datastream.sql).orderBy(STAObservationColumn.phenomenonTime.sql)
        return try await select.limit(query.limit).offset(query.offset).all(decoding: STAObservationRow.self)
    }

    /// How many observations `query` matches, ignoring its order, limit and offset.
    public func staObservationCount(_ query: STAObservationQuery) async throws -> Int {
        if query.datastreams?.isEmpty == true { return 0 }
        let select = db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(SQLAlias(SQLIdentifier("observations"), as: SQLIdentifier("o")))
        constrain(select, query)
        return try await select.first(decodingColumn: "n", as: Int.self) ?? 0
    }

    /// The observation of `datastream` at `millis`, or `nil`.
    public func staObservation(datastream: Int64, millis: Int64) async throws -> STAObservationRow? {
        let predicate = SQLBinaryExpression(STAObservationColumn.phenomenonTime.sql, .equal, SQLBind(millis))
        return try await staObservations(STAObservationQuery(datastreams: [datastream], predicate: predicate, limit: 1)).first
    }

    /// The earliest phenomenon time (epoch ms) among `datastreams`, or `nil` when they have none.
    public func staFirstObservation(datastreams: [Int64]) async throws -> Int64? {
        var first: Int64?
        for id in datastreams {
            let query = STAObservationQuery(datastreams: [id], limit: 1)
            if let row = try await staObservations(query).first { first = min(first ?? row.phenomenon_time, row.phenomenon_time) }
        }
        return first
    }

    private func constrain(_ select: SQLSelectBuilder, _ query: STAObservationQuery) {
        if let ids = query.datastreams {
            select.where(STAObservationColumn.datastream.sql, .in, SQLGroupExpression(ids.map { SQLBind($0) as any SQLExpression }))
        }
        if let predicate = query.predicate { select.where(SQLGroupExpression(predicate)) }
    }
}
