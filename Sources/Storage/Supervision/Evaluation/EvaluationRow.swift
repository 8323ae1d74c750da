import Workflow

/// One row of the quarterly evaluation: a section, a power or the bureau, what it counted, its
/// score, and the cases (or complaints, notices) behind each measure, for `--explain`.
public struct EvaluationRow: Sendable, Hashable {
    /// Section or item code; nil for the bureau's total.
    public let key: String?
    public let name: String
    public let counts: EvaluationCounts
    public let score: EvaluationScore
    /// Per measure, what its number is made of, sorted: case serials (a late case, a corrected
    /// document, an abnormal operation's case), 督办 and complaint numbers, and for the scope the
    /// items run online with their first case.
    public let evidence: [EvaluationMeasure: [String]]
}
