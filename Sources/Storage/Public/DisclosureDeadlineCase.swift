import Workflow

/// A decision behind a number of the 双公示 deadline: which case and document, when it was decided,
/// by when it had to be public, and when it went public (nil: not yet).
public struct DisclosureDeadlineCase: Sendable, Hashable {
    public let caseID: String
    public let number: String
    public let itemName: String
    public let decidedOn: CivilDate
    public let dueOn: CivilDate
    public let publishedOn: CivilDate?

    public init(caseID: String, number: String, itemName: String, decidedOn: CivilDate, dueOn: CivilDate, publishedOn: CivilDate?) {
        self.caseID = caseID
        self.number = number
        self.itemName = itemName
        self.decidedOn = decidedOn
        self.dueOn = dueOn
        self.publishedOn = publishedOn
    }
}
