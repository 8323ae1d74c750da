/// A column of the board. Operation counts come from `supervision_tally` for the period; the
/// others are case facts (`supervision_case`): as they stand today, or for the cases closed in
/// the period.
public enum BoardMeasure: String, Sendable, Hashable, CaseIterable {
    case received
    case accepted
    /// Not closed today, opened by the period's end.
    case inProgress
    case done
    /// Closed in the period after the limit, or open today past a deadline.
    case overdue
    /// How far past: the units of those cases added up.
    case overdueDays
    case yellow
    case red
    case suspended
    case returned
    case corrected
    case abnormal
    case deviation
    case reduced
    /// Working days the clock ran, cases closed in the period: mean and 90th percentile.
    case averageUsed
    case p90Used
    /// The longest promised limit among those cases, to read the two above against.
    case limit
    /// 督办单 and cards issued in the period (a card to a section counts for the section).
    case notices

    /// The tally counted for this measure, if it is one.
    var tally: TallyKind? {
        switch self {
        case .received: .received
        case .accepted: .accepted
        case .done: .done
        case .suspended: .suspended
        case .returned: .returned
        case .corrected: .corrected
        case .abnormal: .abnormal
        case .deviation: .deviation
        case .reduced: .reduced
        case .inProgress, .overdue, .overdueDays, .yellow, .red, .averageUsed, .p90Used, .limit, .notices: nil
        }
    }

    /// Whether a number in this column stands for cases one can list.
    public var drillsDown: Bool {
        switch self {
        case .overdueDays, .averageUsed, .p90Used, .limit: false
        default: true
        }
    }
}
