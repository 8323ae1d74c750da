import Foundation
import GRDB
import Localization
import Workflow

/// The supervision summaries (issue 15), kept in the transaction of every case operation so the
/// board reads indexed tables instead of a million case states: `supervision_tally` counts
/// operations per (day, item, section, officer, kind), `supervision_mark` lists the counted events
/// for drilling down, `supervision_case` holds each case's deadline and time-used facts. All of it
/// is a function of the events, so `audit verify` recomputes it and compares.
enum SupervisionLedger {
    /// The one hook in `CaseService.persist`: the transition's events counted, the case's facts
    /// written; cases changed on the side (a merge) are read back as just saved.
    static func record(
        _ transition: Transition, _ snapshot: CaseSnapshot, previousRevision: Int, section: String, engine: CaseEngine, calendar: WorkCalendar,
        definitions: DefinitionRepository, at: Date, _ db: Database
    ) throws {
        let state = transition.state
        try add(marks(transition.events, caseID: state.id, after: previousRevision), item: state.itemCode, section: section, db)
        try writeCounted(SupervisionCaseFacts.of(snapshot, section: section, engine: engine, calendar: calendar), db)
        for (otherID, events) in transition.sideEvents.sorted(by: { $0.key < $1.key }) {
            guard let row = try Row.fetchOne(db, sql: "SELECT state, section, flow_version FROM \"case\" WHERE id = ?", arguments: [otherID]) else { continue }
            let other = try EventCoding.state(row)
            let otherSection: String = row["section"]
            let otherEngine = CaseEngine(definitions: try definitions.set(version: row["flow_version"], db), calendar: calendar)
            try add(marks(events, caseID: otherID, after: other.revision - events.count), item: other.itemCode, section: otherSection, db)
            try writeCounted(SupervisionCaseFacts.of(other, section: otherSection, engine: otherEngine, calendar: calendar, at: at), db)
        }
    }

    static func marks(_ events: [CaseEvent], caseID: String, after revision: Int) -> [SupervisionMark] {
        events.enumerated().flatMap { offset, event in SupervisionMark.of(event, caseID: caseID, seq: Int64(revision + offset + 1)) }
    }

