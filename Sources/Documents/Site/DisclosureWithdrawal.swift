import Workflow

/// A 双公示 entry taken down because the decision was changed, revoked or found unlawful on 复议
/// or 诉讼 (行政处罚法 第48条第2款: 撤回 and 公开说明理由). The page keeps the decision's number,
/// item and date with the reason, and drops everything else it showed (party, content).
public struct DisclosureWithdrawal: Sendable, Hashable {
    public let kind: DisclosureEntry.Kind
    public let number: String
    public let caseID: String
    public let itemName: String
    public let decidedOn: CivilDate
    /// The day the 复议 or court decided (the reason arose).
    public let withdrawnOn: CivilDate
    /// Why, in Chinese: 该决定经行政复议被撤销.
    public let reason: String

    public init(kind: DisclosureEntry.Kind, number: String, caseID: String, itemName: String, decidedOn: CivilDate, withdrawnOn: CivilDate, reason: String) {
        self.kind = kind
        self.number = number
        self.caseID = caseID
        self.itemName = itemName
        self.decidedOn = decidedOn
        self.withdrawnOn = withdrawnOn
        self.reason = reason
    }
}
