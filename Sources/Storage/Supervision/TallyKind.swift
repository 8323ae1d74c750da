/// What the supervision summaries count per (day, item, section, officer): one kind per kind of
/// operation the board reports (R11, R12, R13, R24).
public enum TallyKind: String, Sendable, Hashable, CaseIterable {
    /// 收件: a case opened.
    case received
    /// 受理: the action that started the statutory clock.
    case accepted
    /// 办结: an action that closed the case.
    case done
    case returned
    case corrected
    case suspended
    /// Any abnormal operation (R12): correction, suspension, return, extension, withdrawal, termination.
    case abnormal
    /// A penalty outside the discretion band (R13).
    case deviation
    /// A decided penalty reduced on an Art. 32 ground (减轻处罚).
    case reduced
}
