import Workflow

/// Everything a document is made from: the case as it stands after the action that issues the
/// document, that action, the definitions the case runs on, and what Storage alone knows (the
/// number drawn, officers' names, documents issued before). Nothing is typed by hand.
public struct DocumentInput: Sendable {
    public let set: DefinitionSet
    public let state: CaseState
    public let type: DocumentType
    public let number: String?
    public let issuedOn: CivilDate
    /// The action that produced the document; nil for documents made on demand (the archive cover).
    public let action: ActionRecord?
    /// User id → name, for officers named in the document.
    public let userNames: [String: String]
    /// Documents of the case issued before this one, oldest first.
    public let earlier: [DocumentReference]
    /// For a correction: the document replaced and why.
    public let replaces: DocumentReference?
    public let correctionReason: String?
    /// The working-day calendar, for the statutory deadline a document states (its last day moved
    /// off a rest day, 民法典 Art. 203); without one a document states the period only.
    public let calendar: WorkCalendar?
    /// The case's query code for the public site, printed on notices to the party.
    public let queryCode: QueryCode?

    public init(
        set: DefinitionSet, state: CaseState, type: DocumentType, number: String?, issuedOn: CivilDate, action: ActionRecord?,
        userNames: [String: String], earlier: [DocumentReference], replaces: DocumentReference? = nil, correctionReason: String? = nil,
        calendar: WorkCalendar? = nil,
        queryCode: QueryCode? = nil
    ) {
        self.set = set
        self.state = state
        self.type = type
        self.number = number
        self.issuedOn = issuedOn
        self.action = action
        self.userNames = userNames
        self.earlier = earlier
        self.replaces = replaces
        self.correctionReason = correctionReason
        self.calendar = calendar
        self.queryCode = queryCode
    }
}
