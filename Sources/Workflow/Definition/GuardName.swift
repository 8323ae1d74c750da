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
}
