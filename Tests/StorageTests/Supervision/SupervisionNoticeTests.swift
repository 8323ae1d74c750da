import Foundation
import GRDB
import Testing
@testable import Storage
import Workflow

/// 督办: only the supervision post issues and judges; only the addressee (for a section, its
/// chief) answers; every step is audited and the answer and outcome are kept.
@Suite struct SupervisionNoticeTests {
    @Test func aNoticeIsIssuedAnsweredAndJudgedByTheRightPostsOnly() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let monitor = try #require(try store.users.actor("monitor"))
        let handler = try #require(try store.users.actor("handler"))
        let handler2 = try #require(try store.users.actor("handler2"))
        let leader = try #require(try store.users.actor("leader"))
        let caseID = try #require(try store.database.read { try String.fetchOne($0, sql: "SELECT case_id FROM supervision_case WHERE officer = 'handler' LIMIT 1") })

        for actor in [handler, leader] {
            #expect(throws: StorageError.self) {
                try store.notices.issue(.order, caseID: caseID, addressee: "handler", toSection: false, reason: "超期未办", answerDays: 5, by: actor)
            }
        }
        #expect(throws: StorageError.self) { try store.notices.issue(.order, caseID: nil, addressee: "handler", toSection: false, reason: "x", answerDays: 5, by: monitor) }
        #expect(throws: StorageError.self) { try store.notices.issue(.yellowCard, caseID: nil, addressee: "nobody", toSection: false, reason: "x", answerDays: 5, by: monitor) }
        #expect(throws: StorageError.self) { try store.notices.issue(.order, caseID: caseID, addressee: "handler", toSection: false, reason: "  ", answerDays: 5, by: monitor) }

        let notice = try store.notices.issue(.order, caseID: caseID, addressee: "handler", toSection: false, reason: "超期未办，请说明", answerDays: 5, by: monitor)
        let calendar = try store.definitions.calendar()
        #expect(notice.dueOn == calendar.due(from: notice.issuedOn, adding: 5, unit: .workday).date)
        #expect(throws: StorageError.self) { try store.notices.judge(notice.id, outcome: .satisfactory, by: monitor) }
        #expect(throws: StorageError.self) { try store.notices.answer(notice.id, text: "已办理", by: handler2) }
        let answered = try store.notices.answer(notice.id, text: "已补办并告知当事人", by: handler)
        #expect(answered.answer == "已补办并告知当事人" && answered.answeredBy == "handler")
        #expect(throws: StorageError.self) { try store.notices.answer(notice.id, text: "再答", by: handler) }
        #expect(throws: StorageError.self) { try store.notices.judge(notice.id, outcome: .satisfactory, by: handler) }
        let judged = try store.notices.judge(notice.id, outcome: .unsatisfactory, by: monitor)
        #expect(judged.outcome == .unsatisfactory)

        let kinds = try store.database.read { try String.fetchAll($0, sql: "SELECT kind FROM audit WHERE kind LIKE 'supervision.notice%' ORDER BY seq") }
        #expect(kinds == ["supervision.notice", "supervision.notice.answer", "supervision.notice.outcome"])
        #expect(try store.notices.list(for: handler).map(\.id) == [notice.id])
        #expect(try store.notices.list(for: handler2).isEmpty)
        #expect(try store.notices.list(for: leader).count == 1)
        #expect(try store.verify().isIntact)

        // Counted on the board, per officer and per section, and drilled down to its case.
        let today = notice.issuedOn
        let period = BoardPeriod(.month, containing: today)
        let byOfficer = try store.supervision.report(period, by: .officer, today: today, for: monitor)
        #expect(byOfficer.rows.first { $0.key == "handler" }?[.notices] == 1)
        #expect(byOfficer.total[.notices] == 1)
        let drilled = try store.supervision.cases(.notices, dimension: .officer, key: "handler", period: period, today: today, limit: 10, for: monitor)
        #expect(drilled.ids == [caseID])
    }

    @Test func aCardToASectionIsAnsweredByItsChief() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let monitor = try #require(try store.users.actor("monitor"))
        let chief = try #require(try store.users.actor("chief"))
        let handler = try #require(try store.users.actor("handler"))
        let card = try store.notices.issue(.redCard, caseID: nil, addressee: "religious", toSection: true, reason: "本季度超期三件", answerDays: 3, by: monitor)
        #expect(throws: StorageError.self) { try store.notices.answer(card.id, text: "整改", by: handler) }
        #expect(try store.notices.answer(card.id, text: "已约谈承办人并整改", by: chief).answeredBy == "chief")
        #expect(try store.notices.list(for: chief).map(\.kind) == [.redCard])
        let monitorReport = try store.supervision.report(BoardPeriod(.month, containing: card.issuedOn), by: .section, today: card.issuedOn, for: monitor)
        #expect(monitorReport.rows.first { $0.key == "religious" }?[.notices] == 1)
    }
}
