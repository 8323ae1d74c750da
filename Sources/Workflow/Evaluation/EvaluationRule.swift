/// One scored line of the formula: a measure, the points it carries, how they are earned, and
/// the rule or article it rests on.
public struct EvaluationRule: Sendable, Hashable {
    public enum Scoring: Sendable, Hashable {
        /// A rate: full points at `full` or above, none at `zero` or below, linear between.
        case rate(full: Double, zero: Double)
        /// A count: `per` points off for each unit, never below zero.
        case deduct(per: Double)
    }

    public let measure: EvaluationMeasure
    public let points: Double
    public let scoring: Scoring
    public let basis: String

    public init(measure: EvaluationMeasure, points: Double, scoring: Scoring, basis: String) {
        self.measure = measure
        self.points = points
        self.scoring = scoring
        self.basis = basis
    }

    /// The points earned for a measured value. A rate with nothing to count (no case concluded)
    /// earns full points: nothing was done late or wrong.
    public func score(_ value: Double?) -> Double {
        switch scoring {
        case let .rate(full, zero):
            guard let value else { return points }
            let share = (value - zero) / (full - zero)
            return points * min(1, max(0, share))
        case let .deduct(per):
            return max(0, points - per * (value ?? 0))
        }
    }
}
