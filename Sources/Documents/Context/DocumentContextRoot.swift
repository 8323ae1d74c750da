import Mustache
import Workflow

/// The top of a document's context, built lazily: each top-level value (the flow's steps, the
/// history, the penalty …) is made the first time the template names it, and kept for the rest of
/// the rendering. A notice that names the party and the date no longer pays for the whole case.
/// Rendering happens inside the action's transaction, so this is time every clerk waits for.
final class DocumentContextRoot: MustacheParent {
    private let input: DocumentInput
    private let item: ItemDefinition?
    private let flow: ItemFlow?
    private var made: [String: Any?] = [:]

    init(_ input: DocumentInput) {
        self.input = input
        item = input.set.item(input.state.itemCode)
        flow = input.set.flow(item: input.state.itemCode, procedure: input.state.procedureCode)
    }

    func child(named name: String) -> Any? {
        if let value = made[name] { return value }
        let value = make(name)
        made[name] = .some(value)
        return value
    }

    /// Every top-level value by name, as `DocumentContext.vocabulary` lists them; nil where the
    /// case has none (a section on it then renders nothing).
    private func make(_ name: String) -> Any? {
        typealias Context = DocumentContext
        let state = input.state
        switch name {
        case "bureau": return Context.clean(input.set.bureau.name)
        case "agency": return Context.agency(input.set.bureau, item)
        case "document": return Context.document(input)
        case "case": return Context.caseValues(state, item, flow)
        case "party": return Context.party(state.party)
        case "facts": return Context.facts(state.facts, item)
        case "hasFacts": return !Context.facts(state.facts, item).isEmpty
        case "materials": return Context.materials(state.materials, item)
        case "hasMaterials": return !Context.materials(state.materials, item).isEmpty
        case "opinions": return state.opinions.map { Context.opinion(of: $0, flow) }
        case "steps": return Context.steps(state, flow)
        case "actions": return Context.actions(state)
        case "documents": return input.earlier.map(Context.reference)
        case "hasDocuments": return !input.earlier.isEmpty
        case "history": return state.history.map { Context.record(of: $0, flow) }
        case "flags": return state.flags.map { ["detail": Context.clean($0.detail), "date": DocumentText.date($0.on)] as [String: Any] }
        case "hasFlags": return !state.flags.isEmpty
        case "missing": return missing.enumerated().map { ["name": Context.clean($1), "number": $0 + 1] as [String: Any] }
        case "hasMissing": return !missing.isEmpty
        case "action": return input.action.map { Context.actionValues($0, input.userNames) }
        case "findings": return Context.clean(findings)
        case "hasFindings": return !findings.isEmpty
        case "hasPenalty": return penaltyDecision != nil
        case "penalty": return penaltyDecision.map { Context.penalty($0, input.set) }
        case "hasExtension": return state.history.contains { $0.extensionLimit != nil }
        case "extension":
            guard let last = state.history.last(where: { $0.extensionLimit != nil }), let limit = last.extensionLimit else { return nil }
            return ["days": limit.description, "reason": Context.clean(last.reason ?? last.opinion?.text ?? ""), "date": DocumentText.date(last.on)]
        case "hasDecision": return decisions.last != nil
        case "decision": return decisions.last.map(Context.reference)
        case "limitation": return limitation.map(Context.limitation)
        case "hasLimitation": return limitation != nil
        case "deadline": return statutoryDeadline.map { Context.deadline($0, rule: input.set.bureau.deadlinePolicy.restDay) }
        case "hasDeadline": return statutoryDeadline != nil
        case "period": return stepDeadline.map { Context.deadline($0, rule: input.set.bureau.deadlinePolicy.restDay) }
        case "hasPeriod": return stepDeadline != nil
        case "hearingRight": return hearingRight
        case "hearing": return HearingContext.values(state, names: input.userNames)
        case "hasHearing": return HearingContext.values(state, names: input.userNames) != nil
        case "service": return ServiceContext.values(action: input.action, history: state.history)
        case "hasService": return ServiceContext.values(action: input.action, history: state.history) != nil
        case "payment": return PaymentContext.values(input, flow: flow)
        case "hasPayment": return PaymentContext.values(input, flow: flow) != nil
        case "referral": return ReferralContext.values(action: input.action, history: state.history, item: item)
        case "hasReferral": return ReferralContext.values(action: input.action, history: state.history, item: item) != nil
        case "query_code": return input.queryCode?.description
        case "hasQueryCode": return input.queryCode != nil
        default: return nil
        }
    }

    private var limitation: LimitationReckoning? { flow.flatMap { LimitationReckoning(state: input.state, flow: $0) } }

    /// The case's statutory deadline as the engine reckons it on the day of issue.
    private var statutoryDeadline: CaseDeadline? { deadline(.statutory) }

    /// The period of the step the case entered with the document (the correction order's period).
    private var stepDeadline: CaseDeadline? { deadline(.step) }

    private func deadline(_ kind: CaseDeadline.Kind) -> CaseDeadline? {
        guard let calendar = input.calendar else { return nil }
        return CaseEngine(definitions: input.set, calendar: calendar)
            .deadlines(input.state, calendar: calendar, today: input.issuedOn).first { $0.kind == kind }
    }

    /// Whether the penalty the party is told of gives a hearing (行政处罚法 Art. 63), on the
    /// procedure's thresholds; false where the procedure sets none.
    private var hearingRight: Bool {
        guard let penalty = penaltyDecision, let procedure = flow?.procedure, let right = HearingRight(parameters: procedure.parameters) else {
            return false
        }
        return !right.grounds(penalty, party: input.state.party.kind).isEmpty
    }

    private var missing: [String] { input.state.history.last { !$0.missing.isEmpty }?.missing ?? [] }

    private var findings: String {
        input.state.history.last { $0.penaltyRole == .proposal }?.opinion?.text
            ?? input.state.history.last { $0.opinion != nil && $0.from != flow?.start }?.opinion?.text ?? ""
    }

    private var penaltyDecision: PenaltyDecision? { input.state.decision ?? input.state.proposal }

    private var decisions: [DocumentReference] { input.earlier.filter { input.set.bureau.document($0.type)?.word != nil } }

    /// Every value at once, for callers that want the whole context as a dictionary.
    func all() -> [String: Any] {
        var values: [String: Any] = [:]
        for name in DocumentContext.topLevel {
            if let value = child(named: name) { values[name] = value }
        }
        return values
    }
}
