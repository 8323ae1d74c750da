/// Phrases of the public face's third pass (issue 16): 双公示 withdrawal when a decision is
/// changed, revoked or found unlawful, and the 双公示 deadline on the supervisor's board.
public enum PublicThirdPhrases {
    // MARK: Definitions

    public static let unknownWithdrawOutcome = Phrase("public3.unknownWithdrawOutcome",
        zh: "disclosure.withdraw-on 中的“{0}”不是复议或诉讼结果；可用的有：{1}",
        en: "\"{0}\" in disclosure.withdraw-on is not a review or litigation outcome; known outcomes: {1}")

    // MARK: Site

    public static let withdrawnTitle = Phrase("public3.withdrawn.title", zh: "已撤回的决定", en: "Withdrawn decisions")
    public static let withdrawnIntro = Phrase("public3.withdrawn.intro",
        zh: "以下决定已被依法变更、撤销或确认违法，依据{0}撤回公示信息，并说明理由。",
        en: "The decisions below were changed, revoked or found unlawful; under {0} their publication is withdrawn and the reason given.")
    public static let withdrawnOn = Phrase("public3.withdrawn.on", zh: "撤回理由发生日期", en: "Reason arose on")
    public static let withdrawnReason = Phrase("public3.withdrawn.reason", zh: "撤回理由", en: "Reason")
    public static let withdrawnBecause = Phrase("public3.withdrawn.because", zh: "该决定经{0}{1}", en: "the decision was {1} on {0}")
    public static let remedyReview = Phrase("public3.remedy.review", zh: "行政复议", en: "administrative review")
    public static let remedyLitigation = Phrase("public3.remedy.litigation", zh: "行政诉讼", en: "administrative litigation")
    public static let outcomeChanged = Phrase("public3.outcome.changed", zh: "被变更", en: "changed")
    public static let outcomeRevoked = Phrase("public3.outcome.revoked", zh: "被撤销", en: "revoked")
    public static let outcomeUnlawful = Phrase("public3.outcome.unlawful", zh: "被确认违法", en: "found unlawful")
    public static let outcomeOther = Phrase("public3.outcome.other", zh: "被依法纠正", en: "corrected by law")
    public static let openDataDisclosure = Phrase("public3.openData.disclosure", zh: "双公示决定（JSON）", en: "Licence and penalty decisions (JSON)")

    // MARK: The 双公示 deadline on the supervisor's board

    public static let boardRow = Phrase("public3.board.row",
        zh: "双公示（决定后{0}个工作日内）：待公示 {1}　未公示已超期 {2}　逾期公示 {3}",
        en: "Decisions published within {0} working days: pending {1}, unpublished and overdue {2}, published late {3}")
    public static let boardCase = Phrase("public3.board.case",
        zh: "{0}　{1}　{2}　决定日期 {3}　公示期限 {4}",
        en: "{0}  {1}  {2}  decided {3}  due {4}")
    public static let statePending = Phrase("public3.state.pending", zh: "待公示", en: "pending")
    public static let stateUnpublishedLate = Phrase("public3.state.unpublishedLate", zh: "未公示已超期", en: "unpublished, overdue")
    public static let statePublishedLate = Phrase("public3.state.publishedLate", zh: "逾期公示（{0}公示）", en: "published late (on {0})")

    public static let all: [Phrase] = [
        unknownWithdrawOutcome, withdrawnTitle, withdrawnIntro, withdrawnOn, withdrawnReason, withdrawnBecause, remedyReview, remedyLitigation,
        outcomeChanged, outcomeRevoked, outcomeUnlawful, outcomeOther, openDataDisclosure, boardRow, boardCase, statePending,
        stateUnpublishedLate, statePublishedLate,
    ]
}
