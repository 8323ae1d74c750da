import GRDB
import Workflow

/// A tab shown in two bands, each paged in its own order: the rows whose deadline has been
/// reached (yellow or red, `warn_on` on or before today) on top, most urgent first, then the rest.
/// An officer's 待办 is ordered so (issue 14: red cases sat below fresh ones). The band cannot be a
/// sort key — it depends on today, and no index can hold it — so each band is one index range of
/// its own and paging runs through the first into the second.
struct QueueBands: Sendable {
    /// The urgent band: `case_open_by_deadline`, the earliest due date first.
    let urgentOrder = QueueOrder.deadline
    /// The rest: `case_open_by_updated`, the last change first.
    let restOrder = QueueOrder.recent
    let today: CivilDate

    /// Rows in the urgent band. Written on `COALESCE(warn_on, '~')`, the deadline index's expression,
    /// so the band is a range of that index.
    var urgent: (String, StatementArguments) { ("COALESCE(warn_on, '~') <= ?", [today.description]) }

    /// Rows in the second band. Written with `IFNULL`, which the deadline index does not match, so
    /// SQLite walks the rest in change order instead of sorting every open case with no deadline.
    var rest: (String, StatementArguments) { ("IFNULL(warn_on, '~') > ?", [today.description]) }

    /// The order and condition of a band (0 urgent, 1 the rest).
    func band(_ band: Int) -> (order: QueueOrder, clause: String, arguments: StatementArguments) {
        let (clause, arguments) = band == 0 ? urgent : rest
        return (band == 0 ? urgentOrder : restOrder, clause, arguments)
    }
}
