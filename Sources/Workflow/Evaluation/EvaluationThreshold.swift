/// Where a grade begins: the lowest total that earns it.
public struct EvaluationThreshold: Sendable, Hashable {
    public let grade: EvaluationGrade
    public let from: Double

    public init(grade: EvaluationGrade, from: Double) {
        self.grade = grade
        self.from = from
    }
}
