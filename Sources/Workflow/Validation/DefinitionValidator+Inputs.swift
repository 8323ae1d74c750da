import Localization

/// The rules for action inputs and the guards that read them: codes unique, choices only on a
/// choice, recusal only on a user and with its article, a hearing guard with the inputs and the
/// parameter it reads.
extension DefinitionValidator {
    func validateInputs(_ action: ActionDefinition, steps: [String: StepDefinition]) {
        var seen = Set<String>()
        for input in action.inputs {
            let at = action.location
            if !seen.insert(input.code).inserted { sink.error(at, LawServicePhrases.inputDuplicate(input.code, action.code)) }
            if input.type == .choice, input.choices.isEmpty { sink.error(at, LawServicePhrases.inputNoChoices(input.code, action.code)) }
            if input.type != .choice, !input.choices.isEmpty { sink.error(at, LawServicePhrases.inputChoicesNotChoice(input.code, action.code)) }
            if !input.recuseFrom.isEmpty {
                if input.type != .user { sink.error(at, LawServicePhrases.inputRecuseNotUser(input.code, action.code)) }
                if input.basis == nil { sink.error(at, LawServicePhrases.inputRecuseNoBasis(input.code, action.code)) }
                for step in input.recuseFrom where steps[step] == nil { sink.error(at, LawServicePhrases.inputRecuseUnknownStep(input.code, action.code, step)) }
            }
        }
        if action.guards.contains(.hearingNoticeTimely) {
            let date = action.input(HearingSchedule.dateInput)
            if date?.type != .date || date?.required != true {
                sink.error(action.location(of: "guards"), LawServicePhrases.hearingGuardNeedsInput(action.code, GuardName.hearingNoticeTimely.rawValue, HearingSchedule.dateInput))
            }
        }
    }

    func validateHearingGuards(_ procedure: ProcedureDefinition) {
        let actions = procedure.steps.flatMap(\.actions)
        if actions.contains(where: { $0.guards.contains(.hearingNoticeTimely) }), procedure.parameters[HearingSchedule.noticeParameter] == nil {
            sink.error(procedure.location, DefinitionPhrases.missingParameter(HearingSchedule.noticeParameter))
        }
        let execution: [GuardName] = [.paymentComplete, .remedyPeriodsElapsed]
        if actions.contains(where: { !Set($0.guards).isDisjoint(with: execution) }) {
            for parameter in PaymentRecord.parameterNames where procedure.parameters[parameter] == nil {
                sink.error(procedure.location, DefinitionPhrases.missingParameter(parameter))
            }
        }
        let dated = actions.contains { $0.input(HearingSchedule.dateInput)?.type == .date }
        for action in actions where action.guards.contains(.hearingDateReached) && !dated {
            sink.error(action.location(of: "guards"), LawServicePhrases.hearingDateNeverSet(action.code, GuardName.hearingDateReached.rawValue, HearingSchedule.dateInput))
        }
    }
}
