import Foundation
import Storage

/// One target's line of `feed status`: how far it is, how far behind in records and hours (from
/// the first record it has not got), and the last error. Pure, so the board (issue 15) can use it.
public struct FeedStatusLine: Sendable {
    public let target: String
    public let kind: FeedTargetKind
    public let delivered: Int64
    public let lagRecords: Int64
    public let lagHours: Double
    public let parked: Int
    public let lastError: String?

    /// R21 asks for delivery every 24 hours; the board turns red past 20, leaving time to act.
    public static let overdueHours = 20.0

    public init(config: FeedTargetConfig, state: FeedTargetState, head: Int64, firstWaitingAt: Date?, parked: Int, now: Date) {
        target = config.name
        kind = config.kind
        delivered = state.delivered
        lagRecords = max(0, head - state.delivered)
        lagHours = firstWaitingAt.map { max(0, now.timeIntervalSince($0) / 3600) } ?? 0
        self.parked = parked
        lastError = state.lastError
    }

    public var overdue: Bool { lagHours > Self.overdueHours }
}
