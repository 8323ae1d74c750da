/// The four parts of the quarterly evaluation R25 names: whether the powers run on the system at
/// all, how fast, how correctly, and with what effect on the public.
public enum EvaluationDimension: String, Sendable, Hashable, CaseIterable {
    /// 范围: every power exercised on the system.
    case scope
    /// 时效: on-time rate, overdue days.
    case timeliness
    /// 规范: documents, abnormal operations, discretion deviations.
    case form
    /// 效果: complaints upheld, decisions changed on 复议/诉讼, 督办.
    case effect
}
