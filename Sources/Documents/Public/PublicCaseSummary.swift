import Localization
import Workflow

/// What the public site may show of one case, made from its state when it is committed, so that
/// publishing reads a few columns instead of decoding every case: the serial, the item, where it
/// stands, the masked party, the dates, the statutory due date and the public history. Never an
/// identity number, a full personal name, an address, or anything an officer typed.
public struct PublicCaseSummary: Sendable, Hashable {
    public let caseID: String
    public let itemCode: String
    public let phase: PublicPhase
    public let stepName: String
    public let party: String
    public let openedOn: CivilDate
    public let concludedOn: CivilDate?
    /// The statutory (else promised) due date; nil before the clock starts or for items without one.
    public let dueOn: CivilDate?
    /// Concluded after the due date.
    public let late: Bool
    public let history: [PublicStep]
    /// The decision's content for 双公示 (sanctions and amounts), when the case has one.
    public let decision: String?
    /// An organisation's registered code (public in 双公示); never a person's identity number.
    public let creditCode: String?

    public init(
        caseID: String, itemCode: String, phase: PublicPhase, stepName: String, party: String, creditCode: String?, openedOn: CivilDate,
        concludedOn: CivilDate?, dueOn: CivilDate?, late: Bool, history: [PublicStep], decision: String?
    ) {
        self.caseID = caseID
        self.itemCode = itemCode
        self.phase = phase
        self.stepName = stepName
        self.party = party
        self.openedOn = openedOn
        self.concludedOn = concludedOn
        self.dueOn = dueOn
        self.late = late
        self.history = history
        self.decision = decision
        self.creditCode = creditCode
    }

    /// The summary of `state` on `today`, with the engine and calendar of its own flow version.
    public static func make(_ state: CaseState, engine: CaseEngine, calendar: WorkCalendar, today: CivilDate) -> PublicCaseSummary {
        make(state, flow: engine.definitions.flow(item: state.itemCode, procedure: state.procedureCode),
             deadlines: engine.deadlines(state, calendar: calendar, today: today))
    }

    /// The same from deadlines already worked out (the commit path computes them once for all
    /// its hooks).
    public static func make(_ state: CaseState, flow: ItemFlow?, deadlines allDeadlines: [CaseDeadline]) -> PublicCaseSummary {
        let stepName = flow?.step(state.step)?.name ?? state.step
        let deadlines = allDeadlines.filter { $0.kind != .step }
        let binding = deadlines.first { $0.kind == .statutory } ?? deadlines.first
        let phase: PublicPhase = switch state.status {
        case .closed: .concluded
        case .suspended: .suspended
        case .open: state.history.isEmpty ? .received : .inProgress
        }
        let history = state.history.map { record in
            PublicStep(on: record.on, action: HTMLText.plain(record.name), step: HTMLText.plain(flow?.step(record.to)?.name ?? record.to))
        }
        let creditCode = state.party.kind == .organization ? HTMLText.plain(state.party.identity.value) : nil
        return PublicCaseSummary(
            caseID: state.id, itemCode: state.itemCode, phase: phase, stepName: HTMLText.plain(stepName), party: NameMask.publicName(state.party),
            creditCode: creditCode, openedOn: state.openedOn, concludedOn: state.isClosed ? (state.clock.stoppedOn ?? state.history.last?.on) : nil,
            dueOn: binding?.status.due, late: state.isClosed && binding?.status.level == .red, history: history,
            decision: state.decision.map(describe)
        )
    }

    /// On time or not on `today`: a concluded case by when it concluded, an open one by whether
    /// its due date has passed.
    public func timeliness(today: CivilDate) -> Timeliness {
        guard let dueOn else { return .notApplicable }
        if phase == .concluded { return late ? .overdue : .onTime }
        return today > dueOn ? .overdue : .onTime
    }

    /// 处罚种类和金额 in one line: 警告；罚款人民币1,200.00元.
    static func describe(_ decision: PenaltyDecision) -> String {
        decision.violations.flatMap(\.sanctions).map { sanction in
            let name = PenaltyNames.phrase(sanction.kind).zh
            return sanction.amount.map { "\(name)\($0.description)" } ?? name
        }.joined(separator: "；")
    }

    // MARK: Stored form

    /// The history as stored: one line per step, date, action and step separated by tabs.
    public var historyText: String {
        history.map { "\($0.on)\t\(Self.field($0.action))\t\(Self.field($0.step))" }.joined(separator: "\n")
    }

    public static func history(from text: String) -> [PublicStep] {
        text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 3, let on = CivilDate(iso: String(parts[0])) else { return nil }
            return PublicStep(on: on, action: String(parts[1]), step: String(parts[2]))
        }
    }

    static func field(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0 == "\n" ? " " : $0 })
    }
}
