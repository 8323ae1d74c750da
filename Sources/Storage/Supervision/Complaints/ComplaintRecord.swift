import Workflow

/// A complaint as the supervision post and the leadership see it. `identity` is nil when the
/// complaint is anonymous or the reader is not the supervision post (`identityWithheld`).
public struct ComplaintRecord: Sendable, Hashable {
    public struct Step: Sendable, Hashable {
        public let action: String
        public let on: CivilDate
        public let userID: String
        public let note: String
    }

    public let id: String
    public let kind: ComplaintKind
    public let channel: ComplaintChannel
    public let anonymous: Bool
    public let identity: ComplaintIdentity?
    public let identityWithheld: Bool
    public let subject: String
    public let body: String
    public let section: String?
    public let receivedOn: CivilDate
    /// The step of the complaint flow it is at (`register`, `investigate`, …, `concluded`).
    public let step: String
    public let acceptDue: CivilDate
    public let concludeDue: CivilDate?
    public let extended: Bool
    public let upheld: Bool?
    public let concludedOn: CivilDate?
    public let caseIDs: [String]
    public let officers: [String]
    public let files: [String]
    public let steps: [Step]
}
