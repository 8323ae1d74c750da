import Workflow

/// An action on a stored case as the desk or a batch line gives it: like the engine's request,
/// but naming the cases to merge by serial number, for Storage to load inside the transaction.
public struct CaseCommand: Sendable, Hashable {
    public var action: String
    public var opinion: String?
    public var reason: String?
    public var participants: [String]
    public var penalty: PenaltyDecision?
    public var merge: [String]
    /// The action's declared inputs by code (the hearing's date, place, host …).
    public var inputs: [String: String]

    public init(action: String, opinion: String? = nil, reason: String? = nil, participants: [String] = [], penalty: PenaltyDecision? = nil, merge: [String] = [], inputs: [String: String] = [:]) {
        self.action = action
        self.opinion = opinion
        self.reason = reason
        self.participants = participants
        self.penalty = penalty
        self.merge = merge
        self.inputs = inputs
    }
}
