import Foundation
import GRDB
import Localization
import Testing
@testable import Storage
import Workflow

/// 复议/诉讼 outcomes entered through the store: only on a decided case, by the legal or the
/// supervision post, checked and audited in one transaction; the quarterly evaluation counts
/// exactly the outcomes that correct a decision, as recorded here.
@Suite struct RemedyRegisterTests {
    static func closedInQ1(_ store: PowerDeskStore) throws -> String {
        let ids = try store.database.read { try String.fetchAll($0, sql: "SELECT id FROM \"case\" ORDER BY id") }
        for id in ids {
            let state = try store.cases.load(id)
            if state.isClosed, let day = state.clock.stoppedOn ?? state.history.last?.on,
               day >= SupervisionEvaluationTests.q1.from, day <= SupervisionEvaluationTests.q1.through { return id }
        }
        throw StorageError(StoragePhrases.unknownCase("closed in Q1"))
    }

    static func draft(_ caseID: String, _ result: RemedyResult, number: String, decided: String = "2026-03-10") -> RemedyDraft {
        RemedyDraft(caseID: caseID, kind: .review, result: result, filedOn: CivilDate(iso: "2026-02-01")!, decidedOn: CivilDate(iso: decided)!,
                    body: "南通市人民政府", documentNumber: number, note: "申请人不服处罚决定")
    }

    @Test func theLegalPostRecordsAnOutcomeAndTheEvaluationCountsIt() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let legal = try #require(try store.users.actor("legal"))
        let monitor = try #require(try store.users.actor("monitor"))
        let leader = try #require(try store.users.actor("leader"))
        let caseID = try Self.closedInQ1(store)
        let before = try store.supervision.evaluate(SupervisionEvaluationTests.q1, formula: try SupervisionEvaluationTests.formula(), for: leader)

        let changed = try store.remedies.record(Self.draft(caseID, .changed, number: "通政复决〔2026〕12号"), by: legal)
        var suit = Self.draft(caseID, .dismissed, number: "（2026）苏0602行初15号", decided: "2026-03-12")
        suit.kind = .litigation
        suit.body = "南通市崇川区人民法院"
        _ = try store.remedies.record(suit, by: monitor)
        // Withdrawn: nothing was decided on the merits, so it does not count.
        _ = try store.remedies.record(Self.draft(caseID, .withdrawn, number: "通政复决〔2026〕30号", decided: "2026-03-16"), by: legal)

        let listed = try store.remedies.list(caseID: caseID, for: leader)
        #expect(listed.map(\.documentNumber) == ["通政复决〔2026〕30号", "（2026）苏0602行初15号", "通政复决〔2026〕12号"])
        #expect(listed.last == changed)
        #expect(listed.last?.filedOn == CivilDate(iso: "2026-02-01"))

        // The evaluation reads the rows the register wrote: the one changed decision of Q1.
        let after = try store.supervision.evaluate(SupervisionEvaluationTests.q1, formula: try SupervisionEvaluationTests.formula(), for: leader)
        #expect(after.total.counts.decisionsChanged == before.total.counts.decisionsChanged + 1)
        #expect(after.total.evidence[.decisionsChanged] == ["\(caseID)(review)"])

        // Each is audited with the case, and the chain holds.
        let audited = try store.database.read {
            try String.fetchAll($0, sql: "SELECT body FROM audit WHERE kind = 'remedy.outcome' AND case_id = ? ORDER BY seq", arguments: [caseID])
        }
        #expect(audited.count == 3)
        #expect(audited.first?.contains("通政复决〔2026〕12号") == true)
        #expect(try store.verify().isIntact)
    }

    @Test func theCorrectingOutcomesAreChangedRevokedAndUnlawful() {
        #expect(RemedyResult.allCases.filter(\.correctsDecision) == [.changed, .revoked, .unlawful])
        #expect(RemedyResult.parse("确认违法") == .unlawful)
        #expect(RemedyResult.parse("驳回") == .dismissed)
        #expect(RemedyKind.parse("复议") == .review && RemedyKind.parse("行政诉讼") == .litigation)
        #expect(RemedyResult.parse("改判") == nil)
    }

    @Test func badEntriesAreRefusedAndNothingIsWritten() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let legal = try #require(try store.users.actor("legal"))
        let handler = try #require(try store.users.actor("handler"))
        let caseID = try Self.closedInQ1(store)
        let ids = try store.database.read { try String.fetchAll($0, sql: "SELECT id FROM \"case\" ORDER BY id") }
        let open = try #require(try ids.first { id in
            let state = try store.cases.load(id)
            return !state.isClosed && state.decision == nil
        })
        let good = Self.draft(caseID, .changed, number: "通政复决〔2026〕12号")
        var afterDecision = good
        afterDecision.filedOn = CivilDate(iso: "2026-03-11")!
        var future = good
        future.decidedOn = CivilDate(iso: "2026-04-01")!
        var noBody = good
        noBody.body = "  "
        var noNumber = good
        noNumber.documentNumber = ""
        let refusals: [(RemedyDraft, Actor, String)] = [
            (good, handler, "remedy.refused"), (Self.draft(open, .changed, number: "x"), legal, "remedy.notDecided"),
            (afterDecision, legal, "remedy.datesOrder"), (future, legal, "remedy.inFuture"), (noBody, legal, "remedy.bodyMissing"),
            (noNumber, legal, "remedy.numberMissing"),
        ]
        for (draft, actor, key) in refusals {
            do {
                _ = try store.remedies.record(draft, by: actor)
                Issue.record("\(key) was not refused")
            } catch let error as StorageError {
                #expect(error.message.key == key)
            }
        }
        _ = try store.remedies.record(good, by: legal)
        do {
            _ = try store.remedies.record(good, by: legal)
            Issue.record("the same outcome was recorded twice")
        } catch let error as StorageError {
            #expect(error.message.key == "remedy.duplicate")
        }
        #expect(try store.database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM remedy_outcome") } == 1)
        #expect(try store.database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit WHERE kind = 'remedy.outcome'") } == 1)
    }
}
