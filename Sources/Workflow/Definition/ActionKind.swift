/// What an action does to a case beyond moving it, as the engine understands it. The abnormal kinds
/// (R6, R12) are counted per case and need a reason.
public enum ActionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Moves the case to `to`.
    case forward
    /// 补正: asks the party for the missing materials, listing all of them at once.
    case correction
    /// 暂停: the case stays where it is and its clock stops until `resume`.
    case suspend
    /// 恢复: ends a suspension.
    case resume
    /// 退回: sends the case back to an earlier step.
    case `return`
    /// 延期: extends the statutory deadline once, with a head's approval.
    case extend
    /// 撤回: the party withdraws; the case ends.
    case withdraw
    /// 终止: the bureau ends the case.
    case terminate
    /// 并案: other penalty cases of the same party are absorbed into this one.
    case merge

    /// Operations the plan calls abnormal (异常操作): a reason is always required, except for a
    /// first correction, which the licensing law treats as ordinary service.
    public var isAbnormal: Bool {
        switch self {
        case .forward, .resume, .merge: false
        case .correction, .suspend, .return, .extend, .withdraw, .terminate: true
        }
    }

    /// Kinds whose action leaves the case at its step.
    public var staysAtStep: Bool {
        switch self {
        case .suspend, .resume, .extend, .merge: true
        case .forward, .correction, .return, .withdraw, .terminate: false
        }
    }
}
