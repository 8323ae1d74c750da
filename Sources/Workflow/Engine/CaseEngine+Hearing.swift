import Localization

/// 行政处罚法 Art. 64's timing of a hearing: the notice is served seven working days before the
/// date it fixes, and the hearing is held (recorded) on that date or later. Both read the date in
/// the notice, never the day of the click.
extension CaseEngine {
    /// `hearing-notice-timely`, on the inputs of the action that issues the notice.
    func hearingNoticeReasons(_ action: ActionDefinition, inputs: [String: String], flow: ItemFlow, on day: CivilDate) -> [Message] {
        guard action.guards.contains(.hearingNoticeTimely) else { return [] }
        guard let workdays = flow.procedure.parameters[HearingSchedule.noticeParameter], action.input(HearingSchedule.dateInput) != nil else {
            return [LawServicePhrases.hearingNoticeNotConfigured(HearingSchedule.noticeParameter, HearingSchedule.dateInput)]
        }
        guard let date = inputs[HearingSchedule.dateInput].flatMap(CivilDate.init(iso:)) else { return [] }  // reported as missing
        guard let calendar else { return [EnginePhrases.calendarUnavailable(action.name)] }
        let served = inputs[HearingSchedule.servedInput].flatMap(CivilDate.init(iso:)) ?? day
        if served < day { return [LawServicePhrases.hearingServedBeforeNotice(served.description, day.description)] }
        let earliest = HearingSchedule.earliestDate(servedOn: served, workdays: Int(workdays), calendar: calendar)
        return date < earliest ? [LawServicePhrases.hearingNoticeLate(date.description, served.description, workdays, earliest.description)] : []
    }

    /// `hearing-date-reached`: on or after the date the latest notice fixed.
    func hearingDateReasons(_ action: ActionDefinition, state: CaseState, on day: CivilDate) -> [Message] {
        guard action.guards.contains(.hearingDateReached) else { return [] }
        guard let schedule = HearingSchedule(history: state.history) else { return [LawServicePhrases.hearingNotScheduled()] }
        return day < schedule.date ? [LawServicePhrases.hearingDateNotReached(schedule.date.description)] : []
    }
}
