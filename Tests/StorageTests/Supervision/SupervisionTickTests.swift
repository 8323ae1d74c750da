import Foundation
import GRDB
import Testing
@testable import Storage
import Workflow

/// The daily supervision run: each case turning yellow or red is recorded once, audited; red
/// cases go to the section chief and then the leadership after the policy's working days.
@Suite struct SupervisionTickTests {
    static let today = CivilDate.inShanghai(DemoSeeder.now)

    @Test func yellowAndRedCasesAreRecordedOnceAndAudited() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let monitor = try #require(try store.users.actor("monitor"))
        let day = Self.today.adding(days: 3)
        let period = BoardPeriod(.month, containing: day)
        let report = try store.supervision.report(period, by: .item, today: day, for: monitor)
        let never = EscalationPolicy(chiefAfter: 366, leaderAfter: 366)
        let first = try store.supervision.tick(today: day, policy: never)
        #expect(Double(first.red) == report.total[.red])
        #expect(Double(first.yellow) == report.total[.yellow])
        #expect(first.red > 0 && first.yellow > 0)
        #expect(first.toChief == 0 && first.toLeader == 0)
        let again = try store.supervision.tick(today: day, policy: never)
        #expect(again == TickResult())
        let audited = try store.database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit WHERE kind IN ('supervision.red', 'supervision.yellow') AND case_id IS NOT NULL")
        }
        #expect(audited == first.red + first.yellow)
        #expect(try store.verify().isIntact)
    }

    @Test func redCasesGoToTheChiefAndThenTheLeaderAfterTheConfiguredDays() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let policy = EscalationPolicy(chiefAfter: 1, leaderAfter: 4)
        let calendar = try store.definitions.calendar()
        let reds = try store.database.read { db in
            try Row.fetchAll(db, sql: "SELECT case_id, red_after FROM supervision_case WHERE status = 'open' AND red_after < ?", arguments: [Self.today.description])
        }
        #expect(!reds.isEmpty)
        let overdue = reds.map { row in calendar.count(.workday, after: CivilDate(iso: row["red_after"])!, through: Self.today) }
        let result = try store.supervision.tick(today: Self.today, policy: policy)
        #expect(result.toChief == overdue.filter { $0 >= 1 }.count)
        #expect(result.toLeader == overdue.filter { $0 >= 4 }.count)
        let addressed = try store.database.read { db in
            try String.fetchAll(db, sql: "SELECT addressees FROM supervision_event WHERE kind = 'escalated-leader'")
        }
        #expect(addressed.allSatisfy { $0 == "leader" })
        // The leader is told at sign-in.
        let leader = QueueFilter(tab: .todo, userID: "leader", section: "office", actionable: [], today: Self.today)
        #expect(try store.supervision.reminder(leader).escalated == result.toLeader)
    }
}
