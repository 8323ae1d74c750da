import Storage

/// A place the outbox is delivered to. Each `deliver` is atomic at the target: the records and
/// the target's own cursor move together, or neither does, so a run killed anywhere resumes from
/// `open()`'s cursor and delivers each record exactly once.
public protocol FeedTarget: AnyObject {
    var name: String { get }
    /// Connects (or checks the directory) and reads the target's cursor.
    func open() throws -> TargetCursor
    /// Delivers `records` (in order, following the cursor `after`) and tries `parked` records
    /// again; returns the new cursor. `auditHead` ("seq:hash") travels with the batch, so the
    /// receiver holds an anchor of the audit chain outside the bureau.
    func deliver(_ records: [OutboxRecord], after: Int64, retrying parked: [OutboxRecord], auditHead: String?) throws -> TargetCursor
    func close()
}
