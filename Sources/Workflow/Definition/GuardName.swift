/// The conditions a definition may put on an action. The set is closed on purpose: the validator
/// rejects a guard the engine does not know, instead of letting a typo silently allow everything.
public enum GuardName: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every required material due by this step is present (R9).
    case materialsComplete = "materials-complete"
    /// At least one required material is missing: only then may a correction be requested.
    case materialsIncomplete = "materials-incomplete"
    /// Every required key fact has a value (R17).
    case factsComplete = "facts-complete"
    /// The deadline has not been extended before (licensing law Art. 42: once).
    case notExtended = "not-extended"
    /// A penalty has been proposed on this case.
    case penaltyProposed = "penalty-proposed"
    /// The penalty given qualifies for the simplified procedure (行政处罚法 Art. 51).
    case simplifiedEligible = "simplified-eligible"
    /// The current step's own time limit has run out: "期满未陈述申辩" only once the five days
    /// for a statement are over (行政处罚法 Art. 64, 85). Checked against the working-day calendar
    /// when the action is performed.
    case periodElapsed = "period-elapsed"
    /// The act was discovered within the limitation (行政处罚法 Art. 36): the case was opened no
    /// later than two years (five where life, health or financial safety was harmed) after the
    /// item's act-dating fact.
    case withinLimitation = "within-limitation"
    /// The penalty proposed (and, when the action decides, the one decided) is made of measures
    /// only (责令改正 and the like): 行政处罚法 Art. 28 says they are not penalties, so the case ends
    /// with a correction order, not a penalty decision.
    case measuresOnly = "measures-only"
    /// The penalty proposed (and decided) holds at least one penalty of 行政处罚法 Art. 9: the
    /// only thing a 行政处罚决定书 may decide.
    case includesPenalty = "includes-penalty"
    /// The proposal the party was told of meets a ground of 行政处罚法 Art. 63 (a larger fine or
    /// confiscation as the procedure's thresholds say, revocation, suspension): only then may a
    /// hearing be requested.
    case hearingRight = "hearing-right"
    /// A 情节复杂或者重大 case (the procedure's criteria) has been discussed collectively by the
    /// heads, its minutes recorded, before the penalty is decided (行政处罚法 Art. 57 ②).
    case collectiveIfMajor = "collective-if-major"
    /// The item's article says "构成犯罪的，依法追究刑事责任" (its `criminal-transfer`): only then is a
    /// suspected crime transferred to the judiciary as this case's end (行政处罚法 Art. 27).
    case criminalTransfer = "criminal-transfer"
    /// The hearing date the action's notice fixes (its `hearing-date` input) comes at least the
    /// procedure's `hearing-notice-workdays` working days after the notice is served (its
    /// `served-on` input, else the day of the action): 行政处罚法 Art. 64(二), 85.
    case hearingNoticeTimely = "hearing-notice-timely"
    /// The hearing date fixed by the latest notice has come: a hearing is recorded as held on
    /// that day or later, never on the day someone clicks before it (Art. 64).
    case hearingDateReached = "hearing-date-reached"
    /// The action's service record is possible: its `served-on` date is not before the case
    /// reached the step (the document served was made then) and not after the day it is recorded.
    case serviceDate = "service-date"
    /// The document that opened the step's period was served and the service recorded at this
    /// step: a period "from receipt" (陈述申辩 5 working days) cannot run out before it began.
    case serviceRecorded = "service-recorded"
    /// A decided fine is paid in full before the case is executed: amount, date and receipt
    /// number recorded, the amount at least the fine and the 加处罚款 owed on the day of payment
    /// (行政处罚法 Art. 67, 72). A decision without a fine needs no payment.
    case paymentComplete = "payment-complete"
    /// The decision holds a fine (for 催告 and 申请人民法院强制执行).
    case fineDecided = "fine-decided"
    /// The party's time for 复议 (the procedure's `review-days` from service) and 诉讼
    /// (`litigation-months`) has run out, and a 催告书 is at least `reminder-days` old (行政强制法
    /// Arts. 53, 54): only then may the court be asked to enforce.
    case remedyPeriodsElapsed = "remedy-periods-elapsed"
    /// The item's article gives measures to another authority (`authority:` on a statutory
    /// penalty, 条例 Arts. 65, 72 ②, 73), and the measure the action's `referred-measure` input names
    /// is one of them, in the article's terms: the bureau proposes it with a 处理建议书, never decides it.
    case authorityReferral = "authority-referral"
    /// The application was received at least the item's `application-lead` period before the day
    /// its fact dates (条例 Art. 42: 大型宗教活动 30日前).
    case applicationLead = "application-lead"
    /// An approval was filed with the provincial department (条例 Art. 42): an action declaring the
    /// `filed-on` input is in the history.
    case provincialFiling = "provincial-filing"
    /// The item's limit may be extended: not where the item names the rule excluding it
    /// (`no-extension`, 条例 Art. 42's 15 days).
    case extensible = "extensible"
}
