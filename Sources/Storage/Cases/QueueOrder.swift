import GRDB

/// The order of a tab: its sort keys, all in one direction and ending with the serial number, so
/// paging on from an anchor and finding a case's position are each one index range.
struct QueueOrder: Sendable {
    let keys: [String]
    let descending: Bool

    /// Last change first (待办, 在办, 已办, 监察, 查询): what just arrived is on top.
    static let recent = QueueOrder(keys: ["updated_at", "id"], descending: true)
    /// Earliest deadline first, for a supervisor's 待办 over every open case: red and overdue
    /// cases at the top, cases with no running deadline (suspended, or every deadline met) last. `warn_on` moves with the due date by the bureau's
    /// fixed warning margin, so its order is the due dates' order. Matches `case_open_by_deadline`.
    static let deadline = QueueOrder(keys: ["COALESCE(warn_on, '~')", "id"], descending: false)
    /// The 预警 tab: by the day the case turned yellow.
    static let warning = QueueOrder(keys: ["warn_on", "id"], descending: false)
    /// A supervisor's view of every open case: by section and item, the most urgent first in each.
    /// Matches `case_open_by_section_item`.
    static let sectionItem = QueueOrder(keys: ["section", "item_code", "COALESCE(warn_on, '~')", "id"], descending: false)

    var sql: String { keys.map { descending ? "\($0) DESC" : $0 }.joined(separator: ", ") }

    var columns: String { keys.enumerated().map { "\($0.element) AS k\($0.offset)" }.joined(separator: ", ") }

    /// Rows after the anchor (or before it, `after: false`), written key by key —
    /// `k0 >= a AND (k0 > a OR (k1 >= b AND ...))` — because SQLite seeks an index on an
    /// expression only from a plain comparison, not from a row value.
    func beyond(_ anchor: QueueAnchor, after: Bool = true) -> (String, StatementArguments) {
        let forward = after != descending
        let (strict, loose) = forward ? (">", ">=") : ("<", "<=")
        var clause = ""
        var arguments = StatementArguments()
        for (index, key) in keys.enumerated().reversed() {
            let value = anchor.keys.indices.contains(index) ? anchor.keys[index] : .null
            if clause.isEmpty {
                clause = "\(key) \(strict) ?"
                arguments = [value]
            } else {
                clause = "\(key) \(loose) ? AND (\(key) \(strict) ? OR (\(clause)))"
                arguments = [value, value] + arguments
            }
        }
        return (clause, arguments)
    }
}
