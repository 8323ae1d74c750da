/// The limitation of one case (行政处罚法 Art. 36) as reckoned from its facts: the act's date, the
/// years that apply, the last day. The engine refuses a filing after the last day; the 立案审批表
/// prints the reckoning, so the approver sees it.
public struct LimitationReckoning: Sendable, Hashable {
    public let act: CivilDate
    public let harm: Bool
    public let years: Int
    public let lastDay: CivilDate

    /// Nil when the item names no limitation, the procedure no period, or the act date is not recorded.
    public init?(state: CaseState, flow: ItemFlow) {
        guard let rule = flow.item.limitation, let period = LimitationPeriod(parameters: flow.procedure.parameters),
              case let .date(act)? = state.facts[rule.from] else { return nil }
        self.act = act
        harm = rule.harm.flatMap { state.facts[$0] }.map(DiscretionCheck.isRecorded) ?? false
        years = harm ? period.harmYears : period.years
        lastDay = period.lastDay(actOn: act, harm: harm)
    }

    /// Whether a case registered on `day` was discovered in time.
    public func allows(openedOn day: CivilDate) -> Bool { day <= lastDay }
}
