import Foundation
import Workflow

/// One counted operation of one case event: what the tallies sum and the board drills down to.
struct SupervisionMark: Sendable, Hashable {
    let caseID: String
    let seq: Int64
    let kind: TallyKind
    let day: CivilDate
    let officer: String

    /// The marks of one event, a pure function of the event: recomputing them from the stored
    /// events gives the same marks, which is what `audit verify` checks.
    static func of(_ event: CaseEvent, caseID: String, seq: Int64) -> [SupervisionMark] {
        func mark(_ kind: TallyKind, _ day: CivilDate, _ officer: String) -> SupervisionMark {
            SupervisionMark(caseID: caseID, seq: seq, kind: kind, day: day, officer: officer)
        }
        switch event {
        case let .opened(_, userID, _, on, _):
            return [mark(.received, on, userID)]
        case let .acted(record):
            var kinds: [TallyKind] = []
            if record.clock.contains(.start) { kinds.append(.accepted) }
            if record.closes { kinds.append(.done) }
            switch record.kind {
            case .return: kinds.append(.returned)
            case .correction: kinds.append(.corrected)
            case .suspend: kinds.append(.suspended)
            default: break
            }
            if record.kind.isAbnormal { kinds.append(.abnormal) }
            if record.flags.contains(where: { $0.kind == .discretionDeviation }) { kinds.append(.deviation) }
            if record.penaltyRole == .decision, record.penalty?.mitigation != nil { kinds.append(.reduced) }
            return kinds.map { mark($0, record.on, record.userID) }
        case .materialsAdded, .factsRecorded, .absorbed, .partyAmended:
            return []
        }
    }
}
