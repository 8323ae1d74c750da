import Workflow

/// One row of the queue: the case's state, decoded only for the rows on screen.
public struct QueueRow: Sendable {
    public let state: CaseState
    public let section: String
}
