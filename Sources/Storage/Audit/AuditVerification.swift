import Localization

/// The outcome of checking the whole audit trail.
public struct AuditVerification: Sendable {
    public let records: Int
    public let head: String
    /// The first record found wrong, with why; nil when everything holds.
    public let problem: (seq: Int64, reason: Message)?

    public var isIntact: Bool { problem == nil }

    public var message: Message {
        if let problem { return StoragePhrases.auditBroken(problem.seq, problem.reason) }
        return StoragePhrases.auditOK(records, head)
    }
}
