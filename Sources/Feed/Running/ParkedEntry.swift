/// A record a target refused, with the target's reason.
public struct ParkedEntry: Sendable, Hashable {
    public let seq: Int64
    public let reason: String

    public init(seq: Int64, reason: String) {
        self.seq = seq
        self.reason = reason
    }
}
