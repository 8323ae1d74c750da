import Workflow

/// The parts of a case's state as encoded last time: those that only ever grow (its history
/// records and opinions) element by element, and those that seldom change (materials, facts, the
/// party) whole. `CompactEncoder` reuses the bytes of every part that is still the same, compared
/// by value, so a stale or foreign memo costs time, never correctness.
struct EncodedParts: Sendable {
    var records: [Element<ActionRecord>] = []
    var opinions: [Element<Opinion>] = []
    var counts: Element<[String: Int]>?
    var facts: Element<[String: FactValue]>?
    var party: Element<CaseParty>?

    struct Element<Value: Sendable & Equatable>: Sendable {
        let value: Value
        let bytes: [UInt8]
    }
}
