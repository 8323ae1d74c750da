/// How the supervisor judged the answer to a notice, counted in the evaluation.
public enum NoticeOutcome: String, Sendable, Hashable, CaseIterable {
    /// 整改到位: the answer and what was done are accepted.
    case satisfactory
    /// 整改不到位: not accepted.
    case unsatisfactory
}
