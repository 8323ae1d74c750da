import Foundation
import GRDB
import Testing
@testable import Storage
import Workflow

/// The tab counts kept with the cases (issue 14), the supervisors' view of every open case, and
/// the plans of the queue's pages.
@Suite struct DeskCountsTests {
    static let today = CivilDate.inShanghai(DemoSeeder.now)

    /// Every user's filter for every counted tab of a seeded database.
    static func filters(_ store: PowerDeskStore) throws -> [QueueFilter] {
        let (_, set) = try store.definitions.activeSet()
        var filters: [QueueFilter] = []
        for user in try store.users.all() {
            let posts = Set(user.posts)
            var steps: [ActionableStep] = []
            for item in set.items {
                for code in item.procedures {
                    guard let flow = set.flow(item: item.code, procedure: code) else { continue }
                    for step in flow.steps where step.post.map(posts.contains) ?? false {
                        steps.append(ActionableStep(item: item.code, procedure: code, step: step.code))
                    }
                }
            }
            let section = try store.users.section(of: user.userID)
            for tab in QueueTab.allCases where tab != .search {
                filters.append(QueueFilter(tab: tab, userID: user.userID, section: section, actionable: steps, today: today))
            }
        }
        return filters
    }

    /// The tab's rows counted one by one, as the queue did before the counts were kept.
    static func scanned(_ store: PowerDeskStore, _ filter: QueueFilter) throws -> Int {
        try store.database.pool.read { db in
            let everything = try store.caseQueue.supervises(filter.userID, db)
            let (clause, arguments) = CaseQueue.whereClause(filter, everything: everything)
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"case\" WHERE \(clause)", arguments: arguments) ?? 0
        }
    }

    @Test func keptCountsEqualTheRowsOfEveryTabForEveryUser() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        try BenchmarkSeeder.seed(store, cases: 200)
        var nonZero = 0
        for filter in try Self.filters(store) {
            let kept = try store.queue.count(filter)
            #expect(kept == (try Self.scanned(store, filter)), "\(filter.userID) \(filter.tab)")
            if kept > 0 { nonZero += 1 }
        }
        #expect(nonZero > 10, "the comparison must cover tabs that hold cases")
        #expect(try store.verify().isIntact)
    }

    @Test func theCountsFollowAnOperationAndItsUndoingByHand() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let section = QueueFilter(tab: .section, userID: "chief", section: "religious", actionable: [], today: Self.today)
        let before = try store.queue.count(section)
        // A case closed behind the desk's back: the triggers still move it out of 在办.
        try store.database.pool.write { db in
            try db.execute(sql: "UPDATE \"case\" SET status = 'closed' WHERE id = (SELECT MIN(id) FROM \"case\" WHERE section = 'religious' AND status <> 'closed')")
        }
        #expect(try store.queue.count(section) == before - 1)
        #expect(try store.queue.count(section) == (try Self.scanned(store, section)))
    }

    @Test(arguments: [
        "UPDATE desk_count SET n = n + 1 WHERE kind = 'section' AND key = 'religious'",
        "DELETE FROM desk_count WHERE kind = 'done' AND key = 'leader'",
        "INSERT INTO desk_count VALUES ('flagged', '', 0) ON CONFLICT (kind, key) DO UPDATE SET n = n + 7",
    ])
    func anAlteredCountIsFoundByAuditVerify(_ tamper: String) throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        #expect(try store.verify().isIntact)
        try store.database.pool.write { try $0.execute(sql: tamper) }
        let verification = try store.verify()
        #expect(verification.problem?.reason.key == "admin.countMismatch")
    }

    @Test func theMonitorBrowsesEveryOpenCaseMostUrgentFirst() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        try BenchmarkSeeder.seed(store, cases: 120)
        let open = try store.database.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \"case\" WHERE status <> 'closed'") ?? 0 }
        let todo = QueueFilter(tab: .todo, userID: "monitor", section: "office", actionable: [], today: Self.today)
        #expect(try store.queue.count(todo) == open)
        let rows = try store.queue.page(todo, offset: 0, limit: open + 5)
        #expect(rows.count == open)
        // Earliest deadline first; cases with no running deadline last.
        let days = rows.map { $0.state.status == .open ? (try? Self.warnOn($0.state.id, store)) ?? nil : nil }.map { $0 ?? "~" }
        #expect(days == days.sorted())
        #expect(days.first != "~")

        let section = QueueFilter(tab: .section, userID: "monitor", section: "office", actionable: [], today: Self.today)
        let bySection = try store.queue.page(section, offset: 0, limit: open + 5)
        #expect(bySection.count == open)
        let keys = bySection.map { [$0.section, $0.state.itemCode] }
        #expect(keys == keys.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(bySection.contains { $0.section != "office" }, "every section's cases, not only the monitor's own")

        // A handler's 在办 stays their section's.
        let handler = QueueFilter(tab: .section, userID: "handler", section: "religious", actionable: [], today: Self.today)
        #expect(try store.queue.page(handler, offset: 0, limit: 500).allSatisfy { $0.section == "religious" })
    }

    static func warnOn(_ id: String, _ store: PowerDeskStore) throws -> String? {
        try store.database.pool.read { try String.fetchOne($0, sql: "SELECT warn_on FROM \"case\" WHERE id = ?", arguments: [id]) }
    }

    @Test func pagingFromAnAnchorAndPositionsAgreeWithTheWholeListInEveryOrder() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        try BenchmarkSeeder.seed(store, cases: 150)
        let clerkSteps = try Self.filters(store).first { $0.userID == "handler" && $0.tab == .todo }?.actionable ?? []
        let filters = [
            QueueFilter(tab: .todo, userID: "handler", section: "religious", actionable: clerkSteps, today: Self.today),
            QueueFilter(tab: .todo, userID: "monitor", section: "office", actionable: [], today: Self.today),
            QueueFilter(tab: .section, userID: "monitor", section: "office", actionable: [], today: Self.today),
            QueueFilter(tab: .section, userID: "chief", section: "religious", actionable: [], today: Self.today),
            QueueFilter(tab: .warning, userID: "chief", section: "religious", actionable: [], today: Self.today),
        ]
        for filter in filters {
            let whole = try store.queue.page(filter, offset: 0, limit: 10_000).map(\.state.id)
            #expect(whole.count > 2, "\(filter.userID) \(filter.tab)")
            var anchor: QueueAnchor?
            var paged: [String] = []
            for page in 0..<((whole.count + 6) / 7) {
                let rows = try store.queue.page(filter, offset: page * 7, limit: 7, after: anchor)
                paged += rows.map(\.state.id)
                anchor = rows.last?.anchor
            }
            #expect(paged == whole, "\(filter.userID) \(filter.tab)")
            for index in [0, whole.count / 2, whole.count - 1] {
                #expect(try store.queue.position(of: whole[index], in: filter) == index, "\(filter.userID) \(filter.tab) \(index)")
            }
            #expect(try store.queue.position(of: "NO-SUCH-CASE", in: filter) == nil)
        }
    }

    @Test func everyPageOfTheQueueReadsAnIndexInItsOrder() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        try BenchmarkSeeder.seed(store, cases: 300)
        try store.database.pool.write { try $0.execute(sql: "ANALYZE") }
        let cases: [(QueueFilter, Bool, String)] = [
            (QueueFilter(tab: .todo, userID: "monitor", section: "office", actionable: [], today: Self.today), true, "case_open_by_deadline"),
            (QueueFilter(tab: .section, userID: "monitor", section: "office", actionable: [], today: Self.today), true, "case_open_by_section_item"),
            (QueueFilter(tab: .flagged, userID: "monitor", section: "office", actionable: [], today: Self.today), true, "case_flagged_by_updated"),
            (QueueFilter(tab: .section, userID: "clerk", section: "office", actionable: [], today: Self.today), false, "case_open_by_section"),
        ]
        for (filter, everything, index) in cases {
            let (clause, arguments) = CaseQueue.whereClause(filter, everything: everything)
            let order = CaseQueue.order(filter.tab, everything: everything)
            let plan = try store.database.pool.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT id FROM \"case\" WHERE \(clause) ORDER BY \(order.sql) LIMIT 40", arguments: arguments)
                    .map { $0["detail"] as String }.joined(separator: "\n")
            }
            #expect(plan.contains(index), "\(filter.userID) \(filter.tab): \(plan)")
            #expect(!plan.contains("TEMP B-TREE"), "no sort of the whole tab: \(plan)")
        }
    }

    @Test func statisticsAreStaleWhenMissingOrOutgrown() {
        #expect(!StatisticsUpkeep.isStale(described: nil, cases: 0))
        #expect(StatisticsUpkeep.isStale(described: nil, cases: 10))
        #expect(!StatisticsUpkeep.isStale(described: "1000 1 1", cases: 1900))
        #expect(StatisticsUpkeep.isStale(described: "1000 1 1", cases: 2200))
        #expect(StatisticsUpkeep.isStale(described: "garbage", cases: 5))
    }

    @Test func openingAGrownDatabaseAnalysesIt() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        try BenchmarkSeeder.seed(store, cases: 300)
        try store.database.pool.write { try $0.execute(sql: "DELETE FROM sqlite_stat1") }
        let reopened = try PowerDeskStore.open(at: fixture.path)
        let stat = try reopened.database.pool.read {
            try String.fetchOne($0, sql: "SELECT stat FROM sqlite_stat1 WHERE tbl = 'case' AND idx = 'case_by_updated'")
        }
        #expect(stat?.split(separator: " ").first.flatMap { Int($0) } ?? 0 >= 300)
        #expect(try reopened.definitions.versionsInUse() == [1])
        let plan = try reopened.database.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT MIN(flow_version) FROM \"case\" WHERE flow_version > 0").map { $0["detail"] as String }.joined()
        }
        #expect(plan.contains("case_by_flow_version"), "\(plan)")
    }
}
