/// The exchange tables PowerDesk keeps in the 前置库, made if missing. `pd_outbox_log` holds every
/// record once (its primary key is the source's sequence number), `pd_record` the latest record
/// per kind and key (the 办件 as it stands, each 环节), `pd_feed_cursor` how far each source got
/// (moved in the same transaction as the records) with the source's audit head, and
/// `pd_feed_parked` what the exchange refused, with its reason. `docs/feed-schema.md` has the rest.
enum PostgresSchema {
    static let statements = [
        """
        CREATE TABLE IF NOT EXISTS pd_feed_cursor (
            source TEXT PRIMARY KEY,
            last_seq BIGINT NOT NULL,
            audit_head TEXT,
            updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS pd_outbox_log (
            source TEXT NOT NULL,
            seq BIGINT NOT NULL,
            kind TEXT NOT NULL,
            record_key TEXT NOT NULL,
            case_id TEXT,
            at TIMESTAMPTZ NOT NULL,
            payload JSONB NOT NULL,
            hash TEXT NOT NULL,
            received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            PRIMARY KEY (source, seq)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS pd_record (
            source TEXT NOT NULL,
            kind TEXT NOT NULL,
            record_key TEXT NOT NULL,
            seq BIGINT NOT NULL,
            case_id TEXT,
            at TIMESTAMPTZ NOT NULL,
            payload JSONB NOT NULL,
            PRIMARY KEY (source, kind, record_key)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS pd_feed_parked (
            source TEXT NOT NULL,
            seq BIGINT NOT NULL,
            reason TEXT NOT NULL,
            parked_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            PRIMARY KEY (source, seq)
        )
        """,
    ]

    /// Inserts one record into the log and upserts it into the current view; an older record
    /// never overwrites a newer one (a parked record delivered late).
    static let insertOne = """
        WITH logged AS (
            INSERT INTO pd_outbox_log (source, seq, kind, record_key, case_id, at, payload, hash)
            VALUES ($1, $2::bigint, $3, $4, $5, to_timestamp($6::bigint / 1000.0), $7::jsonb, $8)
            ON CONFLICT (source, seq) DO NOTHING
            RETURNING source, seq, kind, record_key, case_id, at, payload
        )
        INSERT INTO pd_record (source, kind, record_key, seq, case_id, at, payload)
        SELECT source, kind, record_key, seq, case_id, at, payload FROM logged
        ON CONFLICT (source, kind, record_key) DO UPDATE
            SET seq = excluded.seq, case_id = excluded.case_id, at = excluded.at, payload = excluded.payload
            WHERE pd_record.seq < excluded.seq
        """

    /// The current view brought up to date from the log for a range of sequence numbers.
    static let upsertRange = """
        INSERT INTO pd_record (source, kind, record_key, seq, case_id, at, payload)
        SELECT DISTINCT ON (kind, record_key) source, kind, record_key, seq, case_id, at, payload
        FROM pd_outbox_log WHERE source = $1 AND seq > $2::bigint AND seq <= $3::bigint
        ORDER BY kind, record_key, seq DESC
        ON CONFLICT (source, kind, record_key) DO UPDATE
            SET seq = excluded.seq, case_id = excluded.case_id, at = excluded.at, payload = excluded.payload
            WHERE pd_record.seq < excluded.seq
        """

    /// A multi-row insert into the log of `rows` records ($1 is the source, then seven per row).
    static func insertMany(_ rows: Int) -> String {
        var sql = "INSERT INTO pd_outbox_log (source, seq, kind, record_key, case_id, at, payload, hash) VALUES "
        for row in 0..<rows {
            let base = 2 + row * 7
            if row > 0 { sql += "," }
            sql += "($1,$\(base)::bigint,$\(base + 1),$\(base + 2),$\(base + 3),to_timestamp($\(base + 4)::bigint / 1000.0),$\(base + 5)::jsonb,$\(base + 6))"
        }
        return sql
    }
}
