import Foundation
import Workflow

/// What the commit path's hooks need of a case beyond its state, worked out once per operation.
/// The deadlines are the costly part (each walks the holiday calendar); before this, the warning
/// day, the outbox, the supervision facts and the public row each asked the engine again.
struct CaseSnapshot {
    let state: CaseState
    let flow: ItemFlow?
    let today: CivilDate
    /// Every deadline the engine knows today, finished ones included (the feed reports a concluded
    /// case's due dates; the public row its binding one).
    let deadlines: [CaseDeadline]
    /// The first day a running deadline turns yellow (`case.warn_on`); nil unless the case is open,
    /// since a closed or suspended case's clock does not run toward a warning.
    let warnOn: CivilDate?
    /// The earliest running deadline's due date (red from the day after); nil unless open.
    let redAfter: CivilDate?

    /// - Parameter runningOnly: leave the deadlines of a case that is not open out (`audit verify`
    ///   recomputing the supervision facts needs only the running ones).
    init(_ state: CaseState, engine: CaseEngine, calendar: WorkCalendar, at: Date, runningOnly: Bool = false) {
        self.state = state
        flow = engine.flow(for: state)
        today = CivilDate.inShanghai(at)
        deadlines = runningOnly && state.status != .open ? [] : engine.deadlines(state, calendar: calendar, today: today)
        guard state.status == .open else {
            warnOn = nil
            redAfter = nil
            return
        }
        let running = deadlines.filter { $0.finishedOn == nil }
        let policy = engine.definitions.bureau.deadlinePolicy
        warnOn = running.map { deadline in
            // Yellow counts the units left in (today, due]: for a due date that is not a working
            // day, the count starts from the last working day before it.
            var last = deadline.status.due
            if policy.unit == .workday, !calendar.isWorkday(last) { last = calendar.due(from: last, adding: -1, unit: .workday).date }
            return calendar.due(from: last, adding: -policy.yellowBefore, unit: policy.unit).date
        }.min()
        redAfter = running.map(\.status.due).min()
    }
}
