/// A proposed or decided penalty (R20): quantified, per violation, with the written justification
/// that an amount outside the discretion band requires (R13).
public struct PenaltyDecision: Sendable, Hashable, Codable {
    public let violations: [ViolationPenalty]
    public let justification: String?

    public init(violations: [ViolationPenalty], justification: String? = nil) {
        self.violations = violations
        self.justification = justification
    }

    /// Saturating: a decision read back from storage with absurd amounts must not trap.
    public var totalFine: Money { violations.compactMap(\.fine).reduce(Money(fen: 0), +) }
}
