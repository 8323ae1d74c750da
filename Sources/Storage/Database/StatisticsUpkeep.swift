import GRDB

/// The query planner's statistics (`sqlite_stat1`), kept as SQLite recommends: `PRAGMA optimize`
/// when a database is closed, and a fresh `ANALYZE` after migrations or when the cases have
/// grown well past what the statistics describe. Without statistics SQLite picked the wrong index
/// for the 在办 page (1.1 s at 100,000 cases; 0.2 ms after `ANALYZE`, issue 14). The sampling
/// limit keeps either under a second on a million cases.
enum StatisticsUpkeep {
    /// Rows sampled per index (SQLite's recommended range is 100–1000).
    static let analysisLimit = 1000

    /// At close: SQLite analyses the tables whose statistics the connection's queries found
    /// missing or stale.
    static func optimize(_ pool: DatabasePool) throws {
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA analysis_limit = \(analysisLimit); PRAGMA optimize")
        }
    }

    /// At open. The PRAGMA optimize of SQLite 3.40 looks only at tables the closing connection
    /// used, and a desk's process may end without closing, so opening also checks the one table
    /// whose size decides the plans: the cases.
    static func refresh(_ pool: DatabasePool, migrated: Bool) throws {
        let stale = try pool.read { db -> Bool in
            let cases = try Int.fetchOne(db, sql: "SELECT MAX(rowid) FROM \"case\"") ?? 0
            let described = try? String.fetchOne(db, sql: "SELECT stat FROM sqlite_stat1 WHERE tbl = 'case' AND idx = 'case_by_updated'")
            return isStale(described: described ?? nil, cases: cases)
        }
        guard migrated || stale else { return }
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA analysis_limit = \(analysisLimit); ANALYZE")
        }
    }

    /// Whether statistics describing `described` (sqlite_stat1's text: the row count first) are
    /// stale for a table of about `cases` rows: missing, or the table has more than doubled.
    static func isStale(described: String?, cases: Int) -> Bool {
        guard cases > 0 else { return false }
        guard let described, let rows = described.split(separator: " ").first.flatMap({ Int($0) }) else { return true }
        return cases > 2 * rows + 100
    }
}
