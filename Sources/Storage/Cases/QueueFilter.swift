import Workflow

/// Who is looking and what for: the inputs that decide which cases a tab shows.
public struct QueueFilter: Sendable, Hashable {
    public var tab: QueueTab
    public var userID: String
    public var section: String
    /// (item, procedure, step) triples at which the user's posts may act, for 待办.
    public var actionable: [ActionableStep]
    public var today: CivilDate
    public var search: String

    public init(tab: QueueTab, userID: String, section: String, actionable: [ActionableStep], today: CivilDate, search: String = "") {
        self.tab = tab
        self.userID = userID
        self.section = section
        self.actionable = actionable
        self.today = today
        self.search = search
    }
}

/// A step of an item's flow on a procedure.
public struct ActionableStep: Sendable, Hashable {
    public let item: String
    public let procedure: String
    public let step: String

    public init(item: String, procedure: String, step: String) {
        self.item = item
        self.procedure = procedure
        self.step = step
    }
}
