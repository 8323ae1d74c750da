import Localization

/// Holds a penalty decision against each violation's statutory range and its discretion band
/// (R13). Pure: the items and the facts come in, the finding goes out.
public struct DiscretionCheck: Sendable {
    public let items: @Sendable (String) -> ItemDefinition?

    public init(items: @escaping @Sendable (String) -> ItemDefinition?) {
        self.items = items
    }

    /// - Parameter facts: case id → the facts of that case (the primary and each merged one).
    public func evaluate(_ decision: PenaltyDecision, facts: [String: [String: FactValue]]) -> DiscretionFinding {
        var finding = DiscretionFinding()
        if decision.violations.isEmpty { finding.illegal.append(EnginePhrases.penaltyEmpty()) }
        for violation in decision.violations {
            evaluate(violation, facts: facts[violation.caseID] ?? [:], into: &finding)
        }
        return finding
    }

    private func evaluate(_ violation: ViolationPenalty, facts: [String: FactValue], into finding: inout DiscretionFinding) {
        guard let item = items(violation.itemCode), let benchmark = item.discretion else {
            finding.illegal.append(EnginePhrases.penaltyNoBenchmark(violation.itemCode))
            return
        }
        guard let level = benchmark.level(violation.level) else {
            let names = benchmark.levels.map { "\($0.code)=\($0.name)" }.joined(separator: ", ")
            finding.illegal.append(EnginePhrases.penaltyUnknownLevel(violation.level, names))
            return
        }
        var seen = Set<PenaltyKind>()
        for sanction in violation.sanctions where !seen.insert(sanction.kind).inserted {
            finding.illegal.append(EnginePhrases.penaltyTwice(PenaltyNames.phrase(sanction.kind)))
        }
        let imposesPenalty = violation.sanctions.contains { !$0.kind.isMeasure }
        for statutory in benchmark.statutory where statutory.mandatory && !seen.contains(statutory.kind) && imposesPenalty {
            finding.illegal.append(EnginePhrases.penaltyMandatoryMissing(PenaltyNames.phrase(statutory.kind), item.name))
        }
        for sanction in violation.sanctions {
            guard let law = benchmark.statutory(sanction.kind) else {
                finding.illegal.append(EnginePhrases.penaltyKindNotInLaw(PenaltyNames.phrase(sanction.kind), item.name))
                continue
            }
            guard sanction.kind.hasAmount else {
                if sanction.amount != nil { finding.illegal.append(EnginePhrases.penaltyAmountNotAllowed(PenaltyNames.phrase(sanction.kind))) }
                continue
            }
            guard let amount = sanction.amount, amount.fen > 0 else {
                finding.illegal.append(EnginePhrases.penaltyAmountMissing(PenaltyNames.phrase(sanction.kind)))
                continue
            }
            guard let range = law.range else { continue }
            let base = range.fact.flatMap { facts[$0]?.money }
            guard let legal = range.resolve(base: base) else {
                let baseName = range.fact.flatMap { item.fact($0)?.name } ?? "-"
                finding.illegal.append(EnginePhrases.penaltyBaseUnknown(baseName))
                continue
            }
            if !legal.contains(amount) {
                finding.illegal.append(EnginePhrases.penaltyOutsideLaw(amount, legal.lowerBound, legal.upperBound, benchmark.basis))
                continue
            }
            if let band = level.band(for: sanction.kind)?.range?.resolve(base: base), !band.contains(amount) {
                finding.deviations.append(EnginePhrases.penaltyOutsideBand(amount, level.name, band.lowerBound, band.upperBound))
            }
        }
    }

    /// The band and statutory range for a fine at a level, for the desk to show beside the amount
    /// field as the handler types.
    public func fineRanges(itemCode: String, level: String, facts: [String: FactValue]) -> (legal: ClosedRange<Money>?, band: ClosedRange<Money>?) {
        guard let benchmark = items(itemCode)?.discretion, let range = benchmark.statutory(.fine)?.range else { return (nil, nil) }
        let base = range.fact.flatMap { facts[$0]?.money }
        let band = benchmark.level(level)?.band(for: .fine)?.range?.resolve(base: base)
        return (range.resolve(base: base), band)
    }
}
