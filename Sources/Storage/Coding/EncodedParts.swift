import Workflow

/// The parts of a case's state that only ever grow (its history records and opinions), each as
/// encoded last time. `CompactEncoder` reuses the bytes of every element that is still the same,
/// compared by value, so a stale or foreign memo costs time, never correctness.
struct EncodedParts: Sendable {
    var records: [Element<ActionRecord>] = []
    var opinions: [Element<Opinion>] = []

    struct Element<Value: Sendable & Equatable>: Sendable {
        let value: Value
        let bytes: [UInt8]
    }
}
