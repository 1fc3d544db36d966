import SQLKit

/// PostgreSQL checks an observation's datastream once a statement instead of once a row (migration 6).
///
/// A foreign key checks each inserted row with a query of its own (an internal trigger a row): measured on
/// PostgreSQL 15, a `COPY` of a million observations took 7.8 s with the key on `datastream_id` and 1.9 s
/// without it (docs/benchmarks.md). The key is replaced by triggers that keep the same rule set-wise:
/// - after each statement that inserts or updates observations, the distinct datastreams of its new rows
///   (a transition table) are locked `FOR KEY SHARE`, as the key would lock them, and any that does not
///   exist fails the statement with `foreign_key_violation` (SQLSTATE 23503);
/// - deleting a datastream, or changing its id, while observations name it fails the same way (the key's
///   `NO ACTION`).
/// SQLite keeps its foreign key: it checks it in the same pass as the insert, and has no statement triggers.
enum PostgresDatastreamCheck {
    static func install(on db: any SQLDatabase) async throws {
        guard db.dialect.name != "sqlite" else { return }
        for statement in statements { try await db.raw(SQLQueryString(statement)).run() }
    }

    private static let statements = [
        """
        DO $$ DECLARE constraint_name text; BEGIN
          FOR constraint_name IN SELECT conname FROM pg_constraint WHERE conrelid = 'observations'::regclass AND contype = 'f' LOOP
            EXECUTE format('ALTER TABLE observations DROP CONSTRAINT %I', constraint_name);
          END LOOP;
        END $$
        """,
        """
        CREATE FUNCTION lmhub_observed_datastreams_exist() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE missing bigint;
        BEGIN
          PERFORM 1 FROM datastreams WHERE id IN (SELECT DISTINCT datastream_id FROM new_rows) FOR KEY SHARE;
          SELECT n.datastream_id INTO missing FROM (SELECT DISTINCT datastream_id FROM new_rows) n
            WHERE NOT EXISTS (SELECT 1 FROM datastreams d WHERE d.id = n.datastream_id) LIMIT 1;
          IF FOUND THEN
            RAISE EXCEPTION 'observations name datastream %, which does not exist', missing USING ERRCODE = 'foreign_key_violation';
          END IF;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER observations_datastreams_on_insert AFTER INSERT ON observations
          REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lmhub_observed_datastreams_exist()
        """,
        """
        CREATE TRIGGER observations_datastreams_on_update AFTER UPDATE ON observations
          REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lmhub_observed_datastreams_exist()
        """,
        """
        CREATE FUNCTION lmhub_datastream_unobserved() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'UPDATE' AND NEW.id = OLD.id THEN RETURN NEW; END IF;
          IF EXISTS (SELECT 1 FROM observations WHERE datastream_id = OLD.id) THEN
            RAISE EXCEPTION 'datastream % still has observations', OLD.id USING ERRCODE = 'foreign_key_violation';
          END IF;
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END $$
        """,
        """
        CREATE TRIGGER datastreams_unobserved BEFORE DELETE OR UPDATE OF id ON datastreams
          FOR EACH ROW EXECUTE FUNCTION lmhub_datastream_unobserved()
        """,
    ]
}
