/// The board for one period and dimension: its rows, their total, and twelve weeks of intake and
/// overdue ending with the period (or today, when the period is still running).
public struct BoardReport: Sendable, Hashable {
    public let period: BoardPeriod
    public let dimension: BoardDimension
    public let rows: [BoardRow]
    public let total: BoardRow
    public let weeklyIntake: [Int]
    public let weeklyOverdue: [Int]

    public init(period: BoardPeriod, dimension: BoardDimension, rows: [BoardRow], total: BoardRow, weeklyIntake: [Int], weeklyOverdue: [Int]) {
        self.period = period
        self.dimension = dimension
        self.rows = rows
        self.total = total
        self.weeklyIntake = weeklyIntake
        self.weeklyOverdue = weeklyOverdue
    }
}
