import Foundation
import Localization

/// Listing and performing flow actions.
extension CaseEngine {
    /// Every action at the case's current step, as this actor sees it. Given the day, the rules
    /// that depend on it (a period that must have run out) are checked too.
    public func available(_ state: CaseState, for actor: Actor, on day: CivilDate? = nil) -> [AvailableAction] {
        guard let flow = flow(for: state), let step = flow.step(state.step) else { return [] }
        return step.actions.map { action in
            var reasons = standingReasons(action, at: step, in: flow, state: state, actor: actor)
            if let day {
                reasons += periodReasons(action, at: step, state: state, on: day) + hearingDateReasons(action, state: state, on: day)
                    + enforcementReasons(action, state: state, flow: flow, on: day)
            }
            return AvailableAction(action: action, disabledReasons: reasons)
        }
    }

    /// Reasons that do not depend on the input: state, post, separation of duties, guards.
    func standingReasons(_ action: ActionDefinition, at step: StepDefinition, in flow: ItemFlow, state: CaseState, actor: Actor) -> [Message] {
        if let into = state.absorbedInto { return [EnginePhrases.caseAbsorbed(into)] }
        if state.isClosed { return [EnginePhrases.caseClosed()] }
        var reasons: [Message] = []
        switch (state.status, action.kind) {
        case (.suspended, .resume), (.suspended, .terminate), (.suspended, .withdraw): break
        case (.suspended, _): reasons.append(EnginePhrases.caseSuspended())
        case (_, .resume): reasons.append(EnginePhrases.caseNotSuspended())
        default: break
        }
        let posts = flow.posts(for: action, at: step)
        if actor.posts.isDisjoint(with: posts) {
            reasons.append(EnginePhrases.notYourPost(postNames(posts)))
        }
        if action.approval, let handler = state.handlerOfCurrentStep, handler == actor.userID {
            reasons.append(EnginePhrases.cannotApproveOwn())
        }
        for guardName in action.guards {
            reasons += guardReasons(guardName, state: state)
        }
        return reasons
    }

    private func guardReasons(_ guardName: GuardName, state: CaseState) -> [Message] {
        switch guardName {
        case .materialsComplete:
            let missing = missingMaterials(state)
            return missing.isEmpty ? [] : [EnginePhrases.materialsMissing(missing.map(\.name).joined(separator: "、"))]
        case .materialsIncomplete:
            return missingMaterials(state).isEmpty ? [EnginePhrases.materialsAlreadyComplete()] : []
        case .factsComplete:
            let missing = missingFacts(state)
            return missing.isEmpty ? [] : [EnginePhrases.factsMissing(missing.map(\.name).joined(separator: "、"))]
        case .notExtended:
            return state.clock.extensions.isEmpty ? [] : [EnginePhrases.alreadyExtended()]
        case .penaltyProposed:
            return state.proposal == nil ? [EnginePhrases.noProposal()] : []
        case .hearingRight:
            return hearingRightReasons(state)
        case .criminalTransfer:
            return definitions.item(state.itemCode)?.criminalTransfer == nil ? [LawPhrases.noCriminalClause()] : []
        case .collectiveIfMajor:
            // Judged on the notified proposal here, on the decision typed when it is performed.
            guard let proposal = state.proposal, let flow = flow(for: state) else { return [] }
            return collectiveReasons(proposal, flow: flow, state: state)
        case .measuresOnly, .includesPenalty:
            return state.proposal.map { correctionReasons(guardName, penalty: $0) } ?? [EnginePhrases.noProposal()]
        case .simplifiedEligible:
            // Gains or property to confiscate are known before any penalty is typed (Art. 51);
            // the fine's ceiling depends on the penalty and is checked when the action is performed.
            return definitions.item(state.itemCode).map { confiscationBarsSimplified($0, facts: state.facts) } ?? []
        case .serviceRecorded:
            return serviceRecordedReasons(state)
        case .fineDecided:
            return fineDecidedReasons(state)
        case .periodElapsed, .hearingNoticeTimely, .hearingDateReached, .serviceDate, .paymentComplete, .remedyPeriodsElapsed:
            return []  // depend on the day or the inputs; checked when the action is performed
        case .withinLimitation:
            return limitationReasons(state)
        case .authorityReferral:
            return referralStandingReasons(state)
        case .applicationLead:
            return applicationLeadReasons(state)
        case .provincialFiling:
            return provincialFilingReasons(state)
        case .extensible:
            return extensibleReasons(state)
        }
    }

