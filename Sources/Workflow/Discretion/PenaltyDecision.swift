/// A proposed or decided penalty (R20): quantified, per violation, with the written justification
/// that an amount outside the discretion band requires (R13), and the Art. 32 ground that alone
/// lets a fine go below the band's or the law's minimum (减轻处罚).
public struct PenaltyDecision: Sendable, Hashable, Codable {
    public let violations: [ViolationPenalty]
    public let justification: String?
    /// 行政处罚法 Art. 32: the ground of a reduced penalty. Optional so that stored decisions decode.
    public let mitigation: MitigationGround?

    public init(violations: [ViolationPenalty], justification: String? = nil, mitigation: MitigationGround? = nil) {
        self.violations = violations
        self.justification = justification
        self.mitigation = mitigation
    }

    /// Saturating: a decision read back from storage with absurd amounts must not trap.
    public var totalFine: Money { violations.compactMap(\.fine).reduce(Money(fen: 0), +) }
}
