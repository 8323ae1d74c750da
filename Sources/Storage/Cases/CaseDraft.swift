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

    public init(itemCode: String, procedureCode: String? = nil, party: CaseParty, subject: String, materials: [String: Int] = [:], facts: [String: FactValue] = [:]) {
        self.itemCode = itemCode
        self.procedureCode = procedureCode
        self.party = party
        self.subject = subject
        self.materials = materials
        self.facts = facts
    }
}
