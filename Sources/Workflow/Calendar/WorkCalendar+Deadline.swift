/// The deadline clock: turns a due date into the colour and count the queue shows.
extension WorkCalendar {
    /// Red when `today` is past the due date; yellow when 0 ≤ remaining ≤ `policy.yellowBefore`;
    /// normal otherwise. `remaining` counts `policy.unit`s in (today, due], negative when overdue.
    public func status(of due: DueDate, today: CivilDate, policy: DeadlinePolicy) -> DeadlineStatus {
        let from = today.dayNumber
        let to = due.date.dayNumber
        let remaining = count(policy.unit, after: from, through: to)
        let level: DeadlineLevel =
            if today > due.date { .red }
            else if remaining >= 0, remaining <= policy.yellowBefore { .yellow }
            else { .normal }
        var years = Set(due.unscheduledYears)
        if policy.unit == .workday, from != to {
            years.formUnion(unscheduledYears(in: [(min(from, to) + 1)...max(from, to)]))
        }
        return DeadlineStatus(
            due: due.date, level: level, remaining: remaining, unit: policy.unit,
            unscheduledYears: years.sorted(), movedFrom: due.movedFrom)
    }
}
