/// One link of the audit chain (R10): who did what, when, to which case, and the hash that ties
/// it to every record before it.
public struct AuditRecord: Sendable, Hashable {
    public let seq: Int64
    public let atMilliseconds: Int64
    public let userID: String
    public let caseID: String?
    public let eventSeq: Int64?
    public let kind: String
    public let body: String
    public let previousHash: String
    public let hash: String
}
