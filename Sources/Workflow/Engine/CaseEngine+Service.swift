import Localization

/// 送达: a document owed to the party is served by a recorded method on a recorded day to a
/// recorded recipient, and a period that runs "from receipt" (行政处罚法 Art. 64 陈述申辩 and
/// hearing request, Art. 67 payment) runs from that day, not from the day the step was entered.
extension CaseEngine {
    /// The day the current step's own period starts: the latest service date recorded since the
    /// case entered the step (by the action that entered it or one taken there), else the day it
    /// entered.
    func periodStart(_ state: CaseState) -> CivilDate {
        for record in state.history.reversed() {
            guard record.to == state.step else { break }
            if let served = record.inputs?[HearingSchedule.servedInput].flatMap(CivilDate.init(iso:)), served > state.stepEnteredOn {
                return served
            }
            if record.from != state.step { break }
        }
        return state.stepEnteredOn
    }

    /// `service-date`: served no earlier than the step was reached, no later than today.
    func serviceDateReasons(_ action: ActionDefinition, inputs: [String: String], state: CaseState, on day: CivilDate) -> [Message] {
        guard action.guards.contains(.serviceDate), let served = inputs[HearingSchedule.servedInput].flatMap(CivilDate.init(iso:)) else { return [] }
        if served > day { return [LawServicePhrases.servedInFuture(served.description, day.description)] }
        if served < state.stepEnteredOn { return [LawServicePhrases.servedBeforeDocument(served.description, state.stepEnteredOn.description)] }
        return []
    }

    /// `service-recorded`: a service was recorded since the case entered the step.
    func serviceRecordedReasons(_ state: CaseState) -> [Message] {
        for record in state.history.reversed() {
            guard record.to == state.step else { break }
            if record.inputs?[HearingSchedule.servedInput] != nil { return [] }
            if record.from != state.step { break }
        }
        return [LawServicePhrases.serviceNotRecorded()]
    }
}
