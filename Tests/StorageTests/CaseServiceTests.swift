import Foundation
import GRDB
import Localization
import Testing
@testable import Storage
import Workflow

/// One operation, one transaction: everything or nothing is written, a stale desk is told to
/// refresh, a repeated request is not applied twice, and a case keeps its flow version.
@Suite struct CaseServiceTests {
    func counts(_ store: PowerDeskStore) throws -> (events: Int, audit: Int, cases: Int) {
        try store.database.pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM case_event") ?? 0, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"case\"") ?? 0)
        }
    }

    @Test func anOpenedCaseIsStoredWithItsEventsAndAuditRecords() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        let before = try counts(store)
        let opened = try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk)
        #expect(opened.state.id == "XK2026000001")
        #expect(try store.cases.load(opened.state.id) == opened.state)
        // Two audit records: the opening event and the query code drawn with it (issue 16).
        #expect(try counts(store) == (before.events + 1, before.audit + 2, before.cases + 1))
        let second = try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk)
        #expect(second.state.id == "XK2026000002", "serial numbers run without gaps")
        #expect(try store.verify().isIntact)
    }

    @Test func aRefusedActionWritesNothing() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        let opened = try store.cases.open(try StoreFixture.licenceDraft(materials: ["application": 1]), by: StoreFixture.clerk)
        let before = try counts(store)
        #expect(throws: Rejection.self) { try store.cases.act(opened.state.id, CaseCommand(action: "accept"), by: StoreFixture.clerk) }
        #expect(throws: Rejection.self) { try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.handler) }
        #expect(try counts(store) == before)
        #expect(try store.cases.load(opened.state.id).revision == opened.state.revision)
    }

    @Test func aStaleDeskIsToldToRefresh() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        let opened = try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk)
        // Two desks read revision 1; the first accepts, the second's withdrawal is refused.
        _ = try store.cases.act(opened.state.id, CaseCommand(action: "accept"), expectedRevision: 1, by: StoreFixture.clerk)
        #expect(throws: StorageError(StoragePhrases.conflict())) {
            try store.cases.act(opened.state.id, CaseCommand(action: "withdraw", reason: "撤回"), expectedRevision: 1, by: StoreFixture.clerk)
        }
        #expect(try store.cases.load(opened.state.id).step == "review")
    }

    @Test func aRepeatedRequestIsAnsweredNotAppliedTwice() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        let first = try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk, requestID: "window-7")
        let again = try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk, requestID: "window-7")
        #expect(again.repeated && again.state.id == first.state.id)
        #expect(try store.cases.count() == 1)
        _ = try store.cases.act(first.state.id, CaseCommand(action: "accept"), by: StoreFixture.clerk, requestID: "window-8")
        let repeatedAccept = try store.cases.act(first.state.id, CaseCommand(action: "accept"), by: StoreFixture.clerk, requestID: "window-8")
        #expect(repeatedAccept.repeated)
        #expect(try store.cases.events(first.state.id).count == 2)
    }

    @Test func eventsReplayToTheStoredState() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let ids = try store.database.pool.read { try String.fetchAll($0, sql: "SELECT id FROM \"case\" ORDER BY id") }
        #expect(ids.count == 15)
        for id in ids {
            let state = try store.cases.load(id)
            #expect(try store.cases.engine(for: state).replay(store.cases.events(id)) == state, "\(id)")
        }
    }

    @Test func aMergeClosesTheAbsorbedCaseInTheSameTransaction() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        // The demo's 李芳 has a P05 investigation and a P19 filed case: merge the second into the first.
        let rows = try store.database.pool.read { try Row.fetchAll($0, sql: "SELECT id, item_code, step FROM \"case\" WHERE party_name = '李芳' AND step = 'investigation' ORDER BY item_code") }
        let primary: String = try #require(rows.first { ($0["item_code"] as String) == "320600-CF-005" })["id"]
        let secondary: String = try #require(rows.first { ($0["item_code"] as String) == "320600-CF-019" })["id"]
        let result = try store.cases.act(primary, CaseCommand(action: "merge", opinion: "同一当事人，并案处理", merge: [secondary]),
                                         by: Actor(userID: "handler", name: "李承办", posts: ["handler"]))
        #expect(result.state.merged.map(\.caseID) == [secondary])
        let absorbed = try store.cases.load(secondary)
        #expect(absorbed.absorbedInto == primary && absorbed.isClosed)
        #expect(try store.verify().isIntact)
    }

    @Test func aRunningCaseKeepsItsFlowVersion() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        let old = try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk)
        // The admin shortens the promise; the legal post confirms it.
        let edited = StoreFixture.definitions().map { source in
            source.path.hasSuffix("320600-XK-001.yaml")
                ? SourceFile(path: source.path, text: source.text.replacingOccurrences(of: "promised: {days: 10, unit: day}", with: "promised: {days: 7, unit: day}"))
                : source
        }
        let admin = Actor(userID: "admin", name: "管理员", posts: ["admin"])
        let legal = Actor(userID: "legal", name: "法制", posts: ["legal"])
        #expect(throws: Rejection.self) { try store.definitions.proposeDraft(edited, note: "x", by: legal) }
        let draft = try store.definitions.proposeDraft(edited, note: "承诺期限缩短为7日", by: admin)
        #expect(try store.definitions.activeVersion() == 1, "a draft changes nothing")
        #expect(throws: Rejection.self) { try store.definitions.confirm(draft, by: admin) }
        try store.definitions.confirm(draft, by: legal)
        let new = try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk)
        #expect(old.state.flowVersion == 1 && new.state.flowVersion == Int(draft))
        #expect(try store.definitions.set(version: 1).item("320600-XK-001")?.promisedLimit?.days == 10)
        #expect(try store.definitions.set(version: draft).item("320600-XK-001")?.promisedLimit?.days == 7)
        _ = try store.cases.act(old.state.id, CaseCommand(action: "accept"), by: StoreFixture.clerk)
        #expect(try store.verify().isIntact)
    }

    @Test func anInvalidDraftIsNeverStored() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        let broken = StoreFixture.definitions().map { source in
            source.path.hasSuffix("licence.yaml") ? SourceFile(path: source.path, text: source.text.replacingOccurrences(of: "to: review", with: "to: reveiw")) : source
        }
        #expect(throws: StorageError.self) { try store.definitions.proposeDraft(broken, note: "x", by: Actor(userID: "admin", name: "a", posts: ["admin"])) }
        #expect(try store.database.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM definition_version") } == 1)
    }

    @Test func fellowOfficersMustBeUsers() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        // The actor as the user records make it, with the certificated officers (行政处罚法 Art. 42).
        let handler = try #require(try store.users.actor("handler"))
        #expect(handler.officers.keys.sorted() == ["chief", "handler", "handler2"])
        let penalty = PenaltyDecision(violations: [ViolationPenalty(itemCode: "320600-CF-005", caseID: "CF2026000002", level: "minor",
                                                                    sanctions: [Sanction(kind: .orderStop), Sanction(kind: .fine, amount: .yuan(120_000))])])
        let invented = CaseCommand(action: "finish-investigation", opinion: "事实清楚", participants: ["张三"], penalty: penalty)
        #expect(throws: Rejection([StoragePhrases.unknownOfficer("张三")])) { try store.cases.act("CF2026000002", invented, by: handler) }
        var real = invented
        real.participants = ["handler2"]
        #expect(try store.cases.act("CF2026000002", real, by: handler).state.step == "review")
    }

    /// An admin records an enforcement certificate in one audited transaction; nobody else may.
    @Test func certificatesAreRecordedByAnAdminAndAudited() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let admin = try #require(try store.users.actor("admin"))
        let until = try #require(CivilDate(year: 2027, month: 6, day: 30))
        #expect(throws: Rejection.self) { try store.users.certify("legal", number: "32060077", validUntil: until, by: try #require(try store.users.actor("handler"))) }
        #expect(throws: StorageError.self) { try store.users.certify("legal", number: "32 06", validUntil: until, by: admin) }
        try store.users.certify("legal", number: "32060077", validUntil: until, by: admin)
        let legal = try #require(try store.users.actor("legal")?.officers["legal"])
        #expect(legal.certificate == EnforcementCertificate(number: "32060077", validUntil: until))
        let audited = try store.database.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit WHERE kind = 'user.certified' AND body LIKE '%32060077%'") }
        #expect(audited == 1)
        #expect(try store.verify().isIntact)
    }
}
