import Foundation
import Testing
@testable import Storage
import Workflow

/// The queue's tabs and paging against a database of a few hundred cases.
@Suite struct CaseQueueTests {
    @Test func pagingFromAnAnchorGivesTheSameRowsAsTheOffset() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        try BenchmarkSeeder.seed(store, cases: 300)
        let filter = QueueFilter(tab: .section, userID: "chief", section: "religious", actionable: [], today: CivilDate.inShanghai(DemoSeeder.now))
        let total = try store.queue.count(filter)
        #expect(total > 200)
        var anchor: QueueAnchor?
        var seen: [String] = []
        for page in 0..<5 {
            let byOffset = try store.queue.page(filter, offset: page * 40, limit: 40)
            let byAnchor = try store.queue.page(filter, offset: page * 40, limit: 40, after: anchor)
            #expect(byOffset.map(\.state.id) == byAnchor.map(\.state.id), "page \(page)")
            anchor = byAnchor.last?.anchor
            seen += byAnchor.map(\.state.id)
        }
        #expect(Set(seen).count == seen.count, "no row twice")
    }

    @Test func tabsSelectTheRightCases() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let today = CivilDate.inShanghai(DemoSeeder.now)
        let warning = QueueFilter(tab: .warning, userID: "chief", section: "religious", actionable: [], today: today)
        let warned = try store.queue.page(warning, offset: 0, limit: 50)
        #expect(warned.map(\.state.id).sorted() == ["CF2026000003", "XK2026000004", "XK2026000005"])
        let done = QueueFilter(tab: .done, userID: "leader", section: "office", actionable: [], today: today)
        #expect(try store.queue.page(done, offset: 0, limit: 50).map(\.state.id).sorted() == ["CF2025000001", "XK2026000007"])
        let flagged = QueueFilter(tab: .flagged, userID: "monitor", section: "office", actionable: [], today: today)
        #expect(try store.queue.page(flagged, offset: 0, limit: 50).map(\.state.id) == ["CF2026000003"], "the justified fine outside the band")
        let search = QueueFilter(tab: .search, userID: "chief", section: "", actionable: [], today: today, search: "李芳")
        #expect(try store.queue.count(search) == 3)
        let nothing = QueueFilter(tab: .search, userID: "chief", section: "", actionable: [], today: today, search: "%")
        #expect(try store.queue.count(nothing) == 0, "wildcards typed by a user are literal")
    }
}
