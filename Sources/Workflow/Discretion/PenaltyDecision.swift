/// A proposed or decided penalty (R20): quantified, per violation, with the written justification
/// that an amount outside the discretion band requires (R13).
public struct PenaltyDecision: Sendable, Hashable, Codable {
    public let violations: [ViolationPenalty]
    public let justification: String?

    public init(violations: [ViolationPenalty], justification: String? = nil) {
        self.violations = violations
        self.justification = justification
    }

    public var totalFine: Money { Money(fen: violations.compactMap(\.fine).reduce(0) { $0 + $1.fen }) }
}
