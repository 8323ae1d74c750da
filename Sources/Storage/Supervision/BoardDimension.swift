/// What the board's rows are: power items, sections or officers.
public enum BoardDimension: String, Sendable, Hashable, CaseIterable {
    case item
    case section
    case officer

    /// The column of the summary tables that holds the row's key.
    var column: String {
        switch self {
        case .item: "item_code"
        case .section: "section"
        case .officer: "officer"
        }
    }
}
