/// The queue's tabs (R5, R11, R23 inside the bureau).
public enum QueueTab: String, Sendable, CaseIterable {
    /// 待办: open cases at a step one of my posts may act on.
    case todo
    /// 在办: my section's open cases.
    case section
    /// 预警: open cases whose deadline is yellow or red.
    case warning
    /// 已办: cases I acted on.
    case done
    /// 监察: cases with something supervision must see (R24), open or closed.
    case flagged
    /// 查询: search by serial number, party, identity number or item code.
    case search
}
