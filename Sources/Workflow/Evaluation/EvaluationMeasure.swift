/// What the evaluation can measure, a closed set: each one is computed from the events and the
/// ledger rows of the quarter (never from live counts), so a closed quarter recomputes the same.
public enum EvaluationMeasure: String, Sendable, Hashable, CaseIterable {
    /// Share of the powers held that had a case opened on the system in the year up to the
    /// quarter's end.
    case powersOnSystem = "powers-on-system"
    /// Share of the cases concluded in the quarter with a time limit that were concluded in time.
    case onTimeRate = "on-time-rate"
    /// Units (working or natural days, as the item's limit counts) past the limit, summed over
    /// the cases concluded in the quarter.
    case overdueDays = "overdue-days"
    /// Share of the cases concluded in the quarter none of whose documents had to be corrected
    /// by the quarter's end.
    case documentsComplete = "documents-complete"
    /// Abnormal operations (R12) recorded in the quarter.
    case abnormalOperations = "abnormal-operations"
    /// Penalties outside the discretion band (R13) decided in the quarter.
    case discretionDeviations = "discretion-deviations"
    /// 督办单 and 黄牌/红牌 issued in the quarter.
    case supervisionNotices = "supervision-notices"
    /// Complaints concluded in the quarter and found justified (R26).
    case complaintsUpheld = "complaints-upheld"
    /// Decisions changed, revoked or found unlawful on administrative review or in court, as
    /// recorded in the quarter.
    case decisionsChanged = "decisions-changed"

    /// The part of the evaluation the measure belongs to.
    public var dimension: EvaluationDimension {
        switch self {
        case .powersOnSystem: .scope
        case .onTimeRate, .overdueDays: .timeliness
        case .documentsComplete, .abnormalOperations, .discretionDeviations: .form
        case .supervisionNotices, .complaintsUpheld, .decisionsChanged: .effect
        }
    }

    /// A rate (scored between two levels) rather than a count (points deducted per unit).
    public var isRate: Bool {
        switch self {
        case .powersOnSystem, .onTimeRate, .documentsComplete: true
        default: false
        }
    }

    /// The measure's value for one row: a rate (nil when nothing was there to count) or a count.
    public func value(_ counts: EvaluationCounts) -> Double? {
        func rate(_ part: Int, _ whole: Int) -> Double? { whole > 0 ? Double(part) / Double(whole) : nil }
        switch self {
        case .powersOnSystem: return rate(counts.powersExercised, counts.powersHeld)
        case .onTimeRate: return rate(counts.onTime, counts.concludedWithLimit)
        case .overdueDays: return Double(counts.overdueDays)
        case .documentsComplete: return rate(counts.documentsComplete, counts.concluded)
        case .abnormalOperations: return Double(counts.abnormal)
        case .discretionDeviations: return Double(counts.deviations)
        case .supervisionNotices: return Double(counts.notices)
        case .complaintsUpheld: return Double(counts.complaintsUpheld)
        case .decisionsChanged: return Double(counts.decisionsChanged)
        }
    }
}
