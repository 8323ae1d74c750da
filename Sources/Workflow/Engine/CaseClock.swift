/// The statutory clock of a case: when it started, the periods it was paused (corrections,
/// expert review, suspension), its extensions and when it stopped.
public struct CaseClock: Sendable, Hashable, Codable {
    public var startedOn: CivilDate?
    public var stoppedOn: CivilDate?
    public var pauses: [PausePeriod] = []
    public var pausedSince: CivilDate?
    public var extensions: [TimeLimit] = []

    public init() {}

    public var isPaused: Bool { pausedSince != nil }

    mutating func apply(_ effect: ClockEffect, on date: CivilDate) {
        switch effect {
        case .start:
            if startedOn == nil { startedOn = date }
        case .pause:
            // A clock that has not started has nothing to pause: waiting before acceptance (补正)
            // is already outside the limit.
            if startedOn != nil, pausedSince == nil, stoppedOn == nil { pausedSince = date }
        case .resume:
            if let since = pausedSince {
                pauses.append(PausePeriod(start: since, end: max(since, date)))
                pausedSince = nil
            }
        case .stop:
            apply(.resume, on: date)
            if startedOn != nil, stoppedOn == nil { stoppedOn = date }
        }
    }

    /// The due date of a limit counted on this clock, or nil while the clock has not started.
    /// An open pause counts up to `today` (or to the stop), so the date moves while it lasts.
    /// Extensions count from the period's own last day; only the final last day moves off a rest
    /// day under `restDay` (民法典 Art. 203).
    public func due(_ limit: TimeLimit, calendar: WorkCalendar, today: CivilDate, restDay: RestDayRule? = nil) -> DueDate? {
        guard let start = startedOn else { return nil }
        var periods = pauses
        if let since = pausedSince { periods.append(PausePeriod(start: since, end: max(since, stoppedOn ?? today))) }
        var due = calendar.due(from: start, adding: limit.days, unit: limit.unit, pauses: periods)
        for extra in extensions {
            let extended = calendar.due(from: due.date, adding: extra.days, unit: extra.unit)
            due = DueDate(date: extended.date, unscheduledYears: Array(Set(due.unscheduledYears + extended.unscheduledYears)).sorted())
        }
        return calendar.moved(due, by: restDay)
    }
}
