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
    /// Items the search names by their name or its pinyin initials (the caller knows the
    /// catalogue): their cases are found too.
    public var searchItems: [String]

    public init(tab: QueueTab, userID: String, section: String, actionable: [ActionableStep], today: CivilDate, search: String = "",
                searchItems: [String] = []) {
        self.tab = tab
        self.userID = userID
        self.section = section
        self.actionable = actionable
        self.today = today
        self.search = search
        self.searchItems = searchItems
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
