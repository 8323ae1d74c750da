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

    public init(date: CivilDate, unscheduledYears: [Int] = []) {
        self.date = date
        self.unscheduledYears = unscheduledYears
    }

    public var isProvisional: Bool { !unscheduledYears.isEmpty }

    /// The warning to show beside a provisional date; nil when the date is firm.
    public var warning: Message? {
        unscheduledYears.isEmpty
            ? nil
            : CalendarPhrases.unscheduledYears(unscheduledYears.map(String.init).joined(separator: ", "))
    }
}
