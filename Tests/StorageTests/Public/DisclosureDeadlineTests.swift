import Documents
import Foundation
import GRDB
import Testing
@testable import Storage
import Workflow

/// The 双公示 deadline (`disclosure.publicity-days` working days from the decision): pending while
/// in time, late when unpublished past it or published after it; the publishing run records the
/// day each decision first went public, once, audited; supervision alone reads it.
@Suite(.serialized) struct DisclosureDeadlineTests {
    static let monitor = Actor(userID: "monitor", name: "孙监察", posts: ["monitor"])
    static let policy = DisclosurePolicy(supervisionPhone: "1", complaintChannel: "2", secretPosts: ["legal"], secretBasis: "b", publicityDays: 7,
                                         publicityBasis: "国办发〔2015〕51号", publicityDocuments: ["penalty-decision"])

    static func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    static func decision(_ number: String, decided: String, published: String? = nil, hidden: Bool = false, withdrawnOn: String? = nil) -> DisclosureDecision {
        let entry = DisclosureEntry(kind: .penalty, number: number, caseID: "CF2026" + number, itemName: "事项", party: "张*", creditCode: nil,
                                    content: "警告", decidedOn: day(decided))
        let withdrawal = withdrawnOn.map {
            DisclosureWithdrawal(kind: .penalty, number: number, caseID: entry.caseID, itemName: "事项", decidedOn: entry.decidedOn, withdrawnOn: day($0), reason: "r")
        }
        return DisclosureDecision(documentID: Int64(number) ?? 0, entry: entry, hidden: hidden, withdrawal: withdrawal, publishedOn: published.map(day))
    }

    @Test func sevenWorkingDaysFromTheDecisionSortPendingFromLate() {
        // No holiday schedule: Monday to Friday. Decided Monday 2026-03-02, due Wednesday 2026-03-11.
        let calendar = WorkCalendar(schedules: [])
        let decisions = [
            Self.decision("000001", decided: "2026-03-02", published: "2026-03-11"),   // on the last day: on time
            Self.decision("000002", decided: "2026-03-02", published: "2026-03-12"),   // a day late
            Self.decision("000003", decided: "2026-03-02"),                            // not yet public
            Self.decision("000004", decided: "2026-03-06"),                            // Friday: due 2026-03-17
            Self.decision("000005", decided: "2026-03-02", withdrawnOn: "2026-03-05"), // withdrawn before it went public
            Self.decision("000006", decided: "2026-03-02", hidden: true),             // secret or corrected
        ]
        let onTheDay = DisclosureDeadlines.report(decisions, policy: Self.policy, calendar: calendar, today: Self.day("2026-03-11"))
        #expect(onTheDay.pending.map(\.number) == ["000003", "000004"])
        #expect(onTheDay.unpublishedLate.isEmpty)
        #expect(onTheDay.publishedLate.map(\.number) == ["000002"])
        #expect(onTheDay.publishedLate.first?.dueOn == Self.day("2026-03-11"))
        #expect(onTheDay.pending.last?.dueOn == Self.day("2026-03-17"))

        let dayAfter = DisclosureDeadlines.report(decisions, policy: Self.policy, calendar: calendar, today: Self.day("2026-03-12"))
        #expect(dayAfter.pending.map(\.number) == ["000004"])
        #expect(dayAfter.unpublishedLate.map(\.number) == ["000003"])
        #expect(dayAfter.late == 2)
    }

    @Test func aPublishingRunRecordsTheDayEachDecisionWentPublicOnce() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let today = CivilDate.inShanghai(store.database.clock.now())
        #expect(throws: StorageError.self) { try store.disclosureDeadlines(today: today, for: StoreFixture.clerk) }
        let before = try store.disclosureDeadlines(today: today, for: Self.monitor)
        let decided = before.pending.count + before.unpublishedLate.count
        #expect(decided > 0, "the demo has decisions to publish")
        #expect(before.publishedLate.isEmpty)

        _ = try store.publish(to: fixture.directory.appendingPathComponent("site").path)
        let recorded = try store.database.read { db in
            try Row.fetchAll(db, sql: "SELECT published_on FROM disclosure_published").map { $0[0] as String }
        }
        #expect(recorded.count == decided && recorded.allSatisfy { $0 == today.description })
        let after = try store.disclosureDeadlines(today: today, for: Self.monitor)
        #expect(after.pending.isEmpty && after.unpublishedLate.isEmpty)
        // What was overdue before the run is now published late, and nothing else is.
        #expect(Set(after.publishedLate.map(\.number)) == Set(before.unpublishedLate.map(\.number)))
        let calendar = try store.definitions.calendar()
        for line in after.publishedLate {
            #expect(calendar.count(.workday, after: line.decidedOn, through: line.dueOn) == 7, "\(line)")
            #expect(line.publishedOn == today && today > line.dueOn)
        }

        _ = try store.publish(to: fixture.directory.appendingPathComponent("site").path)
        let audits = try store.database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit WHERE kind = 'disclosure.published'") }
        #expect(audits == 1, "a second run records nothing new")
        #expect(try store.verify().isIntact)
    }
}
