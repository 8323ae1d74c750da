import PropertyBased
import Testing
@testable import Workflow

/// Properties of the working-day arithmetic over 2024–2027, so runs cross loaded and unloaded
/// years. Expectations come from `CalendarOracle`'s day-by-day walk or from algebra, never from
/// the code under test alone.
@Suite("WorkCalendar properties")
struct WorkCalendarPropertyTests {
    static let firstDay = CivilDate(year: 2024, month: 6, day: 1) ?? .earliest
    /// A date between 2024-06-01 and 2027-06-30.
    static let dates = Gen.int(in: 0...1125).map { firstDay.adding(days: $0) }
    static let counts = Gen.int(in: 0...120)
    static let units = Gen.int(in: 0...1).map { $0 == 0 ? DayUnit.workday : DayUnit.day }

    let calendar: WorkCalendar

    init() throws {
        calendar = try CalendarTestSupport.shippedCalendar()
    }

    @Test func agreesWithTheDayByDayWalk() async {
        await propertyCheck(count: 300, input: Self.dates, Self.counts) { start, n in
            let due = calendar.due(from: start, adding: n, unit: .workday)
            let expected = CalendarOracle.addWorkdays(start.description, n)
            #expect(due.date.description == expected)
            #expect(due.unscheduledYears == CalendarOracle.unscheduledYears(after: start.description, through: expected))
        }
    }

    @Test func dueNeverMovesEarlierWhenNGrows() async {
        await propertyCheck(count: 300, input: Self.dates, Self.counts, Self.counts, Self.units) { start, a, b, unit in
            let (small, large) = (min(a, b), max(a, b))
            let early = calendar.due(from: start, adding: small, unit: unit).date
            let late = calendar.due(from: start, adding: large, unit: unit).date
            #expect(early <= late)
            if small < large { #expect(early < late) }
        }
    }

    @Test func pausingKWorkingDaysMovesTheDueDateKWorkingDaysLater() async {
        await propertyCheck(count: 200, input: Self.dates, Self.counts, Gen.int(in: 0...150), Gen.int(in: 0...60)) {
            start, n, pauseOffset, pauseLength in
            let pauseStart = start.adding(days: pauseOffset)
            let pause = PausePeriod(start: pauseStart, end: pauseStart.adding(days: pauseLength))
            let k = CalendarOracle.countWorkdays(after: pause.start.description, through: pause.end.description)
            let before = calendar.due(from: start, adding: n, unit: .workday).date
            let after = calendar.due(from: start, adding: n, unit: .workday, pauses: [pause]).date
            #expect(after.description == CalendarOracle.addWorkdays(before.description, k))
            #expect(calendar.count(.workday, after: before, through: after) == k)
        }
    }

    @Test func countIsAdditiveOverAdjacentIntervals() async {
        await propertyCheck(count: 300, input: Self.dates, Self.dates, Self.dates, Self.units) { a, b, c, unit in
            let whole = calendar.count(unit, after: a, through: c)
            #expect(calendar.count(unit, after: a, through: b) + calendar.count(unit, after: b, through: c) == whole)
            #expect(calendar.count(unit, after: c, through: a) == -whole)
        }
    }

    @Test func countMatchesTheDayByDayWalk() async {
        await propertyCheck(count: 200, input: Self.dates, Gen.int(in: 0...200)) { from, length in
            let to = from.adding(days: length)
            #expect(calendar.count(.workday, after: from, through: to)
                == CalendarOracle.countWorkdays(after: from.description, through: to.description))
            #expect(calendar.count(.day, after: from, through: to) == length)
        }
    }

    @Test func addingThenCountingRoundTrips() async {
        await propertyCheck(count: 300, input: Self.dates, Gen.int(in: -120...120), Self.units) { start, n, unit in
            let due = calendar.due(from: start, adding: n, unit: unit).date
            if n >= 0 {
                #expect(calendar.count(unit, after: start, through: due) == n)
            } else {
                // Backwards: the |n|-th unit before start, so [due, start) holds |n| units.
                #expect(calendar.count(unit, after: due.adding(days: -1), through: start.adding(days: -1)) == -n)
            }
            if unit == .workday, n != 0 { #expect(calendar.isWorkday(due)) }
        }
    }
}
