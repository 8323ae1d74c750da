/// Deadlines of a case against the working-day calendar.
extension CaseEngine {
    /// The case's deadlines today. A finished clock is judged at the day it stopped: red if the
    /// decision came late, normal otherwise. A clock not yet started (before acceptance) has no
    /// case deadline yet; the step's own limit still runs. A last day on a rest day moves to the
    /// next working day where the bureau's policy says so (民法典 Art. 203).
    public func deadlines(_ state: CaseState, calendar: WorkCalendar, today: CivilDate) -> [CaseDeadline] {
        guard let flow = flow(for: state) else { return [] }
        let policy = definitions.bureau.deadlinePolicy
        var result: [CaseDeadline] = []
        for (kind, limit) in [(CaseDeadline.Kind.statutory, flow.item.statutoryLimit), (.promised, flow.item.promisedLimit)] {
            guard let limit, let due = state.clock.due(limit, calendar: calendar, today: today, restDay: policy.restDay) else { continue }
            result.append(deadline(kind, limit: limit, due: due, finishedOn: state.clock.stoppedOn, calendar: calendar, today: today, policy: policy))
        }
        if !state.isClosed, state.status != .suspended, let step = flow.step(state.step), let limit = step.limit {
            let start = periodStart(state)
            let pauses = state.clock.pauses.filter { $0.start >= start }
            let due = calendar.moved(calendar.due(from: start, adding: limit.days, unit: limit.unit, pauses: pauses), by: policy.restDay)
            result.append(deadline(.step, limit: limit, due: due, finishedOn: nil, calendar: calendar, today: today, policy: policy))
        }
        return result
    }

    private func deadline(
        _ kind: CaseDeadline.Kind, limit: TimeLimit, due: DueDate, finishedOn: CivilDate?, calendar: WorkCalendar,
        today: CivilDate, policy: DeadlinePolicy
    ) -> CaseDeadline {
        var status = calendar.status(of: due, today: finishedOn ?? today, policy: policy)
        if finishedOn != nil, status.level == .yellow {
            // Finished in time: nothing left to warn about.
            status = DeadlineStatus(due: status.due, level: .normal, remaining: status.remaining, unit: status.unit,
                                    unscheduledYears: status.unscheduledYears, movedFrom: status.movedFrom)
        }
        return CaseDeadline(kind: kind, limit: limit, status: status, finishedOn: finishedOn)
    }

    /// The worst level among a case's deadlines, for the queue's colour and the 预警 tab.
    public func level(_ state: CaseState, calendar: WorkCalendar, today: CivilDate) -> DeadlineLevel {
        let levels = deadlines(state, calendar: calendar, today: today).map(\.status.level)
        if levels.contains(.red) { return .red }
        if levels.contains(.yellow) { return .yellow }
        return .normal
    }
}
