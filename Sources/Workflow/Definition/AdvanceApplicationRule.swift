/// An application due a period before the day a fact dates (条例 Art. 42: 大型宗教活动 applied for
/// 30日前 the activity), checked at acceptance against the day the application was received (the
/// case's opening). The period's unit is data: whether the regulation's 日 are working days is
/// unconfirmed.
public struct AdvanceApplicationRule: Sendable, Hashable, Codable {
    /// The date fact the period runs back from (the activity's date).
    public let fact: String
    public let limit: TimeLimit
    /// The article a refusal names.
    public let basis: String

    public init(fact: String, limit: TimeLimit, basis: String) {
        self.fact = fact
        self.limit = limit
        self.basis = basis
    }
}
