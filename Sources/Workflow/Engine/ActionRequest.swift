/// What the actor supplies with an action: an opinion, a reason, the officers present, a penalty,
/// the cases to merge. What is required depends on the action's definition.
public struct ActionRequest: Sendable, Hashable {
    public var action: String
    public var opinion: String?
    public var reason: String?
    /// User ids of the officers taking part, the actor included or not.
    public var participants: [String]
    public var penalty: PenaltyDecision?
    /// Full states of the cases to absorb by 并案.
    public var mergeWith: [CaseState]
    /// The action's declared inputs by code, as typed (`ActionInput`); the engine checks them.
    public var inputs: [String: String]

    public init(
        action: String, opinion: String? = nil, reason: String? = nil, participants: [String] = [],
        penalty: PenaltyDecision? = nil, mergeWith: [CaseState] = [], inputs: [String: String] = [:]
    ) {
        self.action = action
        self.opinion = opinion
        self.reason = reason
        self.participants = participants
        self.penalty = penalty
        self.mergeWith = mergeWith
        self.inputs = inputs
    }
}
