/// Whether an action takes a penalty as input: a proposal (拟处罚意见) or the decision itself.
/// Both are held to the law and the discretion standard (R13).
public enum PenaltyInput: String, Sendable, Hashable, Codable, CaseIterable {
    case proposal
    case decision
}
