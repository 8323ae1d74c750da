/// What one row of the evaluation (a section, a power, the bureau) counted in a quarter: the
/// inputs of the formula, each traceable to its cases by the evaluator.
public struct EvaluationCounts: Sendable, Hashable {
    public var powersHeld = 0
    public var powersExercised = 0
    public var concluded = 0
    public var concludedWithLimit = 0
    public var onTime = 0
    public var overdueDays = 0
    public var documentsComplete = 0
    public var abnormal = 0
    public var deviations = 0
    public var notices = 0
    public var complaintsUpheld = 0
    public var decisionsChanged = 0

    public init() {}

    /// The sum of two rows (the bureau's total from its sections).
    public static func + (a: EvaluationCounts, b: EvaluationCounts) -> EvaluationCounts {
        var sum = a
        sum.powersHeld += b.powersHeld
        sum.powersExercised += b.powersExercised
        sum.concluded += b.concluded
        sum.concludedWithLimit += b.concludedWithLimit
        sum.onTime += b.onTime
        sum.overdueDays += b.overdueDays
        sum.documentsComplete += b.documentsComplete
        sum.abnormal += b.abnormal
        sum.deviations += b.deviations
        sum.notices += b.notices
        sum.complaintsUpheld += b.complaintsUpheld
        sum.decisionsChanged += b.decisionsChanged
        return sum
    }
}
