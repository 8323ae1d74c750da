import Foundation

/// What this database knows of one target: how far it was delivered (as the target acknowledged
/// it at the end of the last successful run), when, and the last error. The target's own cursor
/// is the truth that delivery resumes from; this is for `feed status` when the target is down.
public struct FeedTargetState: Sendable, Hashable {
    public let name: String
    public let delivered: Int64
    public let deliveredAt: Date?
    public let attemptedAt: Date?
    public let lastError: String?
    public let failures: Int
}
