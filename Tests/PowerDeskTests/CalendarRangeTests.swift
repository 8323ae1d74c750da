import Foundation
import Testing

/// `powerdesk calendar due` refuses an answer beyond the dates it can compute instead of printing
/// 9999-12-31 for every such question (issue 11).
@Suite struct CalendarRangeTests {
    @Test func dueDatesPastTheLastComputableDayAreRefused() throws {
        let refused = try BinaryHarness.run(["calendar", "due", "9999-12-31", "20"])
        #expect(refused.exited(1))
        #expect(refused.out.isEmpty)
        #expect(refused.err.contains("9999-12-31 之后第 20 天已超出可计算的日期范围（0001-01-01 至 9999-12-31）"), "\(refused.err)")
        let english = try BinaryHarness.run(["calendar", "due", "9999-12-30", "5", "--unit", "day", "--lang", "en"])
        #expect(english.exited(1))
        #expect(english.err.contains("5 days after 9999-12-30 is beyond the dates that can be computed"))
        let inside = try BinaryHarness.run(["calendar", "due", "9999-12-20", "5", "--unit", "day"])
        #expect(inside.exited(0))
        #expect(inside.out == "9999-12-25\n")
        let count = try BinaryHarness.run(["calendar", "due", "2026-01-01", "99999"])
        #expect(count.exited(2))
        #expect(count.err.contains("超出范围"))
    }
}