    /// The step's waiting period (else its own limit) must be over on `on`: the day after its due
    /// date or later.
    func periodReasons(_ action: ActionDefinition, at step: StepDefinition, state: CaseState, on: CivilDate) -> [Message] {
        guard action.guards.contains(.periodElapsed), let limit = step.wait ?? step.limit else { return [] }
        guard let calendar else { return [EnginePhrases.calendarUnavailable(action.name)] }
        let period = calendar.due(from: periodStart(state), adding: limit.days, unit: limit.unit)
        let due = calendar.moved(period, by: definitions.bureau.deadlinePolicy.restDay).date
        return on > due ? [] : [EnginePhrases.periodNotElapsed(step.name, due.description, action.name)]
    }

    /// Performs an action, or refuses it with every reason that applies.
    public func perform(_ request: ActionRequest, on state: CaseState, by actor: Actor, at instant: Date) -> Result<Transition, Rejection> {
        guard let flow = flow(for: state), let step = flow.step(state.step) else {
            return .failure(Rejection([EnginePhrases.unknownItem(state.itemCode)]))
        }
        guard let action = step.action(request.action) else {
            let names = step.actions.map(\.name).joined(separator: "、")
            return .failure(Rejection([EnginePhrases.actionNotHere(request.action, step.name, names.isEmpty ? "-" : names)]))
        }
        let on = CivilDate.inShanghai(instant)
        var reasons = standingReasons(action, at: step, in: flow, state: state, actor: actor)
        reasons += periodReasons(action, at: step, state: state, on: on)
        reasons += hearingDateReasons(action, state: state, on: on)
        let (inputProblems, inputs) = inputReasons(action, given: request.inputs, state: state, actor: actor)
        reasons += inputProblems
        reasons += hearingNoticeReasons(action, inputs: inputs, flow: flow, on: on)
        reasons += serviceDateReasons(action, inputs: inputs, state: state, on: on)
        reasons += paymentReasons(action, inputs: inputs, state: state, flow: flow, on: on)
        reasons += enforcementReasons(action, state: state, flow: flow, on: on)
        reasons += referralReasons(action, inputs: inputs, state: state) + recordedDateReasons(action, inputs: inputs, on: on)
        let opinionText = request.opinion?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let reasonText = request.reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if action.verdict == .negative, opinionText.isEmpty {
            reasons.append(EnginePhrases.negativeNeedsReasons(action.name))
        } else if action.opinion == .required, opinionText.isEmpty {
            reasons.append(EnginePhrases.opinionRequired(action.name))
        }
        let previous = state.abnormalCounts[action.kind] ?? 0
        switch action.effectiveReason {
        case .required where reasonText.isEmpty:
            reasons.append(EnginePhrases.reasonRequired(action.name))
        case .repeated where reasonText.isEmpty && previous > 0:
            reasons.append(EnginePhrases.reasonRequiredRepeated(action.name, previous + 1))
        default:
            break
        }
        let participants = Set(request.participants + [actor.userID])
        if participants.count < action.participants {
            reasons.append(EnginePhrases.tooFewOfficers(action.participants, participants.count))
        }
        var certificates: [String: String]?
        if action.participants > 1 {
            let (officerReasons, numbers) = officerReasons(participants, actor: actor, on: on)
            reasons += officerReasons
            certificates = numbers
        }
        var flags: [SupervisionFlag] = []
        if let role = action.penalty {
            let (penaltyReasons, penaltyFlags) = checkPenalty(request.penalty, role: role, action: action, flow: flow, state: state, on: on)
            reasons += penaltyReasons
            flags += penaltyFlags
        }
        var merged: [MergedViolation] = []
        if action.kind == .merge {
            let (mergeReasons, violations) = checkMerge(request.mergeWith, into: state)
            reasons += mergeReasons
            merged = violations
        }
        guard reasons.isEmpty else { return .failure(Rejection(reasons)) }

        let target = action.kind.staysAtStep ? step : (action.to.flatMap { flow.step($0) } ?? step)
        if action.kind.isAbnormal, previous > 0 {
            flags.append(SupervisionFlag(kind: .repeatedAbnormal, detail: EnginePhrases.repeatedAbnormalDetail(action.name, previous + 1).text(.zh), on: on))
        }
        let record = ActionRecord(
            action: action.code, name: action.name, kind: action.kind, from: step.code, to: target.code,
            userID: actor.userID, actorName: actor.name, at: instant, on: on,
            opinion: opinionText.isEmpty ? nil : Opinion(step: step.code, action: action.code, userID: actor.userID, actorName: actor.name, verdict: action.verdict, text: opinionText, on: on),
            reason: reasonText.isEmpty ? nil : reasonText,
            participants: participants.sorted(), penalty: action.penalty == nil ? nil : request.penalty,
            penaltyRole: action.penalty, missing: action.kind == .correction ? missingMaterials(state).map(\.name) : [],
            merged: merged, clock: clockEffects(action, from: step, to: target), extensionLimit: action.extensionLimit,
            documents: action.documents, flags: flags, closes: target.isEnd, certificates: certificates,
            inputs: inputs.isEmpty ? nil : inputs
        )
        let event = CaseEvent.acted(record)
        var sideEvents: [String: [CaseEvent]] = [:]
        for other in merged {
            sideEvents[other.caseID] = [.absorbed(into: state.id, userID: actor.userID, at: instant, on: on)]
        }
        let effects: [CaseEffect] = action.documents.map { .produceDocument($0) } + flags.map { .flag($0) }
            + merged.map { .absorb(caseID: $0.caseID) }
        return .success(Transition(events: [event], sideEvents: sideEvents, effects: effects, state: state.applying([event])))
    }

