import Localization

/// The guards of the second legal pass (issue 12) that read the proposal or decision: 责令改正 is
/// not a penalty (行政处罚法 Art. 28), the hearing right (Art. 63), collective discussion of major
/// cases (Art. 57 ②) and levels that follow from an uncorrected order.
extension CaseEngine {
    /// `measures-only`: every sanction is a measure; `includes-penalty`: at least one is a penalty of
    /// Art. 9. An empty penalty is neither.
    func correctionReasons(_ guardName: GuardName, penalty: PenaltyDecision) -> [Message] {
        let sanctions = penalty.violations.flatMap(\.sanctions)
        let penalties = sanctions.filter { !$0.kind.isMeasure }
        switch guardName {
        case .measuresOnly:
            guard !sanctions.isEmpty else { return [LawPhrases.noMeasure()] }
            guard let first = penalties.first else { return [] }
            return [LawPhrases.notMeasuresOnly(PenaltyNames.phrase(first.kind))]
        case .includesPenalty:
            return penalties.isEmpty ? [LawPhrases.measuresAreNoPenalty()] : []
        default:
            return []
        }
    }

    /// 行政处罚法 Art. 63 on the notified proposal: no ground, no hearing.
    func hearingRightReasons(_ state: CaseState) -> [Message] {
        guard let proposal = state.proposal else { return [EnginePhrases.noProposal()] }
        guard let flow = flow(for: state), let right = HearingRight(parameters: flow.procedure.parameters) else {
            return [LawPhrases.hearingNotConfigured()]
        }
        return right.grounds(proposal, party: state.party.kind).isEmpty ? [LawPhrases.noHearingRight()] : []
    }

    /// 行政处罚法 Art. 57 ②: a major case's penalty only after the heads' collective discussion.
    func collectiveReasons(_ penalty: PenaltyDecision, flow: ItemFlow, state: CaseState) -> [Message] {
        guard let rule = CollectiveDiscussionRule(parameters: flow.procedure.parameters) else { return [LawPhrases.collectiveNotConfigured()] }
        let grounds = rule.grounds(penalty, history: state.history)
        guard !grounds.isEmpty, !CollectiveDiscussionRule.discussed(state.history) else { return [] }
        return [LawPhrases.collectiveRequired(CommonPhrases.joined(grounds) ?? LawPhrases.majorSanction())]
    }

    /// A level that names an action (拒不整改: `after-action: not-corrected`) applies only to a case
    /// whose history holds that action: the correction period ran out and the review found the
    /// order not complied with.
    func afterActionReasons(_ penalty: PenaltyDecision, state: CaseState) -> [Message] {
        var reasons: [Message] = []
        for violation in penalty.violations {
            guard let level = definitions.item(violation.itemCode)?.discretion?.level(violation.level),
                  let after = level.afterAction else { continue }
            let history = violation.caseID == state.id ? state.history : []
            if !history.contains(where: { $0.action == after }) {
                reasons.append(LawPhrases.levelNeedsCorrectionRunOut(level.name, after))
            }
        }
        return reasons
    }
}
