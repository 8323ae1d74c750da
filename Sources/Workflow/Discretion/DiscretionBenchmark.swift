/// A penalty item's discretion benchmark (R4, 行政处罚法 Art. 34): the statutory penalties and
/// the levels that refine them.
public struct DiscretionBenchmark: Sendable, Hashable, Codable {
    public let violation: String
    public let basis: String
    public let statutory: [StatutoryPenalty]
    public let levels: [CircumstanceLevel]
    public let location: SourceLocation

    public init(violation: String, basis: String, statutory: [StatutoryPenalty], levels: [CircumstanceLevel], location: SourceLocation) {
        self.violation = violation
        self.basis = basis
        self.statutory = statutory
        self.levels = levels
        self.location = location
    }

    public func statutory(_ kind: PenaltyKind) -> StatutoryPenalty? { statutory.first { $0.kind == kind } }
    public func level(_ code: String) -> CircumstanceLevel? { levels.first { $0.code == code } }
}
