import GRDB
import Workflow

/// The desk's tab counts, kept as they change instead of counted per tab switch (issue 14: a
/// COUNT(*) per tab took 7.4 s at a million cases). One row per (kind, key):
/// - `step`: open cases per item, procedure and step (待办 sums the steps a user may act on);
/// - `section`: open cases per section (在办);
/// - `warning`: open cases per day they turn yellow (预警 sums the days up to today);
/// - `flagged`: cases supervision must see (监察), key '';
/// - `done`: cases per user who acted on them (已办).
///
/// Triggers on `case` and `case_event` keep the rows, so every write path — an operation's
/// transaction, the side events of a merge, the bulk loader, a migration — updates them in its
/// own transaction with no call to forget. `audit verify` recomputes them (`firstMismatch`).
enum DeskCounts {
    /// The unit separator between the parts of a `step` key.
    static let separator = "\u{1F}"

    /// Migration `v20-desk-counts`: the table, its triggers, and the counts of the cases there.
    static func install(_ db: Database) throws {
        let stepKey = { (row: String) in "\(row).item_code || char(31) || \(row).procedure_code || char(31) || \(row).step" }
        // Each tab's membership test and key, for the NEW and OLD rows of a trigger.
        let tabs: [(kind: String, key: (String) -> String, holds: (String) -> String, columns: String)] = [
            ("step", stepKey, { "\($0).status <> 'closed'" }, "item_code, procedure_code, step, status"),
            ("section", { "\($0).section" }, { "\($0).status <> 'closed'" }, "section, status"),
            ("warning", { "\($0).warn_on" }, { "\($0).status = 'open' AND \($0).warn_on IS NOT NULL" }, "status, warn_on"),
            ("flagged", { _ in "''" }, { "\($0).flag_count > 0" }, "flag_count"),
        ]
        try db.execute(sql: "CREATE TABLE desk_count (kind TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID")
        for tab in tabs {
            let add = { (row: String, delta: Int) in
                "INSERT INTO desk_count (kind, key, n) SELECT '\(tab.kind)', \(tab.key(row)), \(delta) WHERE \(tab.holds(row)) "
                    + "ON CONFLICT (kind, key) DO UPDATE SET n = n + \(delta);"
            }
            // An update fires only when the row's membership or key changed, so an action that
            // leaves a case in the same tab rows writes nothing here.
            let changed = "(\(tab.holds("OLD"))) IS NOT (\(tab.holds("NEW"))) OR \(tab.key("OLD")) IS NOT \(tab.key("NEW"))"
            try db.execute(sql: """
                CREATE TRIGGER desk_count_\(tab.kind)_insert AFTER INSERT ON "case" BEGIN \(add("NEW", 1)) END;
                CREATE TRIGGER desk_count_\(tab.kind)_delete AFTER DELETE ON "case" BEGIN \(add("OLD", -1)) END;
                CREATE TRIGGER desk_count_\(tab.kind)_update AFTER UPDATE OF \(tab.columns) ON "case" WHEN \(changed)
                BEGIN \(add("OLD", -1)) \(add("NEW", 1)) END;
                """)
        }
        // 已办: a user's first event on a case counts it. Events are never deleted.
        try db.execute(sql: """
            CREATE TRIGGER desk_count_done_insert AFTER INSERT ON case_event
            WHEN NOT EXISTS (SELECT 1 FROM case_event e WHERE e.user_id = NEW.user_id AND e.case_id = NEW.case_id AND e.seq <> NEW.seq)
            BEGIN INSERT INTO desk_count (kind, key, n) VALUES ('done', NEW.user_id, 1) ON CONFLICT (kind, key) DO UPDATE SET n = n + 1; END;
            """)
        try db.execute(sql: "INSERT INTO desk_count (kind, key, n) \(recountSQL)")
    }

    /// Every count worked out from the cases and events, as (kind, key, n) rows.
    static let recountSQL = """
        SELECT 'step', item_code || char(31) || procedure_code || char(31) || step, COUNT(*) FROM "case" WHERE status <> 'closed' GROUP BY 2
        UNION ALL SELECT 'section', section, COUNT(*) FROM "case" WHERE status <> 'closed' GROUP BY 2
        UNION ALL SELECT 'warning', warn_on, COUNT(*) FROM "case" WHERE status = 'open' AND warn_on IS NOT NULL GROUP BY 2
        UNION ALL SELECT 'flagged', '', COUNT(*) FROM "case" WHERE flag_count > 0 HAVING COUNT(*) > 0
        UNION ALL SELECT 'done', user_id, COUNT(DISTINCT case_id) FROM case_event GROUP BY 2
        """

    /// The first kept count that differs from the recount, as "kind key: kept ≠ counted"; nil
    /// when all agree. Rows at zero are the same as rows not there.
    static func firstMismatch(_ db: Database) throws -> String? {
        let kept = try Row.fetchAll(db, sql: "SELECT kind, key, n FROM desk_count WHERE n <> 0")
        let counted = try Row.fetchAll(db, sql: recountSQL)
        let keyed = { (rows: [Row]) in
            Dictionary(rows.map { (Pair(kind: $0[0], key: $0[1]), $0[2] as Int) }, uniquingKeysWith: +)
        }
        let keptCounts = keyed(kept)
        let countedCounts = keyed(counted)
        for pair in Set(keptCounts.keys).union(countedCounts.keys).sorted(by: { ($0.kind, $0.key) < ($1.kind, $1.key) }) {
            let have = keptCounts[pair] ?? 0
            let should = countedCounts[pair] ?? 0
            if have != should {
                return "\(pair.kind) \(pair.key.replacingOccurrences(of: separator, with: "/")): \(have) ≠ \(should)"
            }
        }
        return nil
    }

    private struct Pair: Hashable {
        let kind: String
        let key: String
    }

    /// The count of a tab from the kept rows; nil for a tab not kept (search).
    static func count(_ filter: QueueFilter, everything: Bool, _ db: Database) throws -> Int? {
        switch filter.tab {
        case .todo where everything, .section where everything:
            return try sum(db, "kind = 'step'", [])
        case .todo:
            guard !filter.actionable.isEmpty else { return 0 }
            let keys = filter.actionable.map { [$0.item, $0.procedure, $0.step].joined(separator: separator) }
            return try sum(db, "kind = 'step' AND key IN (\(Array(repeating: "?", count: keys.count).joined(separator: ", ")))", StatementArguments(keys))
        case .section:
            return try sum(db, "kind = 'section' AND key = ?", [filter.section])
        case .warning:
            return try sum(db, "kind = 'warning' AND key <= ?", [filter.today.description])
        case .flagged:
            return try sum(db, "kind = 'flagged'", [])
        case .done:
            return try sum(db, "kind = 'done' AND key = ?", [filter.userID])
        case .search:
            return nil
        }
    }

    private static func sum(_ db: Database, _ clause: String, _ arguments: StatementArguments) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(SUM(n), 0) FROM desk_count WHERE \(clause)"), arguments: arguments) ?? 0
    }
}
