import Foundation
import GRDB
import Testing
@testable import Storage
import Workflow

/// The supervision summaries are kept in each operation's transaction, say what the events say,
/// are rebuilt by the migration on an older database, and `audit verify` finds them altered.
@Suite struct SupervisionLedgerTests {
    static let monitor = Actor(userID: "monitor", name: "孙监察", posts: ["monitor"])

    @Test func theDemoSummariesCountWhatTheEventsSay() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        #expect(try store.verify().isIntact)
        try store.database.read { db in
            let cases = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"case\"") ?? 0
            #expect(cases > 10)
            #expect(try Int.fetchOne(db, sql: "SELECT SUM(n) FROM supervision_tally WHERE kind = 'received'") == cases)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM supervision_case") == cases)
            // Every closing action is one `done`, counted against the event that closed the case.
            let closes = try String.fetchAll(db, sql: "SELECT body FROM case_event").filter { body in
                guard case let .acted(record)? = try? EventCoding.value(CaseEvent.self, from: body) else { return false }
                return record.closes
            }.count
            #expect(closes > 0)
            #expect(try Int.fetchOne(db, sql: "SELECT SUM(n) FROM supervision_tally WHERE kind = 'done'") == closes)
            #expect(try Int.fetchOne(db, sql: "SELECT SUM(n) FROM supervision_tally") == Int.fetchOne(db, sql: "SELECT COUNT(*) FROM supervision_mark"))
        }
    }

    @Test func anOperationUpdatesTheSummariesInItsOwnTransaction() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        func tally(_ kind: String) throws -> Int {
            try store.database.read { try Int.fetchOne($0, sql: "SELECT IFNULL(SUM(n), 0) FROM supervision_tally WHERE kind = ?", arguments: [kind]) ?? 0 }
        }
        let received = try tally("received")
        let accepted = try tally("accepted")
        let opened = try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk)
        #expect(try tally("received") == received + 1)
        _ = try store.cases.act(opened.state.id, CaseCommand(action: "accept"), by: StoreFixture.clerk)
        #expect(try tally("accepted") == accepted + 1)
        let facts = try store.database.read { db in
            try Row.fetchOne(db, sql: "SELECT status, accepted_on, officer FROM supervision_case WHERE case_id = ?", arguments: [opened.state.id])
        }
        #expect(facts?["status"] == "open")
        #expect(facts?["accepted_on"] == CivilDate.inShanghai(DemoSeeder.now).description)
        #expect(try store.verify().isIntact)
    }

    @Test(arguments: [
        "UPDATE supervision_tally SET n = n + 1 WHERE rowid IN (SELECT rowid FROM supervision_tally LIMIT 1)",
        "DELETE FROM supervision_mark WHERE kind = 'received' AND case_id = (SELECT MIN(case_id) FROM supervision_mark)",
        "UPDATE supervision_case SET late = 0, used = 1 WHERE case_id = (SELECT MIN(case_id) FROM supervision_case WHERE status = 'closed')",
        "UPDATE supervision_case SET red_after = NULL WHERE case_id = (SELECT MIN(case_id) FROM supervision_case WHERE red_after IS NOT NULL)",
        "INSERT INTO supervision_tally VALUES ('2026-01-05', '320600-XK-001', 'religious', 'handler', 'returned', 1)",
    ])
    func anAlteredSummaryIsFoundByAuditVerify(_ tamper: String) throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        // WITHOUT ROWID tables: address the first row by its key instead.
        let sql = tamper.replacingOccurrences(of: "rowid IN (SELECT rowid FROM supervision_tally LIMIT 1)",
                                              with: "(day, item_code, section, officer, kind) IN (SELECT day, item_code, section, officer, kind FROM supervision_tally LIMIT 1)")
        let changed = try store.database.pool.write { db -> Int in
            try db.execute(sql: sql)
            return db.changesCount
        }
        #expect(changed == 1)
        let verification = try store.verify()
        #expect(verification.problem?.reason.key == "supervision.ledgerMismatch")
    }

    @Test func theMigrationFillsTheSummariesOfAnOlderDatabase() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let before = try Self.snapshot(store)
        try store.database.pool.write { db in
            try db.execute(sql: """
                DROP TABLE supervision_tally; DROP TABLE supervision_mark; DROP TABLE supervision_case; DROP TABLE supervision_event; DROP TABLE supervision_notice;
                DELETE FROM grdb_migrations WHERE identifier = 'v15-supervision-board';
                """)
        }
        try store.database.close()
        let reopened = try PowerDeskStore.open(at: fixture.path)
        #expect(try Self.snapshot(reopened) == before)
        #expect(try reopened.verify().isIntact)
    }

    static func snapshot(_ store: PowerDeskStore) throws -> [String] {
        try store.database.read { db in
            try String.fetchAll(db, sql: "SELECT day || '/' || item_code || '/' || section || '/' || officer || '/' || kind || '=' || n FROM supervision_tally ORDER BY 1")
                + String.fetchAll(db, sql: """
                    SELECT case_id || '/' || officer || '/' || status || '/' || IFNULL(accepted_on, '-') || '/' || IFNULL(closed_on, '-') || '/'
                        || IFNULL(red_after, '-') || '/' || IFNULL(used, '-') || '/' || IFNULL(late, '-') FROM supervision_case ORDER BY 1
                    """)
        }
    }
}
