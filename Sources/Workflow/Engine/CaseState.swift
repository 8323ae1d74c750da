import Foundation

/// The current state of one case: where it is in its flow, what it holds, how its clock stands.
public struct CaseState: Sendable, Hashable, Codable {
    public let id: String
    public let itemCode: String
    public let procedureCode: String
    public let flowVersion: Int
    public internal(set) var party: CaseParty
    public let subject: String
    public let openedOn: CivilDate
    public let openedBy: String
    public internal(set) var step: String
    public internal(set) var stepEnteredOn: CivilDate
    public internal(set) var status: CaseStatus
    public internal(set) var materials: [String: Int]
    public internal(set) var facts: [String: FactValue]
    public internal(set) var clock: CaseClock
    /// Abnormal operations so far, by kind (R12).
    public internal(set) var abnormalCounts: [ActionKind: Int]
    public internal(set) var history: [ActionRecord]
    public internal(set) var opinions: [Opinion]
    public internal(set) var proposal: PenaltyDecision?
    public internal(set) var decision: PenaltyDecision?
    public internal(set) var merged: [MergedViolation]
    public internal(set) var absorbedInto: String?
    public internal(set) var flags: [SupervisionFlag]
    /// Events applied so far: the optimistic-concurrency token Storage compares on write.
    public internal(set) var revision: Int

    init(opening: CaseOpening, userID: String, on: CivilDate, clock: [ClockEffect], startStep: String) {
        id = opening.caseID
        itemCode = opening.itemCode
        procedureCode = opening.procedureCode
        flowVersion = opening.flowVersion
        party = opening.party
        subject = opening.subject
        openedOn = on
        openedBy = userID
        step = startStep
        stepEnteredOn = on
        status = .open
        materials = opening.materials
        facts = opening.facts
        self.clock = CaseClock()
        for effect in clock { self.clock.apply(effect, on: on) }
        abnormalCounts = [:]
        history = []
        opinions = []
        merged = []
        flags = []
        revision = 1
    }

    public var isClosed: Bool { status == .closed }

    /// The user who brought the case to its current step: for a step that approves, the person
    /// who handled the step before it.
    public var handlerOfCurrentStep: String? {
        history.last { $0.to == step && $0.from != step }?.userID ?? (history.isEmpty ? openedBy : nil)
    }

    /// The steps the case has passed through, in order, for the flowchart's marked path.
    public var path: [String] {
        var steps: [String] = []
        for record in history where steps.last != record.from { steps.append(record.from) }
        if steps.last != step { steps.append(step) }
        return steps
    }
}
