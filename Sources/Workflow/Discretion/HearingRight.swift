import Localization

/// 行政处罚法 Art. 63: who may ask for a hearing. The thresholds of 较大数额 are the province's, so
/// they are parameters of the procedure definition; this type only knows their names and which
/// grounds of Art. 63 a proposal meets. A warning, a small fine or an order alone give no right.
public struct HearingRight: Sendable, Hashable {
    public static let finePersonParameter = "hearing-fine-person-yuan"
    public static let fineOrganizationParameter = "hearing-fine-organization-yuan"
    public static let confiscationParameter = "hearing-confiscation-yuan"
    public static let parameterNames = [finePersonParameter, fineOrganizationParameter, confiscationParameter]

    public let finePerson: Money
    public let fineOrganization: Money
    public let confiscation: Money

    /// Nil when the procedure lacks a threshold: the validator has already reported that.
    public init?(parameters: [String: Int64]) {
        guard let person = parameters[Self.finePersonParameter], let organization = parameters[Self.fineOrganizationParameter],
              let confiscation = parameters[Self.confiscationParameter] else { return nil }
        finePerson = .yuan(person)
        fineOrganization = .yuan(organization)
        self.confiscation = .yuan(confiscation)
    }

    /// The grounds of Art. 63 the penalty meets, each naming its item; empty means no right.
    /// "以上" includes the threshold. Property confiscated carries no value in the record, so its
    /// confiscation counts as a ground: a hearing wrongly offered costs a day, one wrongly denied
    /// voids the decision.
    public func grounds(_ penalty: PenaltyDecision, party: PartyKind) -> [Message] {
        var grounds: [Message] = []
        let threshold = party == .person ? finePerson : fineOrganization
        if penalty.totalFine.fen > 0, penalty.totalFine >= threshold { grounds.append(LawPhrases.hearingGroundFine(threshold)) }
        let sanctions = penalty.violations.flatMap(\.sanctions)
        let gains = sanctions.filter { $0.kind == .confiscateGains }.compactMap(\.amount).reduce(Money(fen: 0), +)
        if gains.fen > 0, gains >= confiscation { grounds.append(LawPhrases.hearingGroundGains(confiscation)) }
        if sanctions.contains(where: { $0.kind == .confiscateProperty }) { grounds.append(LawPhrases.hearingGroundProperty()) }
        if sanctions.contains(where: { $0.kind == .revoke }) { grounds.append(LawPhrases.hearingGroundRevoke()) }
        if sanctions.contains(where: { $0.kind == .suspendActivities }) { grounds.append(LawPhrases.hearingGroundSuspend()) }
        return grounds
    }
}