    /// 行政处罚法 Art. 42, 52, 55: the officers taking part hold enforcement certificates valid on
    /// the day, and none holds a post that is never an officer (a window clerk, a read-only post).
    func officerReasons(_ participants: Set<String>, actor: Actor, on day: CivilDate) -> ([Message], [String: String]) {
        var reasons: [Message] = []
        var numbers: [String: String] = [:]
        for id in participants.sorted() {
            let name = actor.officers[id]?.name ?? (id == actor.userID ? actor.name : id)
            guard let officer = actor.officers[id], officer.certificate.isValid(on: day) else {
                reasons.append(EnginePhrases.officerNotCertified(name))
                continue
            }
            let barred = officer.posts.filter { definitions.bureau.post($0).map { !$0.officer } ?? false }
            if let post = barred.sorted().first {
                reasons.append(EnginePhrases.officerPostBarred(name, postNames([post])))
                continue
            }
            numbers[id] = officer.certificate.number
        }
        return (reasons, numbers)
    }

    /// The clock changes of a move, in order: leaving a paused step resumes, the action's own
    /// effect, suspension, entering a paused step pauses, reaching an end stops.
    func clockEffects(_ action: ActionDefinition, from: StepDefinition, to: StepDefinition) -> [ClockEffect] {
        var effects: [ClockEffect] = []
        let moves = from.code != to.code
        if moves, from.clock == .paused { effects.append(.resume) }
        if let own = action.clock { effects.append(own) }
        if action.kind == .suspend { effects.append(.pause) }
        if action.kind == .resume { effects.append(.resume) }
        if moves, to.clock == .paused { effects.append(.pause) }
        if to.isEnd, effects.last != .stop { effects.append(.stop) }
        return effects
    }
}
