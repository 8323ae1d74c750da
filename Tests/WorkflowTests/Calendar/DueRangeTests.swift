import Testing
@testable import Workflow

/// A due date whose true answer lies past 9999-12-31 (or before 0001-01-01) says so instead of
/// passing off the clamped end as the answer.
@Suite struct DueRangeTests {
    let calendar = WorkCalendar(schedules: [])

    @Test func dueDatesBeyondTheRangeAreMarked() throws {
        let last = CivilDate.latest
        #expect(calendar.due(from: last, adding: 1, unit: .workday).beyondRange)
        #expect(calendar.due(from: last, adding: 1, unit: .day).beyondRange)
        #expect(!calendar.due(from: last, adding: 0, unit: .workday).beyondRange)
        #expect(calendar.due(from: CivilDate.earliest, adding: -1, unit: .day).beyondRange)
        #expect(calendar.due(from: CivilDate.earliest, adding: -1, unit: .workday).beyondRange)
        let near = try #require(CivilDate(year: 9999, month: 12, day: 20))
        let inside = calendar.due(from: near, adding: 5, unit: .day)
        #expect(!inside.beyondRange && inside.date == CivilDate(year: 9999, month: 12, day: 25))
        #expect(!calendar.due(from: near, adding: 5, unit: .workday).beyondRange)
        #expect(calendar.due(from: near, adding: 20, unit: .workday).beyondRange)
        #expect(!calendar.due(from: try #require(CivilDate(year: 2026, month: 2, day: 10)), adding: 20, unit: .workday).beyondRange)
    }
}
