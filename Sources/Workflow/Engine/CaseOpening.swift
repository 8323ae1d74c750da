import Foundation

/// What a case starts with: the item and procedure, the party, the subject and whatever
/// materials and facts the clerk took in at the window (R15, R16).
public struct CaseOpening: Sendable, Hashable, Codable {
    public let caseID: String
    public let itemCode: String
    public let procedureCode: String
    public let flowVersion: Int
    public let party: CaseParty
    public let subject: String
    public let materials: [String: Int]
    public let facts: [String: FactValue]

    public init(
        caseID: String, itemCode: String, procedureCode: String, flowVersion: Int, party: CaseParty,
        subject: String, materials: [String: Int], facts: [String: FactValue]
    ) {
        self.caseID = caseID
        self.itemCode = itemCode
        self.procedureCode = procedureCode
        self.flowVersion = flowVersion
        self.party = party
        self.subject = subject
        self.materials = materials
        self.facts = facts
    }
}
