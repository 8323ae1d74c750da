import GRDB
import Workflow

/// One row of the queue: the case's state, decoded only for the rows on screen.
public struct QueueRow: Sendable {
    public let state: CaseState
    public let section: String
    /// Where the row sits in the queue's order, so the next page can start right after it.
    public let anchor: QueueAnchor
}

/// A position in a tab's order: the row's values of the order's keys (see `QueueOrder`).
public struct QueueAnchor: Sendable, Hashable {
    let keys: [DatabaseValue]
    /// The band of a tab shown in two (`QueueBands`): 0 the first, 1 the second.
    var band = 0

    /// The case's serial number, the last key of every order.
    public var id: String { keys.last.flatMap { String.fromDatabaseValue($0) } ?? "" }
}
