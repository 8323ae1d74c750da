import Localization

/// 行政处罚法 Art. 57 ②: a penalty for a 情节复杂或者重大 violation is decided by the agency's heads
/// in collective discussion. What counts as 重大 is the bureau's to set: a fine at or above the
/// procedure's `collective-fine-yuan`, a revocation or suspension, or a case that went through a
/// hearing. The discussion is recorded by an action producing its minutes.
public struct CollectiveDiscussionRule: Sendable, Hashable {
    public static let fineParameter = "collective-fine-yuan"
    /// The document a hearing leaves (听证笔录): a case with one went through a hearing.
    public static let hearingDocument = "hearing-transcript"
    /// The document a collective discussion leaves (集体讨论记录).
    public static let minutesDocument = "collective-minutes"

    public let fine: Money

    /// Nil when the procedure lacks the threshold: the validator has already reported that.
    public init?(parameters: [String: Int64]) {
        guard let fine = parameters[Self.fineParameter] else { return nil }
        self.fine = .yuan(fine)
    }

    /// Why the case is 重大 (empty: it is not), for the refusal and the minutes.
    public func grounds(_ penalty: PenaltyDecision, history: [ActionRecord]) -> [Message] {
        var grounds: [Message] = []
        let sanctions = penalty.violations.flatMap(\.sanctions)
        if penalty.totalFine.fen > 0, penalty.totalFine >= fine { grounds.append(LawPhrases.majorFine(fine)) }
        if sanctions.contains(where: { $0.kind == .revoke || $0.kind == .suspendActivities }) { grounds.append(LawPhrases.majorSanction()) }
        if history.contains(where: { $0.documents.contains(Self.hearingDocument) }) { grounds.append(LawPhrases.majorHearing()) }
        return grounds
    }

    /// Whether the heads' discussion of the case has been recorded.
    public static func discussed(_ history: [ActionRecord]) -> Bool {
        history.contains { $0.documents.contains(minutesDocument) }
    }
}
