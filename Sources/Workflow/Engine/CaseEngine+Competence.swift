import Localization

/// Competence (条例 Arts. 65, 72 ②, 73): measures the article gives to the registration authority,
/// the body that approved the venue or the religious body are not this bureau's to decide. A
/// proposal or decision naming one is refused; the bureau proposes it to that body instead, with
/// the action guarded by `authority-referral` and its 处理建议书.
extension CaseEngine {
    /// The input naming the measure proposed; its value is one of the item's referral terms.
    public static let referredMeasureInput = "referred-measure"

    /// Every sanction whose statutory penalty names another authority, with the article.
    func competenceReasons(_ penalty: PenaltyDecision) -> [Message] {
        penalty.violations.flatMap { violation -> [Message] in
            guard let benchmark = definitions.item(violation.itemCode)?.discretion else { return [] }
            return violation.sanctions.compactMap { sanction in
                guard let statutory = benchmark.statutory(sanction.kind), let authority = statutory.authority else { return nil }
                return LawThirdPhrases.otherAuthority(statutory.term, authority, benchmark.basis)
            }
        }
    }

    /// The measures an item's article gives to other authorities, each in the article's terms.
    public static func referralTerms(_ item: ItemDefinition) -> [String] {
        (item.discretion?.statutory ?? []).filter { $0.authority != nil }.flatMap { $0.terms ?? [$0.term] }
    }

    /// The authority a term belongs to, as the article names it.
    public static func referralAuthority(_ item: ItemDefinition, term: String) -> String? {
        item.discretion?.statutory.first { $0.authority != nil && ($0.terms ?? [$0.term]).contains(term) }?.authority
    }

    func referralStandingReasons(_ state: CaseState) -> [Message] {
        guard let item = definitions.item(state.itemCode) else { return [EnginePhrases.unknownItem(state.itemCode)] }
        return Self.referralTerms(item).isEmpty ? [LawThirdPhrases.noReferral(item.discretion?.basis ?? item.name)] : []
    }

    /// The measure proposed must be one the item's article gives to another authority.
    func referralReasons(_ action: ActionDefinition, inputs: [String: String], state: CaseState) -> [Message] {
        guard action.guards.contains(.authorityReferral), let item = definitions.item(state.itemCode) else { return [] }
        guard action.input(Self.referredMeasureInput) != nil else {
            return [LawThirdPhrases.referralInputMissing(action.name, Self.referredMeasureInput)]
        }
        let terms = Self.referralTerms(item)
        guard let chosen = inputs[Self.referredMeasureInput], !terms.isEmpty, !terms.contains(chosen) else { return [] }
        return [LawThirdPhrases.referralMeasureNotGiven(chosen, terms.joined(separator: "、"), item.discretion?.basis ?? item.name)]
    }
}
