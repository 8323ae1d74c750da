import Foundation
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
            evaluate(violation, facts: facts[violation.caseID] ?? [:], mitigation: decision.mitigation, into: &finding)
        }
        return finding
    }

    private func evaluate(_ violation: ViolationPenalty, facts: [String: FactValue], mitigation: MitigationGround?, into finding: inout DiscretionFinding) {
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
        // "有违法所得、非法财物的，没收" (行政处罚法 Art. 28 ¶2 and the regulation's article): required
        // whenever the fact is recorded, whatever else is imposed.
        for (statutory, code, value) in benchmark.required(by: facts) where !seen.contains(statutory.kind) {
            let name = item.fact(code)?.name ?? code
            finding.illegal.append(EnginePhrases.confiscationRequired(PenaltyNames.phrase(statutory.kind), name, benchmark.basis, value.description))
        }
        for sanction in violation.sanctions {
            guard let law = benchmark.statutory(sanction.kind) else {
                finding.illegal.append(EnginePhrases.penaltyKindNotInLaw(PenaltyNames.phrase(sanction.kind), item.name))
                continue
            }
            switch sanction.kind {
            case .confiscateGains:
                evaluateGains(sanction, law: law, item: item, facts: facts, into: &finding)
                continue
            case .confiscateProperty:
                evaluateProperty(sanction, into: &finding)
                continue
            default:
                if sanction.property != nil { finding.illegal.append(EnginePhrases.propertyNotAllowed(PenaltyNames.phrase(sanction.kind))) }
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
            // Gains found to be nil are determined: a multiple of them is nothing, and the sum for
            // "违法所得无法确定的" (Art. 69) does not apply.
            if range.basis != .fixed, let base, base.fen == 0 {
                let baseName = range.fact.flatMap { item.fact($0)?.name } ?? "-"
                finding.illegal.append(EnginePhrases.penaltyBaseZero(baseName, benchmark.basis))
                continue
            }
            guard let legal = range.resolve(base: base) else {
                let baseName = range.fact.flatMap { item.fact($0)?.name } ?? "-"
                finding.illegal.append(EnginePhrases.penaltyBaseUnknown(baseName))
                continue
            }
            let band = level.band(for: sanction.kind)?.range?.resolve(base: base)
            // 行政处罚法 Art. 32: below the band's or the law's minimum only as a reduced penalty on
            // one of its grounds, justified and flagged; above the law never.
            if amount < (band?.lowerBound ?? legal.lowerBound) {
                if let mitigation {
                    finding.deviations.append(EnginePhrases.penaltyReduced(amount, mitigation.item, (band ?? legal).lowerBound))
                } else {
                    let floor = band?.lowerBound ?? legal.lowerBound
                    finding.illegal.append(EnginePhrases.penaltyBelowMinimum(amount, floor, benchmark.basis))
                }
                continue
            }
            if !legal.contains(amount) {
                finding.illegal.append(EnginePhrases.penaltyOutsideLaw(amount, legal.lowerBound, legal.upperBound, benchmark.basis))
                continue
            }
            if let band, !band.contains(amount) {
                finding.deviations.append(EnginePhrases.penaltyOutsideBand(amount, level.name, band.lowerBound, band.upperBound))
            }
        }
    }

    /// Whether a fact counts as recorded for a condition: an amount above zero, a text or a
    /// quantity that says something, any date.
    public static func isRecorded(_ value: FactValue) -> Bool {
        switch value {
        case let .money(money): money.fen > 0
        case let .text(text): !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        case let .quantity(quantity): quantity.contains { $0 != "0" && $0 != "." }
        case .date: true
        }
    }

    /// The gains confiscated are the gains established: not more, and less only for what must be
    /// returned to those harmed (行政处罚法 Art. 28 ¶2), which needs a justification and is flagged.
    private func evaluateGains(_ sanction: Sanction, law: StatutoryPenalty, item: ItemDefinition, facts: [String: FactValue], into finding: inout DiscretionFinding) {
        let kind = PenaltyNames.phrase(sanction.kind)
        if sanction.property != nil { finding.illegal.append(EnginePhrases.propertyNotAllowed(kind)) }
        guard let amount = sanction.amount, amount.fen > 0 else {
            finding.illegal.append(EnginePhrases.penaltyAmountMissing(kind))
            return
        }
        guard let code = law.requiredWhen else { return }
        let name = item.fact(code)?.name ?? code
        guard let gains = facts[code]?.money else {
            finding.illegal.append(EnginePhrases.confiscationGainsUnrecorded(kind, name))
            return
        }
        if gains.fen == 0 {
            finding.illegal.append(EnginePhrases.confiscationNoGains(name))
        } else if amount > gains {
            finding.illegal.append(EnginePhrases.confiscationAboveGains(amount, gains, name))
        } else if amount < gains {
            finding.deviations.append(EnginePhrases.confiscationBelowGains(amount, gains, name))
        }
    }

    /// Illegal property is confiscated by a list that names each thing and how many (Art. 59).
    private func evaluateProperty(_ sanction: Sanction, into finding: inout DiscretionFinding) {
        if sanction.amount != nil { finding.illegal.append(EnginePhrases.penaltyAmountNotAllowed(PenaltyNames.phrase(sanction.kind))) }
        guard let list = sanction.property, !list.isEmpty else {
            finding.illegal.append(EnginePhrases.propertyListMissing())
            return
        }
        for entry in list where !entry.isComplete {
            finding.illegal.append(EnginePhrases.propertyLineBad(ConfiscatedItem.text(of: [entry])))
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
