import Foundation
import GRDB
import Localization
import Testing
@testable import Storage
import Workflow

/// The training clock (issue 14): moved forward on demo and training databases only, audited.
@Suite struct ClockAdvanceTests {
    @Test func aDemoClockMovesByWorkingDaysAndStaysMovedAfterReopening() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let today = CivilDate.inShanghai(store.database.clock.now())
        let calendar = try store.definitions.calendar()
        let expected = calendar.due(from: today, adding: 5, unit: .workday).date
        #expect(today.days(until: expected) >= 7, "five working days from a Monday span a weekend")
        try ClockAdvance.advance(store, count: 5, unit: .workday, by: "trainer")
        let reopened = try PowerDeskStore.open(at: fixture.path)
        #expect(CivilDate.inShanghai(reopened.database.clock.now()) == expected)
        try ClockAdvance.advance(reopened, count: 2, unit: .day, by: "trainer")
        #expect(CivilDate.inShanghai(try PowerDeskStore.open(at: fixture.path).database.clock.now()) == expected.adding(days: 2))
        let bodies = try reopened.database.pool.read { try String.fetchAll($0, sql: "SELECT body FROM audit WHERE kind = 'clock.advanced' ORDER BY seq") }
        #expect(bodies.count == 2)
        #expect(bodies.first?.contains("\"to\":\"\(expected)\"") == true)
        #expect(try reopened.verify().isIntact)
    }

    @Test func aTrainingDatabaseWithARunningClockKeepsItRunningAhead() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty(kind: .training, clock: .real)
        try ClockAdvance.advance(store, count: 10, unit: .day, by: "trainer")
        let reopened = try PowerDeskStore.open(at: fixture.path)
        let ahead = reopened.database.clock.now().timeIntervalSince(Date())
        #expect(abs(ahead - 10 * 86_400) < 3_600)
    }

    @Test func productionRefusesAndRecordsNothing() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty(kind: .production, clock: .real)
        #expect(throws: StorageError(AdminPhrases.clockProduction())) { try ClockAdvance.advance(store, count: 5, unit: .workday, by: "x") }
        let demo = try StoreFixture().demo()
        #expect(throws: StorageError(AdminPhrases.clockBadCount(0))) { try ClockAdvance.advance(demo, count: 0, unit: .workday, by: "x") }
        let records = try store.database.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit WHERE kind = 'clock.advanced'") }
        #expect(records == 0)
    }
}
