/// The four grades of the quarterly evaluation (legal-facts §8: 优秀/良好/合格/不合格); the
/// thresholds are in the formula file, not here.
public enum EvaluationGrade: String, Sendable, Hashable, CaseIterable {
    case excellent = "优秀"
    case good = "良好"
    case pass = "合格"
    case fail = "不合格"
}
