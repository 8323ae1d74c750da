/// The published evaluation formula (R25), read from `Resources/evaluation/evaluation.yaml`:
/// what is measured, with which weights, and where the grades begin. The bureau changes it by
/// editing the file; `EvaluationFormulaParser` checks it like the flows.
public struct EvaluationFormula: Sendable, Hashable {
    public let name: String
    public let basis: String
    public let rules: [EvaluationRule]
    /// Highest first; the last begins at 0.
    public let grades: [EvaluationThreshold]

    public init(name: String, basis: String, rules: [EvaluationRule], grades: [EvaluationThreshold]) {
        self.name = name
        self.basis = basis
        self.rules = rules
        self.grades = grades.sorted { $0.from > $1.from }
    }

    /// The points every rule earned for a row, their total, and its grade.
    public func score(_ counts: EvaluationCounts) -> EvaluationScore {
        let earned = rules.map { rule in
            let value = rule.measure.value(counts)
            return EvaluationScore.Line(measure: rule.measure, value: value, points: rule.score(value), of: rule.points)
        }
        let total = earned.reduce(0) { $0 + $1.points }
        return EvaluationScore(lines: earned, total: total, grade: grade(total))
    }

    /// The grade of a total: the first whose threshold it reaches, compared at 0.01 points so
    /// that a sum of fractions does not miss a threshold by rounding.
    public func grade(_ total: Double) -> EvaluationGrade {
        let rounded = (total * 100).rounded() / 100
        return grades.first { rounded >= $0.from }?.grade ?? .fail
    }
}
