/// The record kinds PowerDesk writes itself. A kind is a plain string so that other parts (the
/// supervision board's 督办 notices, for one) add their own through `Outbox.append` without
/// touching this list; a target stores every kind the same way.
public enum OutboxKind {
    /// 办件: one per case, upserted at each operation.
    public static let caseRecord = "case"
    /// 环节: one per action taken on a case.
    public static let step = "step"
    /// A penalty proposed or decided, as countable values (R20).
    public static let penalty = "penalty"
    /// A licence case's outcome once it closes (R20).
    public static let licence = "licence"
    /// 异常操作 (R12): correction, suspension, return, extension, withdrawal, termination.
    public static let abnormal = "abnormal"
    /// A supervision flag raised by an action (a penalty outside the band, repeated abnormal
    /// operations; R24).
    public static let flag = "flag"
    /// A deadline turned yellow or red (R11), seen by an operation on the case or by the sweep
    /// `feed run` makes before delivering.
    public static let warning = "warning"
}
