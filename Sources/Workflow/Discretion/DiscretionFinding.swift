import Localization

/// The result of holding one penalty against the law and the benchmark.
public struct DiscretionFinding: Sendable, Hashable {
    /// Outside the law: the decision cannot be taken.
    public var illegal: [Message] = []
    /// Inside the law but outside the benchmark: allowed with a written justification, flagged.
    public var deviations: [Message] = []

    public init() {}

    public var isLawful: Bool { illegal.isEmpty }
}
