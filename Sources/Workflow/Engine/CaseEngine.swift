import Foundation
import Localization

/// The case engine: a pure function from (case, actor, action, input, time) to the events and
/// effects of the action, or a rejection with every reason. It holds no state and does no I/O;
/// Storage runs it inside the write transaction and persists what it returns.
public struct CaseEngine: Sendable {
    public let definitions: DefinitionSet
    /// The working-day calendar, for the rules that depend on a period having run out. An engine
    /// without one refuses such actions rather than guess.
    public let calendar: WorkCalendar?

    /// The most copies of one material a case holds. Counts come from clerks and scripts; a bound
    /// keeps every sum far from overflow and catches a typo like 10000 for 1.
    public static let materialCountLimit = 1000

    public init(definitions: DefinitionSet, calendar: WorkCalendar? = nil) {
        self.definitions = definitions
        self.calendar = calendar
    }

    public func flow(for state: CaseState) -> ItemFlow? {
        definitions.flow(item: state.itemCode, procedure: state.procedureCode)
    }

    /// Rebuilds a case from its stored events against these definitions.
    public func replay(_ events: [CaseEvent]) -> CaseState? {
        CaseState.replay(events) { definitions.flow(item: $0.itemCode, procedure: $0.procedureCode)?.start }
    }

    // MARK: Opening and data entry

    public func open(_ opening: CaseOpening, by actor: Actor, at instant: Date) -> Result<Transition, Rejection> {
        guard let item = definitions.item(opening.itemCode) else {
            return .failure(Rejection([EnginePhrases.unknownItem(opening.itemCode)]))
        }
        guard let flow = definitions.flow(item: opening.itemCode, procedure: opening.procedureCode) else {
            return .failure(Rejection([EnginePhrases.procedureNotForItem(opening.procedureCode, item.name)]))
        }
        var reasons: [Message] = []
        if actor.posts.isDisjoint(with: flow.procedure.openedBy) {
            reasons.append(EnginePhrases.notYourPost(postNames(flow.procedure.openedBy)))
        }
        if opening.subject.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { reasons.append(EnginePhrases.subjectEmpty()) }
        if opening.party.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { reasons.append(EnginePhrases.partyNameEmpty()) }
        if opening.party.address.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { reasons.append(EnginePhrases.partyAddressEmpty()) }
        if !opening.party.identityFitsKind {
            reasons.append(EnginePhrases.identityKindMismatch(opening.party.identity.kind.displayName.text(.zh)))
        }
        reasons += unknownCodes(materials: Array(opening.materials.keys), facts: Array(opening.facts.keys), item: item)
        reasons += opening.materials.filter { $0.value < 0 }.sorted { $0.key < $1.key }.map { EnginePhrases.negativeCount($0.key) }
        reasons += countLimitReasons(opening.materials, adding: [:], item: item)
        reasons += factShapeReasons(opening.facts, item: item)
        guard reasons.isEmpty else { return .failure(Rejection(reasons)) }
        let on = CivilDate.inShanghai(instant)
        let event = CaseEvent.opened(opening, userID: actor.userID, at: instant, on: on, clock: [])
        guard let state = CaseState.replay([event], startStep: { _ in flow.start }) else {
            return .failure(Rejection([EnginePhrases.unknownItem(opening.itemCode)]))
        }
        return .success(Transition(events: [event], sideEvents: [:], effects: [], state: state))
    }

    public func addMaterials(_ materials: [String: Int], to state: CaseState, by actor: Actor, at instant: Date) -> Result<Transition, Rejection> {
        guard let flow = flow(for: state) else { return .failure(Rejection([EnginePhrases.unknownItem(state.itemCode)])) }
        var reasons = dataEntryReasons(state, flow: flow, actor: actor)
        reasons += unknownCodes(materials: Array(materials.keys), facts: [], item: flow.item)
        reasons += materials.filter { $0.value <= 0 }.sorted { $0.key < $1.key }.map { EnginePhrases.negativeCount($0.key) }
        reasons += countLimitReasons(materials, adding: state.materials, item: flow.item)
        if materials.isEmpty { reasons.append(EnginePhrases.nothingToRecord()) }
        guard reasons.isEmpty else { return .failure(Rejection(reasons)) }
        let event = CaseEvent.materialsAdded(materials, userID: actor.userID, at: instant)
        return .success(Transition(events: [event], sideEvents: [:], effects: [], state: state.applying([event])))
    }

    public func recordFacts(_ facts: [String: FactValue], on state: CaseState, by actor: Actor, at instant: Date) -> Result<Transition, Rejection> {
        guard let flow = flow(for: state) else { return .failure(Rejection([EnginePhrases.unknownItem(state.itemCode)])) }
        var reasons = dataEntryReasons(state, flow: flow, actor: actor)
        // The facts a decision rests on were reviewed and notified; changing them afterwards would
        // make the served decision and the file disagree.
        if state.decision != nil { reasons.append(EnginePhrases.factsFrozenByDecision()) }
        reasons += unknownCodes(materials: [], facts: Array(facts.keys), item: flow.item)
        reasons += factShapeReasons(facts, item: flow.item)
        if facts.isEmpty { reasons.append(EnginePhrases.nothingToRecord()) }
        guard reasons.isEmpty else { return .failure(Rejection(reasons)) }
        let event = CaseEvent.factsRecorded(facts, userID: actor.userID, at: instant)
        return .success(Transition(events: [event], sideEvents: [:], effects: [], state: state.applying([event])))
    }

