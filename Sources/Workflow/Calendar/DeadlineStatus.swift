import Localization

/// Where a running deadline stands on a given day, ready for the queue to colour and sort.
public struct DeadlineStatus: Sendable, Hashable {
    public let due: CivilDate
    public let level: DeadlineLevel
    /// Units in (today, due]; negative when overdue (minus the units in (due, today]).
    public let remaining: Int
    public let unit: DayUnit
    /// Sorted years without a loaded schedule that the due date or the count relied on.
    public let unscheduledYears: [Int]
    /// The period's own last day, a rest day, when `due` is the working day it moved to.
    public let movedFrom: CivilDate?

    public init(due: CivilDate, level: DeadlineLevel, remaining: Int, unit: DayUnit, unscheduledYears: [Int], movedFrom: CivilDate? = nil) {
        self.due = due
        self.level = level
        self.remaining = remaining
        self.unit = unit
        self.unscheduledYears = unscheduledYears
        self.movedFrom = movedFrom
    }

    /// One line for the desk: how much time is left or how far past the deadline it is.
    public func summary(today: CivilDate) -> Message {
        let dueText = due.description
        if today == due { return CalendarPhrases.dueToday(dueText) }
        if level == .red {
            if remaining == 0 { return CalendarPhrases.overdueSince(dueText) }
            switch unit {
            case .workday: return CalendarPhrases.overdueWorkdays(-remaining, dueText)
            case .day: return CalendarPhrases.overdueDays(-remaining, dueText)
            }
        }
        switch unit {
        case .workday: return CalendarPhrases.remainingWorkdays(remaining, dueText)
        case .day: return CalendarPhrases.remainingDays(remaining, dueText)
        }
    }
}