    static func add(_ marks: [SupervisionMark], item: String, section: String, _ db: Database) throws {
        for mark in marks {
            try db.cachedStatement(sql: """
                INSERT INTO supervision_mark (case_id, seq, kind, day, item_code, section, officer) VALUES (?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [mark.caseID, mark.seq, mark.kind.rawValue, mark.day.description, item, section, mark.officer])
            try db.cachedStatement(sql: """
                INSERT INTO supervision_tally (day, item_code, section, officer, kind, n) VALUES (?, ?, ?, ?, ?, 1)
                ON CONFLICT (day, item_code, section, officer, kind) DO UPDATE SET n = n + 1
                """).execute(arguments: [mark.day.description, item, section, mark.officer, mark.kind.rawValue])
        }
    }

    static func write(_ facts: SupervisionCaseFacts, _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO supervision_case (\(SupervisionCaseFacts.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: StatementArguments(facts.arguments))
    }

    // MARK: Open cases counted

    /// The open and suspended cases counted per (item, section, officer, status, opened, warn,
    /// red, unit) in `supervision_open`, so the board's "now" columns read a few thousand rows
    /// whatever the number of cases. NULL days are kept as '' (they are part of the key).
    static let openKey = "item_code, section, officer, status, opened_on, IFNULL(warn_on, ''), IFNULL(red_after, ''), IFNULL(limit_unit, '')"

    /// `write` with the open-case counts moved from the case's old facts to its new ones. Most
    /// operations change neither the facts nor the counted key (a step within the same day), so
    /// the stored facts are read first and only what differs is written.
    static func writeCounted(_ facts: SupervisionCaseFacts, _ db: Database) throws {
        let stored = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT \(SupervisionCaseFacts.columns) FROM supervision_case WHERE case_id = ?"), arguments: [facts.caseID])
        let old = stored.flatMap(SupervisionCaseFacts.init(row:))
        if let old, old == facts { return }
        let newKey = openKey(facts)
        let oldKey: [String]?
        if let old {
            oldKey = openKey(old)
        } else if stored != nil {
            // A row this version cannot read back (only the sqlite3 shell writes one): its key as stored.
            oldKey = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT \(openKey) FROM supervision_case WHERE case_id = ? AND status IN ('open', 'suspended')"),
                arguments: [facts.caseID]).map { row in row.databaseValues.map { String.fromDatabaseValue($0) ?? "" } }
        } else {
            oldKey = nil
        }
        if oldKey != newKey {
            if let oldKey {
                // By its key both times: one row touched, never a scan of the counts.
                let match = "item_code = ? AND section = ? AND officer = ? AND status = ? AND opened_on = ? AND warn_on = ? AND red_after = ? AND limit_unit = ?"
                try db.cachedStatement(sql: "UPDATE supervision_open SET n = n - 1 WHERE \(match)").execute(arguments: StatementArguments(oldKey))
                try db.cachedStatement(sql: "DELETE FROM supervision_open WHERE \(match) AND n <= 0").execute(arguments: StatementArguments(oldKey))
            }
            if let newKey {
                try db.cachedStatement(sql: """
                    INSERT INTO supervision_open (item_code, section, officer, status, opened_on, warn_on, red_after, limit_unit, n)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)
                    ON CONFLICT (item_code, section, officer, status, opened_on, warn_on, red_after, limit_unit) DO UPDATE SET n = n + 1
                    """).execute(arguments: StatementArguments(newKey))
            }
        }
        try write(facts, db)
    }

    /// The key a case's facts are counted under in `supervision_open` (NULL days as ''), or nil
    /// when the case is neither open nor suspended and so not counted.
    static func openKey(_ facts: SupervisionCaseFacts) -> [String]? {
        guard facts.status == "open" || facts.status == "suspended" else { return nil }
        return [facts.itemCode, facts.section, facts.officer, facts.status, facts.openedOn.description,
                facts.warnOn?.description ?? "", facts.redAfter?.description ?? "", facts.limit?.unit.rawValue ?? ""]
    }

    /// `supervision_open` filled again from `supervision_case` (migration, rebuild).
    static func refillOpen(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM supervision_open;
            INSERT INTO supervision_open (item_code, section, officer, status, opened_on, warn_on, red_after, limit_unit, n)
            SELECT \(openKey), COUNT(*) FROM supervision_case WHERE status IN ('open', 'suspended') GROUP BY \(openKey);
            """)
    }

    /// "supervision_open" when an open-case count differs from the case facts (which are
    /// checked against the events), else nil.
    static func openMismatch(_ db: Database) throws -> String? {
        let expected = "SELECT \(openKey), COUNT(*) FROM supervision_case WHERE status IN ('open', 'suspended') GROUP BY \(openKey)"
        let stored = "SELECT item_code, section, officer, status, opened_on, warn_on, red_after, limit_unit, n FROM supervision_open"
        let differs = try Row.fetchOne(db, sql: """
            SELECT 1 FROM (\(expected) EXCEPT \(stored)) UNION ALL SELECT 1 FROM (\(stored) EXCEPT \(expected)) LIMIT 1
            """)
        return differs == nil ? nil : "supervision_open"
    }

    // MARK: Recomputing

    /// The definitions and calendar a database holds, read without the repositories (the
    /// migration runs before there are any): each version compiled from its stored files.
    struct Sources {
        let calendar: WorkCalendar
        private var engines: [Int64: CaseEngine] = [:]
        private let compile: (Int64, Database) throws -> DefinitionSet

        init(_ db: Database, compile: @escaping (Int64, Database) throws -> DefinitionSet) throws {
            calendar = try SupervisionLedger.storedCalendar(db)
            self.compile = compile
        }

        mutating func engine(_ version: Int64, _ db: Database) throws -> CaseEngine {
            if let known = engines[version] { return known }
            let engine = CaseEngine(definitions: try compile(version, db), calendar: calendar)
            engines[version] = engine
            return engine
        }
    }

    /// Every case's marks and facts computed again from its events.
    static func recompute(_ db: Database, sources: inout Sources, each: (_ marks: [SupervisionMark], _ item: String, _ section: String, SupervisionCaseFacts) throws -> Void) throws {
        let cases = try Row.fetchCursor(db, sql: "SELECT id, flow_version, section FROM \"case\" ORDER BY id")
        let eventsOfCase = try db.makeStatement(sql: "SELECT body FROM case_event WHERE case_id = ? ORDER BY seq")
        let decoder = EventCoding.decoder()
        while let row = try cases.next() {
            let caseID: String = row["id"]
            let section: String = row["section"]
            let engine = try sources.engine(row["flow_version"], db)
            let events = try Data.fetchAll(eventsOfCase, arguments: [caseID]).map { try decoder.decode(CaseEvent.self, from: $0) }
            guard let state = engine.replay(events) else { continue }
            let facts = SupervisionCaseFacts.of(state, section: section, engine: engine, calendar: sources.calendar, at: lastInstant(events))
            try each(marks(events, caseID: caseID, after: 0), state.itemCode, section, facts)
        }
    }

