import Workflow

/// A penalty as countable values (R20): each sanction with its amount in fen, and totals per kind
/// so the platform can add them up without reading Chinese text.
struct PenaltyFeedRecord: FeedPayload, Sendable {
    struct SanctionValue: Encodable, Sendable {
        let kind: String
        let amountFen: Int64?
        let propertyItems: Int?
    }

    struct ViolationValue: Encodable, Sendable {
        let itemCode: String
        let caseID: String
        let level: String
        let sanctions: [SanctionValue]
    }

    let serial: String
    /// "proposal" (告知) or "decision" (决定).
    let stage: String
    let decidedOn: String
    let violations: [ViolationValue]
    /// Per sanction kind: the sum of amounts in fen (fines, confiscated gains).
    let amountsFen: [String: Int64]
    /// Per sanction kind: how many were imposed.
    let counts: [String: Int]
    let mitigated: Bool
    let justified: Bool

    init(serial: String, decision: PenaltyDecision, stage: PenaltyInput, on: CivilDate) {
        self.serial = serial
        self.stage = stage.rawValue
        decidedOn = on.description
        violations = decision.violations.map { violation in
            ViolationValue(itemCode: violation.itemCode, caseID: violation.caseID, level: violation.level,
                           sanctions: violation.sanctions.map { SanctionValue(kind: $0.kind.rawValue, amountFen: $0.amount?.fen, propertyItems: $0.property?.count) })
        }
        var amounts: [String: Int64] = [:]
        var counts: [String: Int] = [:]
        for sanction in decision.violations.flatMap(\.sanctions) {
            counts[sanction.kind.rawValue, default: 0] += 1
            if let amount = sanction.amount {
                // Saturating, as `Money` is: a stored absurd value must not trap.
                amounts[sanction.kind.rawValue] = (Money(fen: amounts[sanction.kind.rawValue] ?? 0) + amount).fen
            }
        }
        amountsFen = amounts
        self.counts = counts
        mitigated = decision.mitigation != nil
        justified = decision.justification != nil
    }
}

extension PenaltyFeedRecord {
    var json: JSONObjectBuilder {
        var object = JSONObjectBuilder()
        object.set("serial", serial)
        object.set("stage", stage)
        object.set("decidedOn", decidedOn)
        object.set("violations", objects: violations.map { violation in
            var value = JSONObjectBuilder()
            value.set("itemCode", violation.itemCode)
            value.set("caseID", violation.caseID)
            value.set("level", violation.level)
            value.set("sanctions", objects: violation.sanctions.map { sanction in
                var item = JSONObjectBuilder()
                item.set("kind", sanction.kind)
                item.set("amountFen", sanction.amountFen)
                item.set("propertyItems", sanction.propertyItems)
                return item
            })
            return value
        })
        object.set("amountsFen", counts: amountsFen)
        object.set("counts", counts: counts)
        object.set("mitigated", mitigated)
        object.set("justified", justified)
        return object
    }
}
