import Foundation
import GRDB
import Testing
@testable import Storage
import Workflow

/// The board's numbers against the cases themselves, computed another way (the engine's deadline
/// levels on every stored state), and who may read them.
@Suite struct SupervisionBoardTests {
    static let today = CivilDate.inShanghai(DemoSeeder.now)

    @Test(arguments: ["clerk", "handler", "chief", "legal", "admin"])
    func onlySupervisionAndTheLeadershipMayReadTheBoard(_ user: String) throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let actor = try #require(try store.users.actor(user))
        let period = BoardPeriod(.year, containing: Self.today)
        #expect(throws: StorageError.self) { try store.supervision.report(period, by: .item, today: Self.today, for: actor) }
        do {
            _ = try store.supervision.cases(.received, dimension: .item, key: nil, period: period, today: Self.today, limit: 10, for: actor)
            Issue.record("\(user) listed the cases behind the board")
        } catch let error as StorageError {
            #expect(error.message.key == "supervision.boardRefused")
        }
        for viewer in ["monitor", "leader"] {
            let allowed = try #require(try store.users.actor(viewer))
            #expect(try store.supervision.report(period, by: .item, today: Self.today, for: allowed).total[.received] ?? 0 > 0)
        }
    }

    /// Today and the days after it, as the deadlines move on with no operation in between.
    @Test(arguments: [0, 3, 10, 30])
    func yellowAndRedNowAreTheEnginesLevels(_ daysLater: Int) throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let monitor = try #require(try store.users.actor("monitor"))
        let calendar = try store.definitions.calendar()
        let today = Self.today.adding(days: daysLater)
        var red = Set<String>()
        var yellow = Set<String>()
        for id in try store.database.read({ try String.fetchAll($0, sql: "SELECT id FROM \"case\"") }) {
            let state = try store.cases.load(id)
            guard state.status == .open else { continue }
            switch try store.cases.engine(for: state).level(state, calendar: calendar, today: today) {
            case .red: red.insert(id)
            case .yellow: yellow.insert(id)
            case .normal: break
            }
        }
        #expect(!red.isEmpty)
        if daysLater == 3 { #expect(!yellow.isEmpty) }
        let period = BoardPeriod(.month, containing: today)
        let report = try store.supervision.report(period, by: .section, today: today, for: monitor)
        #expect(report.total[.red] ?? 0 == Double(red.count))
        #expect(report.total[.yellow] ?? 0 == Double(yellow.count))
        #expect(report.rows.reduce(0) { $0 + ($1[.red] ?? 0) } == Double(red.count))
        let listed = try store.supervision.cases(.red, dimension: .section, key: nil, period: period, today: today, limit: 100, for: monitor)
        #expect(Set(listed.ids) == red)
        #expect(listed.total == red.count)
        let warned = try store.supervision.cases(.yellow, dimension: .section, key: nil, period: period, today: today, limit: 100, for: monitor)
        #expect(Set(warned.ids) == yellow)
    }

    @Test func receivedPerItemAreTheCasesOpenedInThePeriod() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let monitor = try #require(try store.users.actor("monitor"))
        let period = BoardPeriod(.month, containing: Self.today)
        var expected: [String: Int] = [:]
        for id in try store.database.read({ try String.fetchAll($0, sql: "SELECT id FROM \"case\"") }) {
            let state = try store.cases.load(id)
            if state.openedOn >= period.from, state.openedOn <= period.through { expected[state.itemCode, default: 0] += 1 }
        }
        #expect(!expected.isEmpty)
        let report = try store.supervision.report(period, by: .item, today: Self.today, for: monitor)
        var counted: [String: Int] = [:]
        for row in report.rows { if let key = row.key, let n = row[.received], n > 0 { counted[key] = Int(n) } }
        #expect(counted == expected)
        let item = try #require(expected.keys.sorted().first)
        let drilled = try store.supervision.cases(.received, dimension: .item, key: item, period: period, today: Self.today, limit: 100, for: monitor)
        #expect(drilled.total == expected[item])
        for id in drilled.ids { #expect(try store.cases.load(id).itemCode == item) }
        // Named in the bureau's words, not by code.
        #expect(report.rows.first { $0.key == item }?.name != item)
    }

    @Test func periodsCoverWholeMonthsQuartersAndYears() {
        let day = CivilDate(year: 2026, month: 2, day: 17)!
        let month = BoardPeriod(.month, containing: day)
        #expect(month.from.description == "2026-02-01" && month.through.description == "2026-02-28")
        let quarter = BoardPeriod(.quarter, containing: day)
        #expect(quarter.from.description == "2026-01-01" && quarter.through.description == "2026-03-31")
        #expect(quarter.shifted(by: -1).from.description == "2025-10-01")
        #expect(quarter.shifted(by: -1).through.description == "2025-12-31")
        #expect(month.shifted(by: 11).from.description == "2027-01-01")
        #expect(BoardPeriod(.year, containing: day).through.description == "2026-12-31")
    }

    @Test func thePercentileIsTheNearestRank() {
        var histogram = UsedHistogram()
        for value in 1...10 { histogram.add(value, count: 1) }
        #expect(histogram.percentile(0.9) == 9)
        #expect(histogram.mean == 5.5)
        histogram.add(30, count: 1)
        #expect(histogram.percentile(0.9) == 10)
        #expect(UsedHistogram().percentile(0.9) == nil)
    }
}
