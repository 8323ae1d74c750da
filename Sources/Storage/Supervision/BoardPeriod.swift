import Workflow

/// The days the board counts: a month, a quarter or a year, moved back and forth whole.
public struct BoardPeriod: Sendable, Hashable {
    public enum Length: String, Sendable, Hashable, CaseIterable {
        case month
        case quarter
        case year

        var months: Int {
            switch self {
            case .month: 1
            case .quarter: 3
            case .year: 12
            }
        }
    }

    public let length: Length
    public let from: CivilDate
    public let through: CivilDate

    /// The period of `length` that holds `day`.
    public init(_ length: Length, containing day: CivilDate) {
        let firstMonth = (day.month - 1) / length.months * length.months + 1
        self.init(length, year: day.year, month: firstMonth)
    }

    private init(_ length: Length, year: Int, month: Int) {
        self.length = length
        from = CivilDate(year: year, month: month, day: 1) ?? .earliest
        let next = month + length.months
        let after = CivilDate(year: next > 12 ? year + 1 : year, month: next > 12 ? next - 12 : next, day: 1) ?? .latest
        through = after.adding(days: -1)
    }

    /// The period `steps` lengths later (earlier when negative).
    public func shifted(by steps: Int) -> BoardPeriod {
        let index = from.year * 12 + (from.month - 1) + steps * length.months
        guard CivilDate.supportedYears.contains(index / 12), index >= 0 else { return self }
        return BoardPeriod(length, year: index / 12, month: index % 12 + 1)
    }

    /// The same day, counted by another length.
    public func with(_ length: Length) -> BoardPeriod { BoardPeriod(length, containing: from) }
}
