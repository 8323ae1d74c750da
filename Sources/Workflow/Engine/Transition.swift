/// An accepted operation: the events to append to the case, the events for other cases (the
/// absorbed ones of a merge), the effects to carry out, and the case's resulting state.
public struct Transition: Sendable {
    public let events: [CaseEvent]
    public let sideEvents: [String: [CaseEvent]]
    public let effects: [CaseEffect]
    public let state: CaseState
}
