/// 民法典 Art. 203 on the working-day calendar.
extension WorkCalendar {
    /// `due` itself when `rule` does not move or its date is a working day; otherwise the first
    /// working day after it, remembering the original last day. Whether a day rests depends on its
    /// year's schedule, so under a moving rule a last day in a year without one is provisional.
    public func moved(_ due: DueDate, by rule: RestDayRule?) -> DueDate {
        guard let rule, rule.movesToNextWorkday, !due.beyondRange else { return due }
        var years = Set(due.unscheduledYears).union(unscheduledYears(from: due.date, through: due.date))
        guard !isWorkday(due.date) else {
            return DueDate(date: due.date, unscheduledYears: years.sorted(), movedFrom: due.movedFrom)
        }
        let next = self.due(from: due.date, adding: 1, unit: .workday)
        guard !next.beyondRange else { return due }
        years.formUnion(next.unscheduledYears)
        return DueDate(date: next.date, unscheduledYears: years.sorted(), movedFrom: due.movedFrom ?? due.date)
    }
}
