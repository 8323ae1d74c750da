import Foundation
import GRDB
import Localization
import Testing
@testable import Storage
import Workflow

/// The outbox is written in the operation's own transaction, numbered without gaps, carries what
/// the hall and the supervision platform need (and no more of a person than may leave the
/// bureau), and `audit verify` finds a record removed or changed.
@Suite struct OutboxTests {
    func outbox(_ store: PowerDeskStore) throws -> [OutboxRecord] {
        try store.database.pool.read { try Outbox.records(after: 0, limit: 100_000, $0) }
    }

    func payload(_ record: OutboxRecord) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(record.payload.utf8)) as? [String: Any])
    }

    @Test func eachOperationWritesItsCaseAndStepRecordsWithGaplessNumbers() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        let opened = try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk)
        let afterOpening = try outbox(store)
        #expect(afterOpening.map(\.kind) == [OutboxKind.caseRecord])
        _ = try store.cases.act(opened.state.id, CaseCommand(action: "accept"), by: StoreFixture.clerk)
        let records = try outbox(store)
        #expect(records.map(\.seq) == Array(1...Int64(records.count)), "numbers run 1, 2, 3...")
        #expect(records.dropFirst().map(\.kind).sorted() == [OutboxKind.caseRecord, OutboxKind.step].sorted())
        let caseRecord = try payload(try #require(records.last { $0.kind == OutboxKind.caseRecord }))
        #expect(caseRecord["serial"] as? String == opened.state.id)
        #expect(caseRecord["itemCode"] as? String == "320600-XK-001")
        #expect(caseRecord["acceptedOn"] as? String == "2026-03-16")
        #expect(caseRecord["status"] as? String == "open")
        let statutory = try #require(caseRecord["statutoryLimit"] as? [String: Any])
        #expect(statutory["days"] as? Int != nil && statutory["due"] as? String != nil, "the limit and its due date once the clock runs")
        let party = try #require(caseRecord["party"] as? [String: Any])
        #expect(party["name"] as? String == "南通市某寺" && party["idNumber"] as? String == "91110000600037341L", "an organisation goes in full")
        #expect(!records.map(\.payload).joined().contains("崇川区"), "the address never leaves")
        let step = try payload(try #require(records.first { $0.kind == OutboxKind.step }))
        #expect(step["step"] as? String == "receive" && step["action"] as? String == "accept" && step["officerID"] as? String == "clerk")
        #expect(step["post"] as? String == "clerk")
        #expect(try store.verify().isIntact)
    }

    @Test func aRefusedOperationWritesNoOutboxRecord() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        let opened = try store.cases.open(try StoreFixture.licenceDraft(materials: ["application": 1]), by: StoreFixture.clerk)
        let before = try outbox(store).count
        #expect(throws: Rejection.self) { try store.cases.act(opened.state.id, CaseCommand(action: "accept"), by: StoreFixture.clerk) }
        #expect(try outbox(store).count == before)
    }

    @Test func abnormalOperationsAreTheirOwnRecords() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        let opened = try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk)
        _ = try store.cases.act(opened.state.id, CaseCommand(action: "withdraw", reason: "申请人书面撤回"), by: StoreFixture.clerk)
        let abnormal = try #require(try outbox(store).first { $0.kind == OutboxKind.abnormal })
        let body = try payload(abnormal)
        #expect(body["operation"] as? String == "withdraw" && body["reason"] as? String == "申请人书面撤回")
        let licence = try #require(try outbox(store).first { $0.kind == OutboxKind.licence }, "a closed licence case reports its outcome")
        #expect(try payload(licence)["outcome"] as? String == "withdrawn")
    }

    @Test func aPersonIsMaskedBeforeLeaving() throws {
        #expect(FeedParty.maskName("张三丰") == "张**")
        #expect(FeedParty.maskNumber("320623199001011231") == "320623********1231")
        #expect(FeedParty.maskNumber("E1234567") == "******67")
        let person = CaseParty(kind: .person, name: "王五", identity: try IdentityCheck.validate("320623199001011231", as: .residentID).get(), contact: "13800000000")
        let party = FeedParty(person)
        #expect(party.masked && party.name == "王*" && !party.idNumber.contains("19900101"))
    }

    @Test func timesAreBeijingTime() {
        #expect(FeedTime.iso(Date(timeIntervalSince1970: 0)) == "1970-01-01T08:00:00+08:00")
        #expect(FeedTime.iso(Date(timeIntervalSince1970: 1_773_622_800)) == "2026-03-16T09:00:00+08:00")
        #expect(FeedTime.iso(Date(timeIntervalSince1970: 1_709_164_799)) == "2024-02-29T07:59:59+08:00")
    }

    @Test func otherKindsAppendThroughThePublicAPI() throws {
        struct Notice: Encodable { let serial: String; let text: String }
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        let before = try outbox(store).count
        let seq = try store.database.write { db in
            try Outbox.append(kind: "supervision-notice", key: "DB-1", payload: Notice(serial: "XK2026000001", text: "请于三日内说明"), at: Date(), db)
        }
        #expect(seq == Int64(before + 1))
        #expect(try outbox(store).last?.kind == "supervision-notice")
    }

    @Test func auditVerifyFindsARemovedOrChangedRecord() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        let opened = try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk)
        _ = try store.cases.act(opened.state.id, CaseCommand(action: "accept"), by: StoreFixture.clerk)
        #expect(try store.verify().isIntact)
        // The triggers refuse it through SQL...
        #expect(throws: DatabaseError.self) { try store.database.pool.write { try $0.execute(sql: "UPDATE outbox SET payload = '{}' WHERE seq = 2") } }
        // ...and with them dropped, the chain finds it.
        try store.database.pool.write { db in
            try db.execute(sql: "DROP TRIGGER outbox_no_update; UPDATE outbox SET payload = payload || ' ' WHERE seq = 2")
        }
        let changed = try store.verify()
        #expect(!changed.isIntact && changed.message.text(.zh).contains("发件箱第 2 条"))
        try store.database.pool.write { db in
            try db.execute(sql: "DROP TRIGGER outbox_no_delete; DELETE FROM outbox WHERE seq >= 2")
            try db.execute(sql: "INSERT INTO outbox SELECT seq + 2, kind, record_key, case_id, at_ms, payload, prev_hash, hash FROM outbox WHERE seq = 1")
        }
        let gap = try store.verify()
        #expect(!gap.isIntact && gap.message.text(.zh).contains("缺第 2 条"))
    }

    @Test func theSweepAddsEachWarningOnce() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let ledger = FeedLedger(store)
        let added = try ledger.sweepWarnings()
        let warnings = try outbox(store).filter { $0.kind == OutboxKind.warning }
        #expect(added > 0 && warnings.count >= added, "the demo has cases at yellow and red")
        #expect(try ledger.sweepWarnings() == 0, "a warning is news once")
        let keys = warnings.map(\.key)
        #expect(Set(keys).count == keys.count)
        #expect(try store.verify().isIntact)
    }
}
