import Foundation
import GRDB
import Testing
import Workflow

@testable import Storage

/// An officer's 待办 with the cases whose deadline has been reached (yellow and red) on top, most
/// urgent first, and the rest below in change order (issue 14), paged across the boundary.
@Suite struct UrgentFirstQueueTests {
    static let today = CivilDate.inShanghai(DemoSeeder.now)

    /// A seeded database and the window clerk's 待办 filter (the seeded cases wait for acceptance).
    static func seeded(_ fixture: StoreFixture, cases: Int = 400) throws -> (PowerDeskStore, QueueFilter) {
        let store = try fixture.demo()
        try BenchmarkSeeder.seed(store, cases: cases)
        let steps =
            try DeskCountsTests.filters(store).first { $0.userID == "clerk" && $0.tab == .todo }?.actionable ?? []
        return (
            store, QueueFilter(tab: .todo, userID: "clerk", section: "office", actionable: steps, today: today)
        )
    }

    /// (warn_on, updated_at) of each case, read straight from the table.
    static func keys(_ ids: [String], _ store: PowerDeskStore) throws -> [(warnOn: String?, updatedAt: Double)] {
        try store.database.pool.read { db in
            try ids.map { id in
                let row = try Row.fetchOne(
                    db, sql: "SELECT warn_on, updated_at FROM \"case\" WHERE id = ?", arguments: [id])
                return (row?["warn_on"], row?["updated_at"] ?? 0)
            }
        }
    }

    @Test func warnedCasesComeFirstMostUrgentFirstThenTheRestByLastChange() throws {
        let fixture = try StoreFixture()
        let (store, filter) = try Self.seeded(fixture)
        let whole = try store.queue.page(filter, offset: 0, limit: 10_000).map(\.state.id)
        #expect(whole.count == (try store.queue.count(filter)))
        #expect(Set(whole).count == whole.count)
        let keys = try Self.keys(whole, store)
        let reached = { (key: (warnOn: String?, updatedAt: Double)) in
            key.warnOn.map { $0 <= Self.today.description } ?? false
        }
        let urgent = keys.prefix { reached($0) }
        let rest = keys.dropFirst(urgent.count)
        #expect(urgent.count > 20 && rest.count > 5, "both bands hold cases: \(urgent.count) + \(rest.count)")
        #expect(!rest.contains { reached($0) }, "no warned case below a case still in time")
        let days = urgent.compactMap(\.warnOn)
        #expect(days == days.sorted(), "the earliest deadline first")
        let changes = rest.map(\.updatedAt)
        #expect(changes == changes.sorted(by: >), "the rest: last change first")
        // Red (past its due date) is the top of the list: every red row precedes every yellow one.
        let levels = try whole.prefix(urgent.count).map { id in try Self.level(id, store) }
        #expect(levels.contains(.red) && levels.contains(.yellow), "\(levels)")
        if let firstYellow = levels.firstIndex(of: .yellow) { #expect(!levels[firstYellow...].contains(.red)) }
    }

    /// The case's most urgent deadline level, as the desk draws it.
    static func level(_ id: String, _ store: PowerDeskStore) throws -> DeadlineLevel {
        let state = try store.cases.load(id)
        let calendar = try store.definitions.calendar()
        let levels = try store.cases.engine(for: state).deadlines(state, calendar: calendar, today: today).filter {
            $0.finishedOn == nil
        }.map(\.status.level)
        return levels.contains(.red) ? .red : levels.contains(.yellow) ? .yellow : .normal
    }

    @Test(arguments: [1, 7, 40])
    func pagesByAnchorAndByOffsetAndPositionsAgreeWithTheWholeList(_ size: Int) throws {
        let fixture = try StoreFixture()
        let (store, filter) = try Self.seeded(fixture, cases: 250)
        let whole = try store.queue.page(filter, offset: 0, limit: 10_000).map(\.state.id)
        let urgentCount = try Self.keys(whole, store).prefix { $0.warnOn.map { $0 <= Self.today.description } ?? false }
            .count
        var anchor: QueueAnchor?
        var byAnchor: [String] = []
        var byOffset: [String] = []
        for page in 0..<((whole.count + size - 1) / size) {
            let rows = try store.queue.page(filter, offset: page * size, limit: size, after: anchor)
            byAnchor += rows.map(\.state.id)
            anchor = rows.last?.anchor
            byOffset += try store.queue.page(filter, offset: page * size, limit: size).map(\.state.id)
        }
        #expect(byAnchor == whole)
        #expect(byOffset == whole)
        // A jump (End, a refresh) lands past the boundary without an anchor.
        for offset in [urgentCount - 1, urgentCount, urgentCount + 3] where offset >= 0 && offset < whole.count {
            #expect(
                try store.queue.page(filter, offset: offset, limit: 5).map(\.state.id)
                    == Array(whole[offset..<min(whole.count, offset + 5)]), "\(offset)")
        }
        if size == 1 {
            for index in [0, urgentCount - 1, urgentCount, urgentCount + 1, whole.count - 1]
            where index >= 0 && index < whole.count {
                #expect(try store.queue.position(of: whole[index], in: filter) == index, "\(index)")
            }
            #expect(try store.queue.position(of: "NO-SUCH-CASE", in: filter) == nil)
        }
    }

    @Test func eachBandIsReadFromAnIndexInItsOrder() throws {
        let fixture = try StoreFixture()
        let (store, filter) = try Self.seeded(fixture, cases: 300)
        try store.database.pool.write { try $0.execute(sql: "ANALYZE") }
        let (clause, arguments) = CaseQueue.whereClause(filter)
        let bands = try #require(CaseQueue.bands(filter, everything: false))
        for (band, index) in [(0, "case_open_by_deadline"), (1, "case_open_by_updated")] {
            let (order, extra, more) = bands.band(band)
            let plan = try store.database.pool.read { db in
                try Row.fetchAll(
                    db,
                    sql:
                        "EXPLAIN QUERY PLAN SELECT id FROM \"case\" WHERE (\(clause)) AND \(extra) ORDER BY \(order.sql) LIMIT 40",
                    arguments: arguments + more
                )
                .map { $0["detail"] as String }.joined(separator: "\n")
            }
            #expect(plan.contains(index), "band \(band): \(plan)")
            #expect(!plan.contains("TEMP B-TREE"), "no sort of the whole band: \(plan)")
        }
    }
}
