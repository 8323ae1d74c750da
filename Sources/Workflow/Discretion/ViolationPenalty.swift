/// The penalty for one violation: which item (and so which benchmark) it falls under, the
/// circumstance level found, and what is imposed. A merged case has one per violation (并案).
public struct ViolationPenalty: Sendable, Hashable, Codable {
    public let itemCode: String
    /// The case the violation came from; the primary case's own id for its own violation.
    public let caseID: String
    public let level: String
    public let sanctions: [Sanction]

    public init(itemCode: String, caseID: String, level: String, sanctions: [Sanction]) {
        self.itemCode = itemCode
        self.caseID = caseID
        self.level = level
        self.sanctions = sanctions
    }

    public var fine: Money? { sanctions.first { $0.kind == .fine }?.amount }
}
