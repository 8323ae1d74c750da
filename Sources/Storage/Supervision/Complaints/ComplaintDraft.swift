import Foundation

/// What the clerk types or the mailbox import reads: the complaint, whom and what it concerns,
/// and who made it unless anonymous.
public struct ComplaintDraft: Sendable, Hashable {
    public var kind: ComplaintKind
    public var channel: ComplaintChannel
    /// Nil for an anonymous complaint.
    public var identity: ComplaintIdentity?
    public var subject: String
    public var body: String
    public var section: String?
    public var caseIDs: [String]
    public var officers: [String]
    /// A mail's Message-ID: the same mail imported twice is one complaint.
    public var messageID: String?
    public var attachments: [ComplaintAttachment]

    public init(kind: ComplaintKind, channel: ComplaintChannel, identity: ComplaintIdentity?, subject: String, body: String,
                section: String? = nil, caseIDs: [String] = [], officers: [String] = [], messageID: String? = nil,
                attachments: [ComplaintAttachment] = []) {
        self.kind = kind
        self.channel = channel
        self.identity = identity
        self.subject = subject
        self.body = body
        self.section = section
        self.caseIDs = caseIDs
        self.officers = officers
        self.messageID = messageID
        self.attachments = attachments
    }
}
