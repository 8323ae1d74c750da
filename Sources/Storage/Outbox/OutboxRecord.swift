import Foundation

/// One record of the outbox as a target receives it: its place in the gapless sequence, what it
/// is (`kind`), the identity it is upserted under at the target (`key`), and its JSON payload.
public struct OutboxRecord: Sendable, Hashable {
    public let seq: Int64
    public let kind: String
    public let key: String
    public let caseID: String?
    public let atMilliseconds: Int64
    public let payload: String
    public let hash: String

    public init(seq: Int64, kind: String, key: String, caseID: String?, atMilliseconds: Int64, payload: String, hash: String) {
        self.seq = seq
        self.kind = kind
        self.key = key
        self.caseID = caseID
        self.atMilliseconds = atMilliseconds
        self.payload = payload
        self.hash = hash
    }
}
