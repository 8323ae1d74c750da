import Foundation
import Testing
@testable import Workflow

/// Shared fixtures of the calendar tests: the real schedule files and an independent oracle.
enum CalendarTestSupport {
    /// The repository root: this file lives at Tests/WorkflowTests/Calendar/.
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Calendar
        .deletingLastPathComponent()  // WorkflowTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let calendarFolder = repoRoot.appendingPathComponent("Resources/calendar")

    static let years = [2025, 2026]

    /// The text of each shipped schedule file, named as the loader will see it.
    static func files() throws -> [(file: String, text: String)] {
        try years.map { year in
            let url = calendarFolder.appendingPathComponent("\(year).yaml")
            return (file: "\(year).yaml", text: try String(contentsOf: url, encoding: .utf8))
        }
    }

    /// The calendar built from the shipped files, failing the test if any file has a problem.
    static func shippedCalendar() throws -> WorkCalendar {
        let result = HolidayScheduleLoader.load(try files())
        #expect(result.problems.isEmpty, "\(result.problems.map(\.description))")
        #expect(result.schedules.map(\.year).sorted() == years)
        return result.calendar
    }

    /// `CivilDate(iso:)` that fails the test, rather than crashing, on a typo in a vector.
    static func date(_ iso: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> CivilDate {
        try #require(CivilDate(iso: iso), "bad test date \(iso)", sourceLocation: sourceLocation)
    }
}

/// The facts of the brief, typed in from the State Council notices independently of the YAML
/// files, and a day-by-day walk over Foundation's calendar: nothing here shares code with the
/// calendar under test, so the two can disagree.
enum CalendarOracle {
    /// Inclusive day-off ranges.
    static let offRanges: [(String, String)] = [
        ("2025-01-01", "2025-01-01"), ("2025-01-28", "2025-02-04"), ("2025-04-04", "2025-04-06"),
        ("2025-05-01", "2025-05-05"), ("2025-05-31", "2025-06-02"), ("2025-10-01", "2025-10-08"),
        ("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"),
        ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"),
        ("2026-10-01", "2026-10-07"),
    ]
    static let extraWorkdays: [String] = [
        "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
        "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
    ]
    static let scheduledYears: Set<Int> = [2025, 2026]

    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()

    /// Midnight UTC of an ISO date, as Foundation computes it.
    static func instant(_ iso: String) -> Date? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return utc.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }

    static func iso(_ instant: Date) -> String {
        let parts = utc.dateComponents([.year, .month, .day], from: instant)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    static func next(_ iso: String, by days: Int = 1) -> String {
        guard let start = instant(iso), let moved = utc.date(byAdding: .day, value: days, to: start) else {
            return iso
        }
        return CalendarOracle.iso(moved)
    }

    static let offDays: Set<String> = {
        var days = Set<String>()
        for (first, last) in offRanges {
            var day = first
            while day <= last {  // ISO strings sort as dates
                days.insert(day)
                day = next(day)
            }
        }
        return days
    }()

    static func isWorkday(_ iso: String) -> Bool {
        if extraWorkdays.contains(iso) { return true }
        if offDays.contains(iso) { return false }
        guard let instant = instant(iso) else { return false }
        let weekday = utc.component(.weekday, from: instant)  // 1 = Sunday, 7 = Saturday
        return weekday != 1 && weekday != 7
    }

    /// The n-th working day after `start` (n ≥ 0), walking one day at a time.
    static func addWorkdays(_ start: String, _ n: Int) -> String {
        var day = start
        var counted = 0
        while counted < n {
            day = next(day)
            if isWorkday(day) { counted += 1 }
        }
        return day
    }

    /// Working days in (from, to], for from ≤ to.
    static func countWorkdays(after from: String, through to: String) -> Int {
        var day = from
        var counted = 0
        while day < to {
            day = next(day)
            if isWorkday(day) { counted += 1 }
        }
        return counted
    }

    /// Years of the days in (from, to] that have no schedule in the oracle's table.
    static func unscheduledYears(after from: String, through to: String) -> [Int] {
        guard let first = Int(next(from).prefix(4)), let last = Int(to.prefix(4)), from < to else { return [] }
        return (first...last).filter { !scheduledYears.contains($0) }
    }
}
