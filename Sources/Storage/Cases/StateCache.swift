import Synchronization
import Workflow

/// Case states this process has committed or read, by case id. A state is used only when the
/// row's revision still matches, so another desk's change is always read from the file; only
/// committed states go in (a transaction that rolled back must not leave its state behind). The
/// operation on a case the desk just showed or changed then costs one indexed read, not a decode.
final class StateCache: Sendable {
    private let states = Mutex<[String: CaseState]>([:])
    /// Each case's history records as last encoded, for `CompactEncoder` to reuse.
    private let histories = Mutex<[String: [(record: ActionRecord, bytes: [UInt8])]]>([:])

    /// Bounded, so a batch over a million cases keeps memory flat.
    static let capacity = 4096

    func state(_ caseID: String, revision: Int) -> CaseState? {
        states.withLock { $0[caseID] }.flatMap { $0.revision == revision ? $0 : nil }
    }

    func remember(_ state: CaseState) {
        states.withLock { states in
            if states.count >= Self.capacity, states[state.id] == nil { states.removeAll(keepingCapacity: true) }
            states[state.id] = state
        }
    }

    func history(_ caseID: String) -> [(record: ActionRecord, bytes: [UInt8])]? {
        histories.withLock { $0[caseID] }
    }

    /// Kept even for a transaction that may still roll back: the records are compared before
    /// their bytes are reused, so a memo can only be useless, never wrong.
    func rememberHistory(_ caseID: String, _ records: [(record: ActionRecord, bytes: [UInt8])]) {
        histories.withLock { histories in
            if histories.count >= Self.capacity, histories[caseID] == nil { histories.removeAll(keepingCapacity: true) }
            histories[caseID] = records
        }
    }

    func forget(_ caseID: String) {
        _ = states.withLock { $0.removeValue(forKey: caseID) }
    }
}
