import Workflow

/// One licence or penalty decision as 双公示 publishes it: the standard fields (决定书文号, 事项,
/// 行政相对人 masked as elsewhere, an organisation's credit code, 决定内容, 决定日期, 决定机关).
public struct DisclosureEntry: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case licence
        case penalty
    }

    public let kind: Kind
    public let number: String
    public let caseID: String
    public let itemName: String
    public let party: String
    public let creditCode: String?
    public let content: String
    public let decidedOn: CivilDate

    public init(kind: Kind, number: String, caseID: String, itemName: String, party: String, creditCode: String?, content: String, decidedOn: CivilDate) {
        self.kind = kind
        self.number = number
        self.caseID = caseID
        self.itemName = itemName
        self.party = party
        self.creditCode = creditCode
        self.content = content
        self.decidedOn = decidedOn
    }
}
