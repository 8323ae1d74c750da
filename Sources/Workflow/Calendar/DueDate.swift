import Localization

/// The last day of a period, and the years whose holidays were unknown when it was computed.
///
/// A non-empty `unscheduledYears` means the date counted Monday to Friday only in those years and
/// must be shown as provisional: the State Council has not published, or no admin has loaded,
/// their arrangement.
public struct DueDate: Sendable, Hashable {
    public let date: CivilDate
    /// Sorted; empty when every year the computation touched has a loaded schedule.
    public let unscheduledYears: [Int]

    /// True when the true answer lies outside 0001-01-01…9999-12-31 and `date` is only the
    /// nearest end of that range: a caller showing the date to a person must refuse it instead.
    public let beyondRange: Bool

    /// The period's own last day when it fell on a rest day and `date` is the working day after it
    /// (民法典 Art. 203, as the bureau's deadline policy applies it); nil when nothing moved.
    public let movedFrom: CivilDate?

    public init(date: CivilDate, unscheduledYears: [Int] = [], beyondRange: Bool = false, movedFrom: CivilDate? = nil) {
        self.date = date
        self.unscheduledYears = unscheduledYears
        self.beyondRange = beyondRange
        self.movedFrom = movedFrom
    }

    public var isProvisional: Bool { !unscheduledYears.isEmpty }

    /// The warning to show beside a provisional date; nil when the date is firm.
    public var warning: Message? {
        unscheduledYears.isEmpty
            ? nil
            : CalendarPhrases.unscheduledYears(unscheduledYears.map(String.init).joined(separator: ", "))
    }
}
