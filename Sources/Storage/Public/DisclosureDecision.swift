import Documents
import Workflow

/// One licence or penalty decision the 双公示 rules apply to, as read for a publishing run and for
/// the supervisor's deadline: its entry as the site shows it, whether it is to be shown at all,
/// why it was withdrawn if it was, and the day it first went public.
struct DisclosureDecision: Sendable {
    let documentID: Int64
    let entry: DisclosureEntry
    /// Secret (case or item) or replaced by a correction: never shown, never due.
    let hidden: Bool
    /// Changed, revoked or found unlawful on 复议/诉讼 after it was made.
    let withdrawal: DisclosureWithdrawal?
    let publishedOn: CivilDate?

    /// Shown among the decisions in publication (and so due within the deadline).
    var inPublication: Bool { !hidden && withdrawal == nil }
}
