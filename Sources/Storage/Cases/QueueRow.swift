import Workflow

/// One row of the queue: the case's state, decoded only for the rows on screen.
public struct QueueRow: Sendable {
    public let state: CaseState
    public let section: String
    /// Where the row sits in the queue's order, so the next page can start right after it.
    public let anchor: QueueAnchor
}

/// A position in the queue's order (last change, then serial number, both descending).
public struct QueueAnchor: Sendable, Hashable {
    public let updatedAt: Double
    public let id: String
}
