import Foundation
import Testing
@testable import Workflow

@Suite("Deadline status")
struct DeadlineStatusTests {
    func d(_ iso: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> CivilDate {
        try CalendarTestSupport.date(iso, sourceLocation: sourceLocation)
    }

    /// Due Monday 2026-03-16 (2026-02-10 + 20 working days), default policy: yellow at 1 working day.
    @Test(arguments: [
        ("2026-03-11", DeadlineLevel.normal, 3),
        ("2026-03-12", DeadlineLevel.normal, 2),
        ("2026-03-13", DeadlineLevel.yellow, 1),  // Friday: only Monday left
        ("2026-03-14", DeadlineLevel.yellow, 1),  // Saturday
        ("2026-03-15", DeadlineLevel.yellow, 1),  // Sunday
        ("2026-03-16", DeadlineLevel.yellow, 0),  // due today
        ("2026-03-17", DeadlineLevel.red, -1),
        ("2026-03-23", DeadlineLevel.red, -5),   // (03-16, 03-23]: Tue–Fri and Monday
    ])
    func defaultPolicyAroundTheDueDate(today: String, level: DeadlineLevel, remaining: Int) throws {
        let calendar = try CalendarTestSupport.shippedCalendar()
        let due = calendar.due(from: try d("2026-02-10"), adding: 20, unit: .workday)
        let status = calendar.status(of: due, today: try d(today), policy: DeadlinePolicy())
        #expect(status.level == level)
        #expect(status.remaining == remaining)
        #expect(status.due == (try d("2026-03-16")))
        #expect(status.unit == .workday)
        #expect(status.unscheduledYears.isEmpty)
    }

    @Test func overdueWithNoWorkingDayPassedIsStillRed() throws {
        let calendar = try CalendarTestSupport.shippedCalendar()
        let due = DueDate(date: try d("2026-03-13"))  // Friday
        let status = calendar.status(of: due, today: try d("2026-03-14"), policy: DeadlinePolicy())
        #expect(status.remaining == 0)
        #expect(status.level == .red)
        #expect(status.summary(today: try d("2026-03-14")).key == "calendar.deadline.overdueSince")
    }

    @Test func thresholdsInCalendarDays() throws {
        let calendar = try CalendarTestSupport.shippedCalendar()
        let due = DueDate(date: try d("2026-02-20"))
        let policy = DeadlinePolicy(yellowBefore: 3, unit: .day)
        let at = { (today: String) throws in calendar.status(of: due, today: try d(today), policy: policy) }
        #expect(try at("2026-02-16").level == .normal)
        #expect(try at("2026-02-16").remaining == 4)
        #expect(try at("2026-02-17").level == .yellow)  // 3 days left: the boundary is inclusive
        #expect(try at("2026-02-17").remaining == 3)
        #expect(try at("2026-02-20").level == .yellow)
        #expect(try at("2026-02-21").level == .red)
        #expect(try at("2026-02-21").remaining == -1)
        // In working days the same dates are in the 春节 block: (02-14, 02-20] has none, and
        // (02-13, 02-20] only the Saturday 02-14 that is worked.
        let workdayPolicy = DeadlinePolicy(yellowBefore: 0, unit: .workday)
        #expect(calendar.status(of: due, today: try d("2026-02-14"), policy: workdayPolicy).remaining == 0)
        #expect(calendar.status(of: due, today: try d("2026-02-14"), policy: workdayPolicy).level == .yellow)
        #expect(calendar.status(of: due, today: try d("2026-02-13"), policy: workdayPolicy).remaining == 1)
        #expect(calendar.status(of: due, today: try d("2026-02-13"), policy: workdayPolicy).level == .normal)
    }

    @Test func negativeWindowNeverWarns() throws {
        let calendar = try CalendarTestSupport.shippedCalendar()
        let due = DueDate(date: try d("2026-03-16"))
        let status = calendar.status(of: due, today: try d("2026-03-16"), policy: DeadlinePolicy(yellowBefore: -1))
        #expect(status.level == .normal)
    }

    @Test func countingIntoAnUnloadedYearIsFlagged() throws {
        let calendar = try CalendarTestSupport.shippedCalendar()
        let due = calendar.due(from: try d("2026-11-02"), adding: 20, unit: .workday)
        #expect(due.unscheduledYears.isEmpty)
        let late = calendar.status(of: due, today: try d("2027-01-06"), policy: DeadlinePolicy())
        #expect(late.level == .red)
        #expect(late.unscheduledYears == [2027])
        let early = calendar.status(of: due, today: try d("2026-11-10"), policy: DeadlinePolicy())
        #expect(early.unscheduledYears.isEmpty)
        let inDays = calendar.status(of: due, today: try d("2027-01-06"), policy: DeadlinePolicy(unit: .day))
        #expect(inDays.unscheduledYears.isEmpty)
    }

    @Test func policyDecodesWithDefaults() throws {
        let decode = { (json: String) throws in
            try JSONDecoder().decode(DeadlinePolicy.self, from: Data(json.utf8))
        }
        #expect(try decode("{}") == DeadlinePolicy(yellowBefore: 1, unit: .workday))
        #expect(try decode(#"{"yellowBefore": 3}"#) == DeadlinePolicy(yellowBefore: 3, unit: .workday))
        #expect(try decode(#"{"unit": "day"}"#) == DeadlinePolicy(yellowBefore: 1, unit: .day))
        let encoded = try JSONEncoder().encode(DeadlinePolicy(yellowBefore: 2, unit: .day))
        #expect(try JSONDecoder().decode(DeadlinePolicy.self, from: encoded) == DeadlinePolicy(yellowBefore: 2, unit: .day))
    }

    @Test func summariesPickTheRightPhrase() throws {
        let due = try d("2026-03-16")
        func summary(_ level: DeadlineLevel, _ remaining: Int, _ unit: DayUnit, today: String) throws -> String {
            DeadlineStatus(due: due, level: level, remaining: remaining, unit: unit, unscheduledYears: [])
                .summary(today: try d(today)).text(.zh)
        }
        #expect(try summary(.normal, 3, .workday, today: "2026-03-11") == "剩余3个工作日，2026-03-16到期")
        #expect(try summary(.yellow, 0, .workday, today: "2026-03-16") == "今日（2026-03-16）到期")
        #expect(try summary(.red, -2, .workday, today: "2026-03-18") == "已超期2个工作日（2026-03-16到期）")
        #expect(try summary(.red, -2, .day, today: "2026-03-18") == "已超期2日（2026-03-16到期）")
        #expect(try summary(.normal, 5, .day, today: "2026-03-11") == "剩余5日，2026-03-16到期")
        #expect(DeadlineLevel.red.label.text(.en) == "Overdue")
    }
}
