import Localization

/// The penalty rules of an action: the law and the benchmark (R13), the simplified procedure's
/// ceiling, and merging (并案).
extension CaseEngine {
    func checkPenalty(_ penalty: PenaltyDecision?, role: PenaltyInput, action: ActionDefinition, flow: ItemFlow, state: CaseState, on: CivilDate) -> ([Message], [SupervisionFlag]) {
        guard let penalty else { return ([EnginePhrases.penaltyRequired(action.name)], []) }
        var reasons: [Message] = []
        // One decision covers the case's own violation and every merged one, each on its own item.
        var expected: [String: String] = [state.id: state.itemCode]
        var facts: [String: [String: FactValue]] = [state.id: state.facts]
        for other in state.merged {
            expected[other.caseID] = other.itemCode
            facts[other.caseID] = other.facts
        }
        var covered = Set<String>()
        for violation in penalty.violations {
            guard let itemCode = expected[violation.caseID] else {
                reasons.append(EnginePhrases.penaltyForeignCase(violation.caseID))
                continue
            }
            if itemCode != violation.itemCode { reasons.append(EnginePhrases.penaltyWrongItem(violation.caseID, itemCode)) }
            if !covered.insert(violation.caseID).inserted { reasons.append(EnginePhrases.penaltyCaseTwice(violation.caseID)) }
        }
        for caseID in expected.keys.sorted() where !covered.contains(caseID) && !penalty.violations.isEmpty {
            reasons.append(EnginePhrases.penaltyCaseMissing(caseID))
        }
        // Bounded before any comparison or sum, whatever the statute's range says.
        for sanction in penalty.violations.flatMap(\.sanctions) {
            if let amount = sanction.amount, amount > Money.maximum {
                reasons.append(EnginePhrases.amountTooLarge(PenaltyNames.phrase(sanction.kind), Money.maximum))
            }
        }
        let check = DiscretionCheck(items: { [definitions] in definitions.item($0) })
        let finding = check.evaluate(penalty, facts: facts)
        reasons += finding.illegal
        reasons += competenceReasons(penalty)
        var flags: [SupervisionFlag] = []
        if !finding.deviations.isEmpty {
            let justification = penalty.justification?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if justification.isEmpty {
                reasons += finding.deviations
                reasons.append(EnginePhrases.justificationRequired())
            } else {
                flags += finding.deviations.map { SupervisionFlag(kind: .discretionDeviation, detail: $0.text(.zh), on: on) }
            }
        }
        if action.guards.contains(.simplifiedEligible) {
            reasons += simplifiedReasons(penalty, party: state.party, procedure: flow.procedure)
            // A reduced penalty goes through legal review (Art. 32 with Art. 58), which the
            // on-the-spot procedure has not.
            if penalty.mitigation != nil { reasons.append(EnginePhrases.reducedNotOnTheSpot()) }
        }
        // The standing check has judged the proposal; judged again only when the decision differs.
        for guardName in action.guards where [.measuresOnly, .includesPenalty].contains(guardName) && penalty != state.proposal {
            reasons += correctionReasons(guardName, penalty: penalty)
        }
        reasons += afterActionReasons(penalty, state: state)
        if action.guards.contains(.collectiveIfMajor), penalty != state.proposal { reasons += collectiveReasons(penalty, flow: flow, state: state) }
        if role == .decision, let proposal = state.proposal {
            if let heavier = CommonPhrases.joined(Self.heavier(penalty, than: proposal)) {
                reasons.append(EnginePhrases.heavierThanNotified(heavier))
            }
        }
        return (reasons, flags)
    }

    /// Where a decision goes beyond the proposal the party was told of: a violation, a kind of
    /// sanction or a higher fine that was not in it (行政处罚法 Art. 44, 45).
    static func heavier(_ decision: PenaltyDecision, than proposal: PenaltyDecision) -> [Message] {
        var found: [Message] = []
        for violation in decision.violations {
            guard let notified = proposal.violations.first(where: { $0.caseID == violation.caseID }) else {
                found.append(EnginePhrases.heavierViolation(violation.caseID))
                continue
            }
            for sanction in violation.sanctions {
                guard let told = notified.sanctions.first(where: { $0.kind == sanction.kind }) else {
                    found.append(EnginePhrases.heavierSanction(PenaltyNames.phrase(sanction.kind)))
                    continue
                }
                if let amount = sanction.amount, amount > (told.amount ?? amount) {
                    found.append(EnginePhrases.heavierFine(amount, told.amount ?? amount))
                }
            }
        }
        return found
    }

