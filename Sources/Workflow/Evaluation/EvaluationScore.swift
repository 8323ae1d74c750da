/// A row's result under the formula: each rule's measured value and points, the total, the grade.
public struct EvaluationScore: Sendable, Hashable {
    public struct Line: Sendable, Hashable {
        public let measure: EvaluationMeasure
        /// The rate or count measured; nil for a rate with nothing to count.
        public let value: Double?
        public let points: Double
        /// The points the rule carries.
        public let of: Double
    }

    public let lines: [Line]
    public let total: Double
    public let grade: EvaluationGrade

    public func points(_ dimension: EvaluationDimension) -> Double {
        lines.filter { $0.measure.dimension == dimension }.reduce(0) { $0 + $1.points }
    }
}
