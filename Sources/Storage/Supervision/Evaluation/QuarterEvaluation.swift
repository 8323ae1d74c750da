import Workflow

/// The quarterly evaluation (R25) of every section and every power under one formula.
public struct QuarterEvaluation: Sendable, Hashable {
    public let period: BoardPeriod
    public let formula: EvaluationFormula
    public let bySection: [EvaluationRow]
    public let byItem: [EvaluationRow]
    public let total: EvaluationRow
}
