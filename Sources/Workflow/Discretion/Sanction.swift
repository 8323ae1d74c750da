/// One penalty or measure imposed, with its amount when it is a fine.
public struct Sanction: Sendable, Hashable, Codable {
    public let kind: PenaltyKind
    public let amount: Money?

    public init(kind: PenaltyKind, amount: Money? = nil) {
        self.kind = kind
        self.amount = amount
    }
}
