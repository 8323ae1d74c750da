/// What a target acknowledges: the last record it holds (everything up to it is there, parked
/// ones aside) and the records it parked, with its reasons.
public struct TargetCursor: Sendable, Hashable {
    public let delivered: Int64
    public let parked: [ParkedEntry]

    public init(delivered: Int64, parked: [ParkedEntry]) {
        self.delivered = delivered
        self.parked = parked
    }
}
