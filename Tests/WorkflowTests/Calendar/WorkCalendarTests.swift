import Testing
@testable import Workflow

@Suite("WorkCalendar")
struct WorkCalendarTests {
    func d(_ iso: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> CivilDate {
        try CalendarTestSupport.date(iso, sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        ("2026-02-10", 20, "2026-03-16"),  // across 春节 and the 02-14 / 02-28 extra workdays
        ("2026-09-18", 5, "2026-09-24"),   // 09-20 (Sunday) is worked
        ("2025-01-24", 1, "2025-01-26"),   // Friday → Sunday worked before 春节
        ("2025-01-26", 1, "2025-01-27"),
        ("2025-01-27", 1, "2025-02-05"),   // the whole 春节 block skipped
        ("2025-09-30", 1, "2025-10-09"),   // 国庆、中秋 8 days
        ("2026-09-30", 2, "2026-10-09"),   // 10-08 Thu, 10-09 Fri
        ("2026-09-30", 3, "2026-10-10"),   // Saturday worked
        ("2025-12-31", 1, "2026-01-04"),   // year boundary: 01-01..03 off, Sunday 01-04 worked
        ("2026-02-13", 1, "2026-02-14"),
        ("2026-02-14", 1, "2026-02-24"),
        ("2026-02-10", 0, "2026-02-10"),
    ])
    func dueVectors(start: String, n: Int, expected: String) throws {
        let calendar = try CalendarTestSupport.shippedCalendar()
        let due = calendar.due(from: try d(start), adding: n, unit: .workday)
        #expect(due.date == (try d(expected)))
        #expect(due.unscheduledYears.isEmpty)
        // The oracle walks the same vector independently.
        #expect(CalendarOracle.addWorkdays(start, n) == expected)
    }

    @Test func calendarDaysIgnoreHolidays() throws {
        let calendar = try CalendarTestSupport.shippedCalendar()
        #expect(calendar.due(from: try d("2026-02-10"), adding: 20, unit: .day).date == (try d("2026-03-02")))
        #expect(calendar.due(from: try d("2026-09-25"), adding: 15, unit: .day).date == (try d("2026-10-10")))
        #expect(calendar.due(from: try d("2025-12-20"), adding: 30, unit: .day).date == (try d("2026-01-19")))
        #expect(calendar.count(.day, after: try d("2026-02-10"), through: try d("2026-03-16")) == 34)
        // A calendar-day period never consults a schedule, so an unloaded year is no reason to flag it.
        #expect(calendar.due(from: try d("2026-12-20"), adding: 30, unit: .day).unscheduledYears.isEmpty)
    }

    @Test func crossingIntoAnUnloadedYearIsFlagged() throws {
        let calendar = try CalendarTestSupport.shippedCalendar()
        let due = calendar.due(from: try d("2026-12-20"), adding: 20, unit: .workday)
        #expect(due.unscheduledYears == [2027])
        #expect(due.isProvisional)
        #expect(due.warning?.args == ["2027"])
        // Still answered, Monday to Friday in 2027: Dec 21–25, 28–31 = 9, then Fri Jan 1 = 10, Jan 4–8, 11–15 = 20.
        #expect(due.date == (try d("2027-01-15")))
        #expect(CalendarOracle.addWorkdays("2026-12-20", 20) == "2027-01-15")
        // Ending on 12-31 touches only 2026.
        let inside = calendar.due(from: try d("2026-12-20"), adding: 9, unit: .workday)
        #expect(inside.date == (try d("2026-12-31")))
        #expect(inside.unscheduledYears.isEmpty)
        #expect(inside.warning == nil)
    }

    @Test func spanningSeveralUnloadedYearsListsEachSorted() throws {
        let calendar = try CalendarTestSupport.shippedCalendar()
        let due = calendar.due(from: try d("2024-12-20"), adding: 1000, unit: .workday)
        #expect(due.unscheduledYears == [2024, 2027, 2028])
        let empty = WorkCalendar(schedules: [])
        #expect(empty.due(from: try d("2026-02-10"), adding: 20, unit: .workday).unscheduledYears == [2026])
        #expect(empty.due(from: try d("2026-02-10"), adding: 20, unit: .workday).date == (try d("2026-03-10")))
    }

    @Test func countIsHalfOpenAndSigned() throws {
        let calendar = try CalendarTestSupport.shippedCalendar()
        #expect(calendar.count(.workday, after: try d("2026-02-10"), through: try d("2026-03-16")) == 20)
        #expect(calendar.count(.workday, after: try d("2026-03-16"), through: try d("2026-02-10")) == -20)
        #expect(calendar.count(.workday, after: try d("2026-02-10"), through: try d("2026-02-10")) == 0)
        // (Fri, Sat]: nothing; (Thu, Fri]: one.
        #expect(calendar.count(.workday, after: try d("2026-03-13"), through: try d("2026-03-14")) == 0)
        #expect(calendar.count(.workday, after: try d("2026-03-12"), through: try d("2026-03-13")) == 1)
    }

    @Test func pausesAddTheUnitsTheyCover() throws {
        let calendar = try CalendarTestSupport.shippedCalendar()
        let start = try d("2026-02-10")
        // Paused on Wed 02-11, resumed Wed 02-25: (02-11, 02-25] holds 02-12, 02-13, 02-14 (Sat worked), 02-24, 02-25 = 5.
        let pause = PausePeriod(start: try d("2026-02-11"), end: try d("2026-02-25"))
        #expect(CalendarOracle.countWorkdays(after: "2026-02-11", through: "2026-02-25") == 5)
        let paused = calendar.due(from: start, adding: 20, unit: .workday, pauses: [pause])
        #expect(paused.date == (try d(CalendarOracle.addWorkdays("2026-02-10", 25))))
        #expect(paused.date == (try d("2026-03-23")))
        // Overlapping pauses count each day once (02-13, 02-14 and 02-24 lie in both); a pause
        // reaching back before the start is clipped.
        let overlapping = [
            PausePeriod(start: try d("2026-02-11"), end: try d("2026-02-24")),
            PausePeriod(start: try d("2026-02-12"), end: try d("2026-02-25")),
            PausePeriod(start: try d("2026-02-01"), end: try d("2026-02-10")),
        ]
        #expect(calendar.due(from: start, adding: 20, unit: .workday, pauses: overlapping).date == paused.date)
        // Empty and reversed pauses change nothing.
        let nothing = [PausePeriod(start: try d("2026-03-01"), end: try d("2026-03-01")),
                       PausePeriod(start: try d("2026-03-05"), end: try d("2026-03-02"))]
        #expect(calendar.due(from: start, adding: 20, unit: .workday, pauses: nothing).date == (try d("2026-03-16")))
        // Calendar-day pauses add calendar days.
        let dayPause = calendar.due(from: start, adding: 20, unit: .day, pauses: [pause])
        #expect(dayPause.date == (try d("2026-03-16")))  // 02-10 + 20 + 14
    }

    @Test func aPauseIntoAnUnloadedYearIsFlagged() throws {
        let calendar = try CalendarTestSupport.shippedCalendar()
        let pause = PausePeriod(start: try d("2026-12-01"), end: try d("2027-01-05"))
        let due = calendar.due(from: try d("2026-11-20"), adding: 5, unit: .workday, pauses: [pause])
        #expect(due.unscheduledYears == [2027])
    }

    @Test func negativeCountsGoBackwards() throws {
        let calendar = try CalendarTestSupport.shippedCalendar()
        #expect(calendar.due(from: try d("2026-02-24"), adding: -1, unit: .workday).date == (try d("2026-02-14")))
        #expect(calendar.due(from: try d("2026-02-16"), adding: -1, unit: .workday).date == (try d("2026-02-14")))
        #expect(calendar.due(from: try d("2026-02-16"), adding: -2, unit: .workday).date == (try d("2026-02-13")))
        #expect(calendar.due(from: try d("2026-02-16"), adding: -3, unit: .day).date == (try d("2026-02-13")))
    }

    @Test func absurdInputsClampInsteadOfTrapping() throws {
        let calendar = try CalendarTestSupport.shippedCalendar()
        let start = try d("2026-02-10")
        #expect(calendar.due(from: start, adding: .max, unit: .workday).date == CivilDate.latest)
        #expect(calendar.due(from: start, adding: .min, unit: .workday).date == CivilDate.earliest)
        #expect(calendar.due(from: start, adding: .max, unit: .day).date == CivilDate.latest)
        let pause = PausePeriod(start: CivilDate.earliest, end: CivilDate.latest)
        #expect(calendar.due(from: start, adding: .max, unit: .workday, pauses: [pause, pause]).date == CivilDate.latest)
    }

    @Test func extraWorkdayWinsOverDayOffInHandBuiltSchedules() throws {
        let sunday = try d("2030-01-06")
        let monday = try d("2030-01-07")
        let schedule = HolidaySchedule(year: 2030, source: "test", holidays: [
            NamedHoliday(name: "a", off: [monday, sunday], workdays: [sunday]),
        ])
        let calendar = WorkCalendar(schedules: [schedule])
        #expect(calendar.isWorkday(sunday))
        #expect(!calendar.isWorkday(monday))
        #expect(calendar.count(.workday, after: try d("2030-01-05"), through: try d("2030-01-07")) == 1)
    }
}