    /// When the case last changed: the instant its facts were written at.
    static func lastInstant(_ events: [CaseEvent]) -> Date {
        switch events.last {
        case let .opened(_, _, at, _, _)?, let .materialsAdded(_, _, at)?, let .factsRecorded(_, _, at)?, let .absorbed(_, _, at, _)?,
             let .partyAmended(_, _, _, _, at)?:
            at
        case let .acted(record)?: record.at
        case nil: Date(timeIntervalSince1970: 0)
        }
    }

    /// Fills the tables from the events of a database written before they existed.
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM supervision_tally; DELETE FROM supervision_mark; DELETE FROM supervision_case;")
        var sources = try Sources(db) { version, db in try storedSet(version, db) }
        try recompute(db, sources: &sources) { marks, item, section, facts in
            try add(marks, item: item, section: section, db)
            try write(facts, db)
        }
        // Before migration v22 the counts do not exist yet; it fills them itself.
        if try db.tableExists("supervision_open") { try refillOpen(db) }
    }

    /// A version's definitions compiled from its stored files, as `DefinitionRepository.compile` does.
    static func storedSet(_ version: Int64, _ db: Database) throws -> DefinitionSet {
        let sources = try Row.fetchAll(db, sql: "SELECT path, text FROM definition_file WHERE version_id = ? ORDER BY path", arguments: [version])
            .map { SourceFile(path: $0["path"], text: $0["text"]) }
        guard let set = DefinitionCompiler.compile(sources, stored: true).set else {
            throw StorageError(StoragePhrases.unknownVersion(version))
        }
        return set
    }

    /// The calendar of the holiday schedules stored in the database.
    static func storedCalendar(_ db: Database) throws -> WorkCalendar {
        let files = try Row.fetchAll(db, sql: "SELECT year, text FROM holiday_schedule ORDER BY year").map { row -> (file: String, text: String) in
            (file: "calendar/\(row["year"] as Int).yaml", text: row["text"])
        }
        return HolidayScheduleLoader.load(files).calendar
    }

    static func tallyKey(_ mark: SupervisionMark, item: String, section: String) -> String {
        [mark.day.description, item, section, mark.officer, mark.kind.rawValue].joined(separator: "/")
    }

    static func markKey(_ mark: SupervisionMark) -> String {
        "\(mark.caseID)#\(mark.seq)#\(mark.kind.rawValue)"
    }

    /// The stored marks, tallies and case facts against those the events give (worked out by
    /// `CaseReplayCheck` in the same replay that checks the states); the first that differs,
    /// named by the case or the tally cell for the message of `audit verify`, or nil.
    static func storedMismatch(tallies: [String: Int], marks expectedMarks: Set<String>, cases caseCount: Int, _ db: Database) throws -> String? {
        if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM supervision_case") != caseCount { return "supervision_case" }
        var storedMarks = 0
        let markRows = try Row.fetchCursor(db, sql: "SELECT case_id, seq, kind FROM supervision_mark")
        while let row = try markRows.next() {
            storedMarks += 1
            let key = "\(row["case_id"] as String? ?? "")#\(row["seq"] as Int64? ?? 0)#\(row["kind"] as String? ?? "")"
            if !expectedMarks.contains(key) { return key }
        }
        if storedMarks != expectedMarks.count { return "supervision_mark" }
        let tallyRows = try Row.fetchCursor(db, sql: "SELECT day, item_code, section, officer, kind, n FROM supervision_tally")
        var storedTallies = 0
        while let row = try tallyRows.next() {
            storedTallies += 1
            let key = ["day", "item_code", "section", "officer", "kind"].map { (row[$0] as String?) ?? "" }.joined(separator: "/")
            if tallies[key] != row["n"] as Int? { return key }
        }
        if storedTallies != tallies.count { return "supervision_tally" }
        return try openMismatch(db)
    }
}