    /// Puts the party's address or contact right, with a reason. Whoever may open this kind of
    /// case or act at its current step may do so, also after it closed: a served document with a
    /// wrong address is corrected, not left wrong. `alsoAllowed` adds the posts a caller has
    /// already authorised (the post correcting a document it issued).
    public func amendParty(
        address: String, contact: String, reason: String, on state: CaseState, by actor: Actor, at instant: Date, alsoAllowed: Set<String> = []
    ) -> Result<Transition, Rejection> {
        guard let flow = flow(for: state) else { return .failure(Rejection([EnginePhrases.unknownItem(state.itemCode)])) }
        var reasons: [Message] = []
        var posts = Set(flow.procedure.openedBy).union(alsoAllowed)
        if let step = flow.step(state.step) {
            posts.formUnion(step.actions.flatMap { flow.posts(for: $0, at: step) })
            if let post = step.post { posts.insert(post) }
        }
        if actor.posts.isDisjoint(with: posts) { reasons.append(EnginePhrases.notYourPost(postNames(Array(posts).sorted()))) }
        let address = address.trimmingCharacters(in: .whitespacesAndNewlines)
        let contact = contact.trimmingCharacters(in: .whitespacesAndNewlines)
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if address.isEmpty { reasons.append(EnginePhrases.partyAddressEmpty()) }
        if reason.isEmpty { reasons.append(EnginePhrases.amendmentNeedsReason()) }
        if address == state.party.address && contact == state.party.contact { reasons.append(EnginePhrases.nothingToRecord()) }
        guard reasons.isEmpty else { return .failure(Rejection(reasons)) }
        let event = CaseEvent.partyAmended(address: address, contact: contact, reason: reason, userID: actor.userID, at: instant)
        return .success(Transition(events: [event], sideEvents: [:], effects: [], state: state.applying([event])))
    }

    /// Materials and facts are entered by whoever may act at the case's current step.
    func dataEntryReasons(_ state: CaseState, flow: ItemFlow, actor: Actor) -> [Message] {
        if state.isClosed { return [EnginePhrases.caseClosed()] }
        guard let step = flow.step(state.step) else { return [EnginePhrases.unknownStep(state.step)] }
        let posts = Set(step.actions.flatMap { flow.posts(for: $0, at: step) } + (step.post.map { [$0] } ?? []))
        return actor.posts.isDisjoint(with: posts) ? [EnginePhrases.notYourPost(postNames(Array(posts)))] : []
    }

    private func factShapeReasons(_ facts: [String: FactValue], item: ItemDefinition) -> [Message] {
        facts.sorted { $0.key < $1.key }.compactMap { code, value in
            guard let field = item.fact(code) else { return nil }
            if !value.fits(field) { return EnginePhrases.factWrongType(field.name) }
            if let money = value.money, money > Money.maximum || money.fen < 0 { return EnginePhrases.amountTooLarge(field.name, Money.maximum) }
            return nil
        }
    }

    /// Counts above the limit, on their own or added to what the case already holds.
    private func countLimitReasons(_ counts: [String: Int], adding held: [String: Int], item: ItemDefinition) -> [Message] {
        counts.sorted { $0.key < $1.key }.compactMap { code, count in
            let total = count.addingReportingOverflow(held[code] ?? 0)
            guard total.overflow || total.partialValue > Self.materialCountLimit || count > Self.materialCountLimit else { return nil }
            let name = item.material(code)?.name ?? code
            return EnginePhrases.materialCountTooLarge(name, count, Self.materialCountLimit)
        }
    }

    private func unknownCodes(materials: [String], facts: [String], item: ItemDefinition) -> [Message] {
        materials.filter { item.material($0) == nil }.sorted().map { EnginePhrases.unknownMaterial($0, item.name) }
            + facts.filter { item.fact($0) == nil }.sorted().map { EnginePhrases.unknownFact($0, item.name) }
    }

    // MARK: What is missing

    /// Required materials due by the current step (or any step already passed) that are absent.
    public func missingMaterials(_ state: CaseState) -> [MaterialRequirement] {
        guard let flow = flow(for: state) else { return [] }
        let reached = Set(state.path)
        return flow.item.materials.filter { material in
            guard material.required, (state.materials[material.code] ?? 0) < material.count else { return false }
            guard let due = material.dueAt else { return true }
            return reached.contains(due)
        }
    }

    public func missingFacts(_ state: CaseState) -> [FactField] {
        guard let flow = flow(for: state) else { return [] }
        return flow.item.facts.filter { $0.required && state.facts[$0.code] == nil }
    }

    func postNames(_ codes: [String]) -> String {
        codes.map { definitions.bureau.post($0)?.name ?? $0 }.joined(separator: "、")
    }
}
