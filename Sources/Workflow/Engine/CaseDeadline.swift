/// One deadline of a case as the queue and the supervision desk show it (R11): the statutory and
/// promised limits of the whole case, and the current step's own limit.
public struct CaseDeadline: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case statutory
        case promised
        case step
    }

    public let kind: Kind
    public let limit: TimeLimit
    public let status: DeadlineStatus
    /// The day the clock stopped, for a finished case: the level then says whether it was late.
    public let finishedOn: CivilDate?
}
