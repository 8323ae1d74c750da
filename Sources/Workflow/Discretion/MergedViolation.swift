/// A violation absorbed from another case by 并案: its item and the facts its discretion check
/// needs travel with it, so the merged decision checks each violation on its own terms.
public struct MergedViolation: Sendable, Hashable, Codable {
    public let caseID: String
    public let itemCode: String
    public let facts: [String: FactValue]

    public init(caseID: String, itemCode: String, facts: [String: FactValue]) {
        self.caseID = caseID
        self.itemCode = itemCode
        self.facts = facts
    }
}
