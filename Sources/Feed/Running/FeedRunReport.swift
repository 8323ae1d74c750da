import Localization

/// What one run did for one target.
public struct FeedRunReport: Sendable {
    public let target: String
    /// The target's cursor at the end (nil when it could not even be read).
    public let deliveredThrough: Int64?
    public let records: Int
    public let seconds: Double
    public let parked: [ParkedEntry]
    public let unparked: [Int64]
    public let error: FeedError?

    public var succeeded: Bool { error == nil }
}
