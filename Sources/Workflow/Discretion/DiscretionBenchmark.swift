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

    /// The penalties these facts make required ("有违法所得、非法财物的，没收"), each with the
    /// recorded value of its condition.
    public func required(by facts: [String: FactValue]) -> [(penalty: StatutoryPenalty, fact: String, value: FactValue)] {
        statutory.compactMap { penalty in
            guard let code = penalty.requiredWhen, let value = facts[code], DiscretionCheck.isRecorded(value) else { return nil }
            return (penalty, code, value)
        }
    }
}
