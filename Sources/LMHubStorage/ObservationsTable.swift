import SQLKit

/// The `observations` table, keyed by (datastream, phenomenon time) so that it can later be distributed on
/// the station key. Dialect difference, kept here: on SQLite the table is `WITHOUT ROWID`, so the key is the
/// table's one B-tree instead of a rowid table plus a separate key index (half the B-tree work per insert).
enum ObservationsTable {
    static func create(for db: any SQLDatabase) -> any SQLExpression {
        let withoutRowID = db.dialect.name == "sqlite" ? " WITHOUT ROWID" : ""
        return SQLRaw("""
            CREATE TABLE observations (
                datastream_id BIGINT NOT NULL REFERENCES datastreams (id),
                phenomenon_time BIGINT NOT NULL,
                value_reported DOUBLE PRECISION NOT NULL,
                value DOUBLE PRECISION NOT NULL,
                censoring TEXT NOT NULL,
                day_assumed INTEGER NOT NULL,
                source_file TEXT NOT NULL,
                source_line INTEGER NOT NULL,
                PRIMARY KEY (datastream_id, phenomenon_time)
            )\(withoutRowID)
            """)
    }
}
