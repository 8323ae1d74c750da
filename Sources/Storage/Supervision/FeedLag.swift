import Foundation

/// How far one feed target is behind (R21, issue 17), as the board's feed row shows it: records
/// not yet acknowledged and hours since the oldest of them was written — the numbers
/// `feed status` prints — and whether that is past the configured limit (red).
public struct FeedLag: Sendable, Hashable {
    public let target: String
    public let delivered: Int64
    public let records: Int64
    public let hours: Double
    public let lastError: String?
    public let isRed: Bool

    /// Pure: from the target's cursor, the outbox head, the time of the first record it has not
    /// got and the clock.
    public init(target: String, delivered: Int64, lastError: String?, head: Int64, firstWaitingAt: Date?, now: Date, redAfterHours: Double) {
        self.target = target
        self.delivered = delivered
        self.lastError = lastError
        records = max(0, head - delivered)
        hours = firstWaitingAt.map { max(0, now.timeIntervalSince($0) / 3600) } ?? 0
        isRed = hours > redAfterHours
    }
}
