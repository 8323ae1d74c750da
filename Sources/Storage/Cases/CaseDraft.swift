import Workflow

/// What the window clerk fills in to open a case. The serial number and the flow version are
/// Storage's to assign.
public struct CaseDraft: Sendable, Hashable {
    public var itemCode: String
    /// Nil for the item's default procedure.
    public var procedureCode: String?
    public var party: CaseParty
    public var subject: String
    public var materials: [String: Int]
    public var facts: [String: FactValue]
    /// Why the party's name differs from the one its identity number is registered under (a
    /// renamed organisation, a name corrected): without it such an opening is refused.
    public var partyRenameReason: String?

    public init(itemCode: String, procedureCode: String? = nil, party: CaseParty, subject: String, materials: [String: Int] = [:], facts: [String: FactValue] = [:],
                partyRenameReason: String? = nil) {
        self.itemCode = itemCode
        self.procedureCode = procedureCode
        self.party = party
        self.subject = subject
        self.materials = materials
        self.facts = facts
        self.partyRenameReason = partyRenameReason
    }
}
