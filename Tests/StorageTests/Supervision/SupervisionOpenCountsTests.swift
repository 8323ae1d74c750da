import Foundation
import GRDB
import Testing
@testable import Storage
import Workflow

/// The open cases counted per key (`supervision_open`, what the board's "now" columns read) stay
/// equal to the case facts through every kind of operation, and `audit verify` finds them altered.
@Suite struct SupervisionOpenCountsTests {
    static func counts(_ store: PowerDeskStore) throws -> [String: Int] {
        try store.database.read { db in
            var out: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT \(SupervisionLedger.openKey) AS k1, COUNT(*) AS n FROM supervision_case WHERE status IN ('open', 'suspended') GROUP BY \(SupervisionLedger.openKey)") {
                out[(0..<8).map { (row[$0] as String?) ?? "∅" }.joined(separator: "|"), default: 0] += row["n"] as Int
            }
            return out
        }
    }

    static func stored(_ store: PowerDeskStore) throws -> [String: Int] {
        try store.database.read { db in
            var out: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM supervision_open") {
                out[(0..<8).map { (row[$0] as String?) ?? "∅" }.joined(separator: "|")] = row["n"]
            }
            return out
        }
    }

    @Test func theCountsFollowEveryOperation() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        #expect(!(try Self.stored(store)).isEmpty)
        #expect(try Self.stored(store) == Self.counts(store))
        // Open, accept, suspend and close cases; the counts follow at each step.
        let opened = try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk)
        #expect(try Self.stored(store) == Self.counts(store))
        _ = try store.cases.act(opened.state.id, CaseCommand(action: "accept"), by: StoreFixture.clerk)
        #expect(try Self.stored(store) == Self.counts(store))
        let users = try ["clerk", "handler", "chief", "legal", "leader"].compactMap { try store.users.actor($0) }
        _ = try StoreFixture.actOnOpenCases(store, users: users, from: DemoSeeder.now.addingTimeInterval(86_400))
        #expect(try Self.stored(store) == Self.counts(store))
        #expect(try store.verify().isIntact)
        // Rebuilt from the events, the same.
        let before = try Self.stored(store)
        try store.database.write { db in try SupervisionLedger.rebuild(db) }
        #expect(try Self.stored(store) == before)
    }

    @Test func anAlteredCountIsFoundByAuditVerify() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let changed = try store.database.pool.write { db -> Int in
            try db.execute(sql: """
                UPDATE supervision_open SET n = n + 1 WHERE (item_code, section, officer, status, opened_on, warn_on, red_after, limit_unit) IN
                    (SELECT item_code, section, officer, status, opened_on, warn_on, red_after, limit_unit FROM supervision_open LIMIT 1)
                """)
            return db.changesCount
        }
        #expect(changed == 1)
        let verification = try store.verify()
        #expect(verification.problem?.reason.key == "supervision.ledgerMismatch")
        #expect(verification.message.text(.en).contains("supervision_open"))
    }
}
