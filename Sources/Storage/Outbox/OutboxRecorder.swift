import Foundation
import Workflow

/// What one case operation puts in the outbox, as a pure function of the transition: the 办件
/// record, one 环节 record per action, the penalty or licence result, abnormal operations,
/// supervision flags and the deadlines at yellow or red. Storage adds numbers and writes them.
struct OutboxRecorder {
    let engine: CaseEngine
    let calendar: WorkCalendar

    /// - Parameters:
    ///   - openedAt: when the case was opened (the first step's start).
    ///   - snapshot: the operation's snapshot of the case, whose deadlines are already worked out.
    func entries(for transition: Transition, _ snapshot: CaseSnapshot, section: String, openedAt: Date, at: Date) -> [OutboxEntry] {
        let state = transition.state
        let flow = snapshot.flow
        let today = snapshot.today
        let deadlines = snapshot.deadlines
        var entries = [entry(OutboxKind.caseRecord, key: state.id, state.id,
                                 CaseFeedRecord(state, flow: flow, section: section, openedAt: openedAt, deadlines: deadlines, at: at))]
        let actions = transition.events.compactMap { event -> ActionRecord? in
            if case let .acted(record) = event { return record }
            return nil
        }
        let firstNew = state.history.count - actions.count
        for (offset, record) in actions.enumerated() {
            let index = firstNew + offset
            let started = index > 0 && index - 1 < state.history.count ? state.history[index - 1].at : openedAt
            entries.append(entry(OutboxKind.step, key: "\(state.id)/\(index)", state.id,
                                     StepFeedRecord(serial: state.id, index: index, record: record, flow: flow, startedAt: started)))
            if let penalty = record.penalty, let role = record.penaltyRole {
                entries.append(entry(OutboxKind.penalty, key: "\(state.id)/\(role.rawValue)", state.id,
                                         PenaltyFeedRecord(serial: state.id, decision: penalty, stage: role, on: record.on)))
            }
            if record.kind.isAbnormal {
                let abnormal = AbnormalFeedRecord(
                    serial: state.id, itemCode: state.itemCode, operation: record.kind.rawValue, action: record.action, actionName: record.name,
                    step: record.from, officerID: record.userID, officerName: record.actorName, reason: record.reason,
                    at: FeedTime.iso(record.at), countOfKind: state.abnormalCounts[record.kind] ?? 1)
                entries.append(entry(OutboxKind.abnormal, key: "\(state.id)/\(index)", state.id, abnormal))
            }
            for (number, flag) in record.flags.enumerated() {
                entries.append(entry(OutboxKind.flag, key: "\(state.id)/\(index)/\(number)", state.id,
                                         FlagFeedRecord(serial: state.id, flag: flag.kind.rawValue, detail: flag.detail, on: flag.on.description)))
            }
        }
        if state.isClosed, actions.contains(where: \.closes), flow?.item.kind == .licence {
            let outcome = LicenceFeedRecord(serial: state.id, itemCode: state.itemCode, outcome: state.step,
                                            outcomeName: flow?.step(state.step)?.name ?? state.step,
                                            concludedOn: (state.clock.stoppedOn ?? state.history.last?.on)?.description)
            entries.append(entry(OutboxKind.licence, key: state.id, state.id, outcome))
        }
        entries += warnings(state, deadlines: deadlines, today: today)
        return entries
    }

    /// The deadlines of an open case at yellow or red today, keyed by case, limit, level and due
    /// date: the same warning is the same key, so the writer adds each one once.
    func warnings(_ state: CaseState, deadlines: [CaseDeadline], today: CivilDate) -> [OutboxEntry] {
        guard state.status == .open else { return [] }
        return deadlines.filter { $0.finishedOn == nil && $0.status.level != .normal }.map { deadline in
            let warning = WarningFeedRecord(serial: state.id, itemCode: state.itemCode, deadline: deadline.kind.rawValue,
                                            level: deadline.status.level.rawValue, due: deadline.status.due.description, seenOn: today.description)
            return entry(OutboxKind.warning, key: Self.warningKey(state.id, deadline), state.id, warning)
        }
    }

    static func warningKey(_ caseID: String, _ deadline: CaseDeadline) -> String {
        "\(caseID)/\(deadline.kind.rawValue)/\(deadline.status.level.rawValue)/\(deadline.status.due)"
    }

    private func entry(_ kind: String, key: String, _ caseID: String?, _ payload: some FeedPayload) -> OutboxEntry {
        OutboxEntry(kind: kind, key: key, caseID: caseID, payload: payload.json.text)
    }
}
