import Workflow

/// A case as the planner sees it: whether it is concluded, when, and whether it already moved.
public struct ArchiveCandidate: Sendable, Hashable {
    public let caseID: String
    public let concluded: Bool
    public let concludedOn: CivilDate?
    public let archived: Bool

    public init(caseID: String, concluded: Bool, concludedOn: CivilDate?, archived: Bool) {
        self.caseID = caseID
        self.concluded = concluded
        self.concludedOn = concludedOn
        self.archived = archived
    }
}
