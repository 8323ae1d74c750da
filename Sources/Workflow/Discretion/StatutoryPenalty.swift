/// One penalty or measure the law provides for a violation, with its legal range where it has one.
public struct StatutoryPenalty: Sendable, Hashable, Codable {
    public let kind: PenaltyKind
    public let range: AmountRange?
    /// "并处": the law requires it whenever a penalty is imposed; "可以并处" leaves it to discretion.
    public let mandatory: Bool
    /// "有违法所得、非法财物的，没收": the fact whose being recorded (an amount above zero, a
    /// non-empty text) makes this penalty required in every proposal and decision. For a
    /// confiscation of gains the fact is also the amount confiscated. Optional so that definitions
    /// compiled before it existed still decode.
    public let requiredWhen: String?
    public let location: SourceLocation

    public init(kind: PenaltyKind, range: AmountRange?, mandatory: Bool, requiredWhen: String? = nil, location: SourceLocation) {
        self.kind = kind
        self.range = range
        self.mandatory = mandatory
        self.requiredWhen = requiredWhen
        self.location = location
    }
}
