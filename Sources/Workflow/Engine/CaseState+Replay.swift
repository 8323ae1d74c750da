/// Folding events into state: the only place state changes.
extension CaseState {
    /// Rebuilds a case from its events; nil when the first event is not an opening.
    public static func replay(_ events: [CaseEvent], startStep: (CaseOpening) -> String?) -> CaseState? {
        guard case let .opened(opening, userID, _, on, clock)? = events.first, let start = startStep(opening) else { return nil }
        var state = CaseState(opening: opening, userID: userID, on: on, clock: clock, startStep: start)
        for event in events.dropFirst() { state.apply(event) }
        return state
    }

    public func applying(_ events: [CaseEvent]) -> CaseState {
        var copy = self
        for event in events { copy.apply(event) }
        return copy
    }

    mutating func apply(_ event: CaseEvent) {
        revision += 1
        switch event {
        case .opened:
            break
        case let .materialsAdded(added, _, _):
            // Saturating: the engine bounds new counts, but a stored absurd value (an older
            // release, a damaged file) must not trap every later read of the case.
            materials.merge(added) { held, more in
                let sum = held.addingReportingOverflow(more)
                return sum.overflow ? (more > 0 ? Int.max : Int.min) : sum.partialValue
            }
        case let .factsRecorded(values, _, _):
            facts.merge(values) { $1 }
        case let .partyAmended(address, contact, _, _, _):
            party = CaseParty(kind: party.kind, name: party.name, identity: party.identity, contact: contact, address: address)
        case let .absorbed(into, _, _, on):
            absorbedInto = into
            status = .closed
            clock.apply(.stop, on: on)
        case let .acted(record):
            apply(record)
        }
    }

    private mutating func apply(_ record: ActionRecord) {
        for effect in record.clock { clock.apply(effect, on: record.on) }
        if record.kind.isAbnormal { abnormalCounts[record.kind, default: 0] += 1 }
        switch record.kind {
        case .suspend: status = .suspended
        case .resume: status = .open
        default: break
        }
        if record.to != step {
            step = record.to
            stepEnteredOn = record.on
        }
        if record.closes {
            status = .closed
            clock.apply(.stop, on: record.on)
        }
        if let limit = record.extensionLimit { clock.extensions.append(limit) }
        if let opinion = record.opinion { opinions.append(opinion) }
        switch record.penaltyRole {
        case .proposal?: proposal = record.penalty
        case .decision?: decision = record.penalty
        case nil: break
        }
        merged += record.merged
        flags += record.flags
        history.append(record)
    }
}
