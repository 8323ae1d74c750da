import Localization

/// The outcome of checking the whole audit trail.
public struct AuditVerification: Sendable {
    public let records: Int
    public let head: String
    /// The first record found wrong, with why; nil when everything holds.
    public let problem: (seq: Int64, reason: Message)?
    /// How many anchors outside the database the chain was checked against.
    public var anchorsChecked = 0

    public init(records: Int, head: String, problem: (seq: Int64, reason: Message)?) {
        self.records = records
        self.head = head
        self.problem = problem
    }

    public var isIntact: Bool { problem == nil }

    public var message: Message {
        if let problem { return StoragePhrases.auditBroken(problem.seq, problem.reason) }
        return StoragePhrases.auditOK(records, head)
    }
}
