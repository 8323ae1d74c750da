import Testing
@testable import Workflow

/// The shipped Resources/calendar files against the notices, as typed into `CalendarOracle`.
@Suite("Shipped holiday schedules")
struct ShippedScheduleTests {
    @Test(arguments: [2025, 2026])
    func eachYearHas248WorkingDays(year: Int) throws {
        let calendar = try CalendarTestSupport.shippedCalendar()
        let lastOfPreviousYear = try CalendarTestSupport.date("\(year - 1)-12-31")
        let lastOfYear = try CalendarTestSupport.date("\(year)-12-31")
        #expect(calendar.count(.workday, after: lastOfPreviousYear, through: lastOfYear) == 248)
        var byDay = 0
        var day = lastOfPreviousYear
        while day < lastOfYear {
            day = day.adding(days: 1)
            if calendar.isWorkday(day) { byDay += 1 }
        }
        #expect(byDay == 248)
    }

    @Test func everyListedDayOffIsOffAndEveryExtraWorkdayWorks() throws {
        let calendar = try CalendarTestSupport.shippedCalendar()
        for iso in CalendarOracle.offDays {
            #expect(!calendar.isWorkday(try CalendarTestSupport.date(iso)), "\(iso) should be a day off")
        }
        for iso in CalendarOracle.extraWorkdays {
            #expect(calendar.isWorkday(try CalendarTestSupport.date(iso)), "\(iso) should be a working day")
        }
    }

    /// Every day from 2024 to 2027 against the oracle, so a stray or missing day in a file shows.
    @Test func everyDayMatchesTheNotices() throws {
        let calendar = try CalendarTestSupport.shippedCalendar()
        var iso = "2024-01-01"
        var date = try CalendarTestSupport.date(iso)
        while iso <= "2027-12-31" {
            #expect(calendar.isWorkday(date) == CalendarOracle.isWorkday(iso), "\(iso)")
            iso = CalendarOracle.next(iso)
            date = date.adding(days: 1)
        }
    }

    @Test func schedulesKeepTheirSourceAndNames() throws {
        let result = HolidayScheduleLoader.load(try CalendarTestSupport.files())
        let byYear = Dictionary(uniqueKeysWithValues: result.schedules.map { ($0.year, $0) })
        let s2026 = try #require(byYear[2026])
        #expect(s2026.source.contains("2026"))
        #expect(s2026.holidays.map(\.name) == ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"])
        #expect(s2026.extraWorkdays.count == 6)
        #expect(s2026.offDays.count == 3 + 9 + 3 + 5 + 3 + 3 + 7)
        let s2025 = try #require(byYear[2025])
        #expect(s2025.extraWorkdays.count == 5)
        #expect(s2025.offDays.count == 1 + 8 + 3 + 5 + 3 + 8)
        #expect(result.calendar.hasSchedule(for: 2025))
        #expect(result.calendar.hasSchedule(for: 2026))
        #expect(!result.calendar.hasSchedule(for: 2027))
        #expect(result.calendar.scheduledYears == [2025, 2026])
    }
}
