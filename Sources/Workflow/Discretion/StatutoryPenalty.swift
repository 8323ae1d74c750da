/// One penalty or measure the law provides for a violation, with its legal range where it has one.
public struct StatutoryPenalty: Sendable, Hashable, Codable {
    public let kind: PenaltyKind
    public let range: AmountRange?
    /// "并处": the law requires it whenever a penalty is imposed; "可以并处" leaves it to discretion.
    public let mandatory: Bool
    public let location: SourceLocation

    public init(kind: PenaltyKind, range: AmountRange?, mandatory: Bool, location: SourceLocation) {
        self.kind = kind
        self.range = range
        self.mandatory = mandatory
        self.location = location
    }
}
