import Synchronization
import Workflow

/// Case states this process has committed or read, by case id. A state is used only when the
/// row's revision still matches, so another desk's change is always read from the file; only
/// committed states go in (a transaction that rolled back must not leave its state behind). The
/// operation on a case the desk just showed or changed then costs one indexed read, not a decode.
final class StateCache: Sendable {
    private let states = Mutex<[String: CaseState]>([:])
    /// Each case's growing parts as last encoded, for `CompactEncoder` to reuse.
    private let parts = Mutex<[String: EncodedParts]>([:])

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

    func parts(_ caseID: String) -> EncodedParts? {
        parts.withLock { $0[caseID] }
    }

    /// Kept even for a transaction that may still roll back: the records are compared before
    /// their bytes are reused, so a memo can only be useless, never wrong.
    func rememberParts(_ caseID: String, _ encoded: EncodedParts) {
        parts.withLock { parts in
            if parts.count >= Self.capacity, parts[caseID] == nil { parts.removeAll(keepingCapacity: true) }
            parts[caseID] = encoded
        }
    }

    func forget(_ caseID: String) {
        _ = states.withLock { $0.removeValue(forKey: caseID) }
    }
}