    private func simplifiedReasons(_ penalty: PenaltyDecision, party: CaseParty, procedure: ProcedureDefinition) -> [Message] {
        guard let rule = SimplifiedProcedureRule(parameters: procedure.parameters) else { return [EnginePhrases.simplifiedNotConfigured()] }
        var reasons: [Message] = []
        let ceiling = party.kind == .person ? rule.maxFinePerson : rule.maxFineOrganization
        for violation in penalty.violations {
            for sanction in violation.sanctions where !sanction.kind.isMeasure && ![.warning, .fine].contains(sanction.kind) {
                reasons.append(EnginePhrases.simplifiedKindNotAllowed(PenaltyNames.phrase(sanction.kind)))
            }
        }
        if penalty.totalFine > ceiling {
            let who = party.kind == .person ? EnginePhrases.partyPerson : EnginePhrases.partyOrganization
            reasons.append(EnginePhrases.simplifiedFineTooHigh(penalty.totalFine, who, ceiling))
        }
        return reasons
    }

    /// Gains or property to confiscate take the case out of the on-the-spot procedure, which allows
    /// only a warning or a small fine (行政处罚法 Art. 51), whatever the decision lists.
    func confiscationBarsSimplified(_ item: ItemDefinition, facts: [String: FactValue]) -> [Message] {
        (item.discretion?.required(by: facts) ?? []).map { statutory, code, _ in
            EnginePhrases.simplifiedConfiscation(item.fact(code)?.name ?? code, PenaltyNames.phrase(statutory.kind))
        }
    }

    /// 行政处罚法 Art. 36, reckoned when the case was opened (the act discovered) from the item's
    /// act-dating fact: two years, or five with harm to life, health or financial safety recorded.
    func limitationReasons(_ state: CaseState) -> [Message] {
        guard let flow = flow(for: state), let rule = flow.item.limitation,
              LimitationPeriod(parameters: flow.procedure.parameters) != nil else {
            return [EnginePhrases.limitationNotConfigured()]
        }
        let name = flow.item.fact(rule.from)?.name ?? rule.from
        guard let reckoning = LimitationReckoning(state: state, flow: flow) else { return [EnginePhrases.limitationFactMissing(name)] }
        guard !reckoning.allows(openedOn: state.openedOn) else { return [] }
        return [EnginePhrases.limitationExpired(name, reckoning.act.description, reckoning.years, reckoning.lastDay.description, state.openedOn.description)]
    }

    func checkMerge(_ others: [CaseState], into state: CaseState) -> ([Message], [MergedViolation]) {
        guard !others.isEmpty else { return ([EnginePhrases.mergeNothing()], []) }
        var reasons: [Message] = []
        var violations: [MergedViolation] = []
        var seen = Set(state.merged.map(\.caseID))
        for other in others {
            if other.id == state.id {
                reasons.append(EnginePhrases.mergeSelf())
                continue
            }
            if !seen.insert(other.id).inserted {
                reasons.append(EnginePhrases.mergeTwice(other.id))
                continue
            }
            if other.party.identity != state.party.identity {
                reasons.append(EnginePhrases.mergeOtherParty(other.id, other.party.name))
            }
            if definitions.item(other.itemCode)?.kind != .penalty {
                reasons.append(EnginePhrases.mergeNotPenalty(other.id))
            }
            if other.isClosed || other.absorbedInto != nil {
                reasons.append(EnginePhrases.mergeClosed(other.id))
            } else if other.status == .suspended {
                reasons.append(EnginePhrases.mergeSuspended(other.id))
            }
            if other.decision != nil { reasons.append(EnginePhrases.mergeDecided(other.id)) }
            if !other.merged.isEmpty { reasons.append(EnginePhrases.mergeNested(other.id)) }
            violations.append(MergedViolation(caseID: other.id, itemCode: other.itemCode, facts: other.facts))
        }
        return (reasons, violations)
    }
}
