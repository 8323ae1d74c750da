import Foundation
import GRDB
import Localization
import Testing
@testable import Storage
import Workflow

/// What `audit verify` holds beyond the hashes: time runs forward along a production chain (a
/// rebuilt chain with a record moved back in time is still caught), no action is dated before its
/// case was opened, and a database keeps the kind it was created as.
@Suite struct HistoryIntegrityTests {
    /// Rewrites every hash from `from` on, as a tamperer with the file and this code could.
    static func rebuildChain(_ db: Database, from seq: Int64) throws {
        var previous = try String.fetchOne(db, sql: "SELECT hash FROM audit WHERE seq = ?", arguments: [seq - 1]) ?? AuditChain.genesis
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE seq >= ? ORDER BY seq", arguments: [seq])
        for row in rows {
            let digest = AuditChain.hash(previous: previous, seq: row["seq"], atMilliseconds: row["at_ms"], userID: row["user_id"], caseID: row["case_id"],
                                         eventSeq: row["event_seq"], kind: row["kind"], body: row["body"])
            try db.execute(sql: "UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?", arguments: [previous, digest, row["seq"] as Int64])
            previous = digest
        }
        let last = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM audit") ?? 0
        try MetaTable.set("audit_head", "\(last):\(previous)", db)
    }

    @Test func aRecordMovedBackInTimeIsFoundEvenWithTheChainRebuilt() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty(kind: .production, clock: .real)
        let admin = Actor(userID: "admin", name: "管理员", posts: ["admin"])
        try store.users.create(id: "clerk", name: "王窗口", section: "office", posts: ["clerk"], password: "secret-12345", by: admin)
        #expect(try store.verify().isIntact)
        try store.database.pool.write { db in
            let last = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM audit") ?? 0
            try db.execute(sql: "UPDATE audit SET at_ms = at_ms - 86400000 WHERE seq = ?", arguments: [last])
            try Self.rebuildChain(db, from: last)
        }
        let verification = try store.verify()
        #expect(verification.problem?.reason.key == "storage.audit.timeBackwards")
    }

    @Test func aDemoChainMayGoBackInTimeForItsSeededCases() throws {
        // Demo cases are seeded dated in the past, one after another: not a fault there.
        let fixture = try StoreFixture()
        #expect(try fixture.demo().verify().isIntact)
    }

    @Test func anActionDatedBeforeItsCaseOpenedIsFound() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let opened = try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk)
        let accepted = try store.cases.act(opened.state.id, CaseCommand(action: "accept"), by: StoreFixture.clerk)
        var events = try store.cases.events(accepted.state.id)
        #expect(!CaseReplayCheck.datedBeforeOpening(events))
        guard case let .acted(record) = events[1] else { Issue.record("not an action"); return }
        let early = ActionRecord(
            action: record.action, name: record.name, kind: record.kind, from: record.from, to: record.to, userID: record.userID,
            actorName: record.actorName, at: record.at.addingTimeInterval(-86_400 * 30), on: record.on, opinion: record.opinion,
            reason: record.reason, participants: record.participants, penalty: record.penalty, penaltyRole: record.penaltyRole,
            missing: record.missing, merged: record.merged, clock: record.clock, extensionLimit: record.extensionLimit,
            documents: record.documents, flags: record.flags, closes: record.closes)
        events[1] = .acted(early)
        #expect(CaseReplayCheck.datedBeforeOpening(events))
    }

    @Test func aChangedKindIsRefusedAtOpenAndFoundByVerify() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty(kind: .production, clock: .real)
        try store.database.pool.write { try MetaTable.set("kind", "demo", $0) }
        #expect(try store.verify().problem?.reason.key == "storage.audit.kindChanged")
        try store.database.pool.close()
        #expect(throws: StorageError(StoragePhrases.kindChanged(fixture.path, "production"))) { try PowerDeskStore.open(at: fixture.path) }
    }
}
