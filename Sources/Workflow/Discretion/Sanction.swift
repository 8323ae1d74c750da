/// One penalty or measure imposed, with its amount when it is a fine or a confiscation of illegal
/// gains, and its list when it is a confiscation of illegal property (R20: countable values).
public struct Sanction: Sendable, Hashable, Codable {
    public let kind: PenaltyKind
    /// A fine, or the illegal gains confiscated (违法所得).
    public let amount: Money?
    /// The illegal property confiscated (非法财物). Optional so that decisions stored before the
    /// list was kept still decode.
    public let property: [ConfiscatedItem]?

    public init(kind: PenaltyKind, amount: Money? = nil, property: [ConfiscatedItem]? = nil) {
        self.kind = kind
        self.amount = amount
        self.property = property
    }
}
