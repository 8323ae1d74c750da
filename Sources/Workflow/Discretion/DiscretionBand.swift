/// The part of a statutory range a circumstance level allows (裁量标准).
public struct DiscretionBand: Sendable, Hashable, Codable {
    public let kind: PenaltyKind
    public let range: AmountRange?
    public let location: SourceLocation

    public init(kind: PenaltyKind, range: AmountRange?, location: SourceLocation) {
        self.kind = kind
        self.range = range
        self.location = location
    }
}
