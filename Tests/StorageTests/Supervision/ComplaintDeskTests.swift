import Foundation
import GRDB
import Testing
@testable import Storage
import Workflow

/// Complaints along the shipped complaint flow: its limits (信访工作条例 第32、35条) and single
/// extension come from the definition, only the posts it names act, the complainant is visible
/// to the supervision post alone (never in the audit chain), and an upheld complaint counts in
/// the quarter's evaluation.
@Suite struct ComplaintDeskTests {
    static func named() -> ComplaintDraft {
        ComplaintDraft(kind: .complaint, channel: .phone, identity: ComplaintIdentity(name: "赵投诉", contact: "13900000000", address: "崇川区某路"),
                       subject: "办件拖延", body: "申请已逾期未办结。", officers: ["handler"])
    }

    @Test func theFlowIsTheDefinitionsAndTheCatalogueKeepsFortyPowers() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let set = try store.definitions.activeSet().set
        let flow = try #require(set.procedures[ComplaintDesk.flow])
        #expect(flow.step("register")?.limit == TimeLimit(days: 15, unit: .day))
        #expect(flow.step("investigate")?.limit == TimeLimit(days: 60, unit: .day))
        #expect(set.items.count == 40)
        #expect(!set.items.contains { $0.procedures.contains(ComplaintDesk.flow) })
    }

    @Test func aComplaintRunsItsFlowWithOneExtension() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let clerk = try #require(try store.users.actor("clerk"))
        let monitor = try #require(try store.users.actor("monitor"))
        let leader = try #require(try store.users.actor("leader"))
        let handler = try #require(try store.users.actor("handler"))
        let calendar = try store.definitions.calendar()
        let caseID = try #require(try store.database.read { try String.fetchOne($0, sql: "SELECT id FROM \"case\" ORDER BY id LIMIT 1") })
        var draft = Self.named()
        draft.caseIDs = [caseID]

        #expect(throws: StorageError.self) { try store.complaints.register(draft, by: handler) }
        var missing = draft
        missing.identity = ComplaintIdentity(name: "赵投诉", contact: " ")
        #expect(throws: StorageError.self) { try store.complaints.register(missing, by: clerk) }
        let made = try store.complaints.register(draft, by: clerk)
        #expect(made.created)
        let today = made.record.receivedOn
        #expect(made.record.acceptDue == calendar.due(from: today, adding: 15, unit: .day).date)
        #expect(made.record.step == "register")
        #expect(made.record.caseIDs == [caseID] && made.record.officers == ["handler"])
        let id = made.record.id
        #expect(id.hasPrefix("TS\(today.year)"))

        // The clerk may register but not handle; the leader only extends.
        #expect(throws: StorageError.self) { try store.complaints.act(id, action: "accept", note: "", by: clerk) }
        #expect(throws: StorageError.self) { try store.complaints.act(id, action: "propose-answer", note: "x", by: monitor) }
        let accepted = try store.complaints.act(id, action: "accept", note: "", by: monitor)
        let due = calendar.due(from: today, adding: 60, unit: .day).date
        #expect(accepted.step == "investigate" && accepted.concludeDue == due)
        #expect(throws: StorageError.self) { try store.complaints.act(id, action: "extend", note: "情况复杂", by: monitor) }
        #expect(throws: StorageError.self) { try store.complaints.act(id, action: "extend", note: "", by: leader) }
        let extended = try store.complaints.act(id, action: "extend", note: "情况复杂，需调阅档案", by: leader)
        #expect(extended.concludeDue == calendar.due(from: due, adding: 30, unit: .day).date && extended.extended)
        #expect(extended.step == "investigate")
        #expect(throws: StorageError.self) { try store.complaints.act(id, action: "extend", note: "再延", by: leader) }
        _ = try store.complaints.act(id, action: "propose-answer", note: "经查属实", by: monitor)
        let concluded = try store.complaints.act(id, action: "answer-upheld", note: "投诉属实，已责令整改", by: monitor)
        #expect(concluded.step == "concluded" && concluded.upheld == true && concluded.concludedOn == today)
        #expect(throws: StorageError.self) { try store.complaints.act(id, action: "answer-upheld", note: "again", by: monitor) }

        // Every step audited, the chain intact, and the evaluation counts it against the case's section.
        let kinds = try store.database.read { try String.fetchAll($0, sql: "SELECT kind FROM audit WHERE kind LIKE 'complaint.%' ORDER BY seq") }
        #expect(kinds == ["complaint.register", "complaint.accept", "complaint.extend", "complaint.propose-answer", "complaint.answer-upheld"])
        #expect(try store.verify().isIntact)
        let formula = try SupervisionEvaluationTests.formula()
        let evaluation = try store.supervision.evaluate(BoardPeriod(.quarter, containing: today), formula: formula, for: monitor)
        #expect(evaluation.total.counts.complaintsUpheld == 1)
        #expect(evaluation.total.evidence[.complaintsUpheld] == [id])
        let section = try store.database.read { try String.fetchOne($0, sql: "SELECT section FROM \"case\" WHERE id = ?", arguments: [caseID]) }
        #expect(evaluation.bySection.first { $0.key == section }?.counts.complaintsUpheld == 1)
    }

    @Test func onlyTheSupervisionPostSeesWhoComplained() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let clerk = try #require(try store.users.actor("clerk"))
        let monitor = try #require(try store.users.actor("monitor"))
        let leader = try #require(try store.users.actor("leader"))
        let id = try store.complaints.register(Self.named(), by: clerk).record.id
        var anonymousDraft = Self.named()
        anonymousDraft.identity = nil
        let anonymous = try store.complaints.register(anonymousDraft, by: clerk).record.id

        #expect(try store.complaints.show(id, for: monitor).identity?.name == "赵投诉")
        let seenByLeader = try store.complaints.show(id, for: leader)
        #expect(seenByLeader.identity == nil && seenByLeader.identityWithheld)
        #expect(try store.complaints.list(all: true, for: leader).allSatisfy { $0.identity == nil })
        for actor in [clerk] + (try ["handler", "chief", "legal", "admin"].compactMap { try store.users.actor($0) }) {
            #expect(throws: StorageError.self) { try store.complaints.show(id, for: actor) }
        }
        let anonymousRecord = try store.complaints.show(anonymous, for: monitor)
        #expect(anonymousRecord.anonymous && anonymousRecord.identity == nil && !anonymousRecord.identityWithheld)
        // The audit chain, read by other posts, holds a digest, never the name or the number.
        let bodies = try store.database.read { try String.fetchAll($0, sql: "SELECT body FROM audit WHERE kind LIKE 'complaint.%'") }
        #expect(bodies.count == 2)
        #expect(bodies.allSatisfy { !$0.contains("赵投诉") && !$0.contains("13900000000") })
    }
}
