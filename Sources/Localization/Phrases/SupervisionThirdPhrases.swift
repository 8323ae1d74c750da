/// Phrases of issue 15's third part: the complaints screen on the desk (R26), 复议/诉讼 outcomes
/// and the feed's lag on the board. Kept apart from the other supervision phrases so branches
/// merge without conflicts.
public enum SupervisionThirdPhrases {
    // MARK: The complaints screen
    public static let keyComplaints = Phrase("complaintDesk.key.complaints", zh: "投诉意见", en: "complaints")
    public static let keyDetail = Phrase("complaintDesk.key.detail", zh: "详情", en: "detail")
    public static let keyHandle = Phrase("complaintDesk.key.handle", zh: "办理", en: "handle")
    public static let keyScroll = Phrase("complaintDesk.key.scroll", zh: "滚动", en: "scroll")
    public static let listTitle = Phrase(
        "complaintDesk.listTitle", zh: "投诉与意见建议　未办结{0}件　超期{1}件（未办结、超期在前）",
        en: "Complaints and opinions   {0} open   {1} overdue (open and overdue first)")
    public static let listEmpty = Phrase("complaintDesk.listEmpty", zh: "（尚无投诉或意见建议）", en: "(no complaints or opinions yet)")
    public static let kindComplaint = Phrase("complaintDesk.kind.complaint", zh: "投诉", en: "complaint")
    public static let kindOpinion = Phrase("complaintDesk.kind.opinion", zh: "意见建议", en: "opinion")
    public static let channelPhone = Phrase("complaintDesk.channel.phone", zh: "电话", en: "phone")
    public static let channelMailbox = Phrase("complaintDesk.channel.mailbox", zh: "信箱", en: "mailbox")
    public static let channelInPerson = Phrase("complaintDesk.channel.inPerson", zh: "现场", en: "in person")
    public static let overdueMark = Phrase("complaintDesk.overdue", zh: "超期", en: "LATE")
    public static let acceptBy = Phrase("complaintDesk.acceptBy", zh: "受理期限{0}", en: "accept by {0}")
    public static let concludeBy = Phrase("complaintDesk.concludeBy", zh: "办结期限{0}", en: "conclude by {0}")
    public static let concludedOn = Phrase("complaintDesk.concludedOn", zh: "{0}办结", en: "concluded {0}")
    public static let acceptLimit = Phrase(
        "complaintDesk.acceptLimit", zh: "受理期限：{0}（收到之日起{1}日内告知是否受理）{2}",
        en: "acceptance by {0} ({1} days from receipt to say whether it is accepted) {2}")
    public static let concludeLimit = Phrase(
        "complaintDesk.concludeLimit", zh: "办结期限：{0}（自受理之日起{1}日内办结{2}）{3}", en: "conclusion by {0} ({1} days from acceptance{2}) {3}")
    public static let concludePending = Phrase("complaintDesk.concludePending", zh: "办结期限：受理后起算（{0}日）", en: "conclusion: counted from acceptance ({0} days)")
    public static let extendedNote = Phrase("complaintDesk.extendedNote", zh: "，已延长", en: ", extended")
    public static let detailTitle = Phrase("complaintDesk.detailTitle", zh: "{0}　{1}　{2}", en: "{0}   {1}   {2}")
    public static let receivedLine = Phrase("complaintDesk.receivedLine", zh: "收到：{0}　渠道：{1}　处室：{2}　环节：{3}", en: "received {0}   by {1}   section {2}   step {3}")
    public static let complainant = Phrase("complaintDesk.complainant", zh: "投诉人：{0}", en: "complainant: {0}")
    public static let subject = Phrase("complaintDesk.subject", zh: "事由：{0}", en: "subject: {0}")
    public static let outcome = Phrase("complaintDesk.outcome", zh: "结果：{0}", en: "outcome: {0}")
    public static let concernsCases = Phrase("complaintDesk.concernsCases", zh: "涉及办件：", en: "cases concerned:")
    public static let concernsOfficers = Phrase("complaintDesk.concernsOfficers", zh: "涉及人员：{0}", en: "officers concerned: {0}")
    public static let files = Phrase("complaintDesk.files", zh: "附件：{0}", en: "files: {0}")
    public static let steps = Phrase("complaintDesk.steps", zh: "办理经过：", en: "steps:")
    public static let none = Phrase("complaintDesk.none", zh: "无", en: "none")
    public static let actionsTitle = Phrase("complaintDesk.actionsTitle", zh: "{0}　{1}：可办理的动作", en: "{0}   {1}: actions")
    public static let noActions = Phrase("complaintDesk.noActions", zh: "（本环节没有可办理的动作）", en: "(no actions at this step)")
    public static let actionForPosts = Phrase("complaintDesk.actionForPosts", zh: "（须由{0}办理）", en: "(for {0})")
    public static let actionExtended = Phrase("complaintDesk.actionExtended", zh: "（已延长过一次）", en: "(already extended once)")
    public static let noteTitle = Phrase("complaintDesk.noteTitle", zh: "{0}：{1}", en: "{0}: {1}")
    public static let noteRequired = Phrase("complaintDesk.noteRequired", zh: "意见或理由（必填）：", en: "opinion or reason (required):")
    public static let noteOptional = Phrase("complaintDesk.noteOptional", zh: "意见（可不填）：", en: "opinion (optional):")
    public static let noteMissing = Phrase(
        "complaintDesk.noteMissing", zh: "“{0}”须填写意见或理由；请输入后再提交", en: "\"{0}\" needs an opinion or reason; type it, then submit")
    public static let acted = Phrase("complaintDesk.acted", zh: "{0}：已{1}，现为“{2}”", en: "{0}: {1} done, now at \"{2}\"")
    public static let disabled = Phrase("complaintDesk.disabled", zh: "“{0}”不可办理{1}", en: "\"{0}\" is not open to you {1}")

    // MARK: 复议/诉讼 outcomes
    public static let remedyReview = Phrase("remedy.kind.review", zh: "行政复议", en: "administrative review")
    public static let remedyLitigation = Phrase("remedy.kind.litigation", zh: "行政诉讼", en: "administrative litigation")
    public static let resultUpheld = Phrase("remedy.result.upheld", zh: "维持", en: "upheld")
    public static let resultChanged = Phrase("remedy.result.changed", zh: "变更", en: "changed")
    public static let resultRevoked = Phrase("remedy.result.revoked", zh: "撤销", en: "revoked")
    public static let resultUnlawful = Phrase("remedy.result.unlawful", zh: "确认违法", en: "found unlawful")
    public static let resultDismissed = Phrase("remedy.result.dismissed", zh: "驳回", en: "dismissed")
    public static let resultWithdrawn = Phrase("remedy.result.withdrawn", zh: "撤回", en: "withdrawn")
    public static let remedyRefused = Phrase(
        "remedy.refused", zh: "复议、诉讼结果只能由法制岗位或监察岗位录入；请以相应账号登录",
        en: "review and litigation outcomes are entered by the legal or the supervision post; sign in with such an account")
    public static let remedyBodyMissing = Phrase(
        "remedy.bodyMissing", zh: "请填写复议机关或人民法院的名称", en: "give the review body or the court")
    public static let remedyNumberMissing = Phrase(
        "remedy.numberMissing", zh: "请填写复议决定书或裁判文书的文号", en: "give the number of the review decision or the judgment")
    public static let remedyDatesOrder = Phrase(
        "remedy.datesOrder", zh: "申请（起诉）日期 {0} 晚于决定日期 {1}；请核对两个日期", en: "filed on {0}, after the decision of {1}; check both dates")
    public static let remedyInFuture = Phrase(
        "remedy.inFuture", zh: "决定日期 {0} 晚于今天（{1}）；结果作出后再录入", en: "decided on {0}, after today ({1}); enter the outcome once it is given")
    public static let remedyNotDecided = Phrase(
        "remedy.notDecided", zh: "办件 {0} 尚未作出决定，不能对其申请复议或起诉；请核对办件编号",
        en: "case {0} has no decision yet, so nothing can be reviewed or sued over; check the case number")
    public static let remedyDuplicate = Phrase(
        "remedy.duplicate", zh: "文号 {0} 的结果已录入办件 {1}，未重复录入", en: "the outcome numbered {0} is already recorded on case {1}; not entered again")
    public static let remedyRecorded = Phrase(
        "remedy.recorded", zh: "已录入：办件 {0} {1}，{2}（{3} {4}，{5}）{6}",
        en: "recorded: case {0} {1}, {2} ({3} {4}, {5}) {6}")
    public static let remedyCounts = Phrase("remedy.counts", zh: "计入季度考评“复议诉讼纠错”", en: "counted in the evaluation as a decision changed")
    public static let remedyLine = Phrase("remedy.line", zh: "{0}　{1}　{2}　申请{3}　决定{4}　{5}　{6}　录入：{7}", en: "{0}  {1}  {2}  filed {3}  decided {4}  {5}  {6}  by {7}")
    public static let remedyNone = Phrase("remedy.none", zh: "（没有已录入的复议、诉讼结果）", en: "(no review or litigation outcomes recorded)")
    public static let badRemedyKind = Phrase(
        "remedy.badKind", zh: "“{0}”不是救济类型；可选：review（行政复议）、litigation（行政诉讼）", en: "\"{0}\" is not a remedy; use review or litigation")
    public static let badRemedyResult = Phrase(
        "remedy.badResult", zh: "“{0}”不是复议、诉讼结果；可选：{1}", en: "\"{0}\" is not an outcome; use one of {1}")
    public static let badDate = Phrase("remedy.badDate", zh: "日期“{0}”无效；请写成 2026-03-16 的形式", en: "\"{0}\" is not a date; write it like 2026-03-16")
    public static let helpReviewOutcome = Phrase(
        "remedy.help.command", zh: "录入已决定办件的行政复议、行政诉讼结果（维持、变更、撤销、确认违法、驳回、撤回），计入季度考评；不带 --outcome 时列出已录入的结果",
        en: "record the outcome of a review or a suit on a decided case (upheld, changed, revoked, unlawful, dismissed, withdrawn), counted in the evaluation; without --outcome, list those recorded")
    public static let helpRemedyCase = Phrase("remedy.help.case", zh: "办件编号（列出时可省略，列出全部）", en: "the case number (optional when listing)")
    public static let helpRemedyKind = Phrase("remedy.help.kind", zh: "救济类型：review（行政复议）或 litigation（行政诉讼）", en: "review or litigation")
    public static let helpRemedyResult = Phrase(
        "remedy.help.outcome", zh: "结果：upheld 维持、changed 变更、revoked 撤销、unlawful 确认违法、dismissed 驳回、withdrawn 撤回（中文亦可）",
        en: "the outcome: upheld, changed, revoked, unlawful, dismissed, withdrawn (or the Chinese name)")
    public static let helpRemedyFiled = Phrase("remedy.help.filed", zh: "申请复议或起诉的日期（YYYY-MM-DD）", en: "the day the review was applied for or the suit filed (YYYY-MM-DD)")
    public static let helpRemedyDecided = Phrase("remedy.help.decided", zh: "复议决定或裁判的日期（YYYY-MM-DD）", en: "the day of the review decision or the judgment (YYYY-MM-DD)")
    public static let helpRemedyBody = Phrase("remedy.help.body", zh: "复议机关或人民法院", en: "the review body or the court")
    public static let helpRemedyNumber = Phrase("remedy.help.number", zh: "复议决定书或裁判文书文号", en: "the number of the decision or judgment")
    public static let helpRemedyNote = Phrase("remedy.help.note", zh: "备注（可不填）", en: "a note (optional)")
    public static let helpRemedyUser = Phrase("remedy.help.user", zh: "登录用户（法制或监察岗位；列出时亦可为领导）", en: "the user signing in (legal or supervision post; the leader may list)")
    public static let remedyMissingOptions = Phrase(
        "remedy.missingOptions", zh: "录入结果须同时给出 --kind、--filed、--decided、--body 和 --number（缺：{0}）",
        en: "recording an outcome needs --kind, --filed, --decided, --body and --number (missing: {0})")

    static var remedyPhrases: [Phrase] {
        [remedyReview, remedyLitigation, resultUpheld, resultChanged, resultRevoked, resultUnlawful, resultDismissed, resultWithdrawn, remedyRefused,
         remedyBodyMissing, remedyNumberMissing, remedyDatesOrder, remedyInFuture, remedyNotDecided, remedyDuplicate, remedyRecorded, remedyCounts,
         remedyLine, remedyNone, badRemedyKind, badRemedyResult, badDate, helpReviewOutcome, helpRemedyCase, helpRemedyKind, helpRemedyResult,
         helpRemedyFiled, helpRemedyDecided, helpRemedyBody, helpRemedyNumber, helpRemedyNote, helpRemedyUser, remedyMissingOptions]
    }

    // MARK: The board's feed row
    public static let feedLagLabel = Phrase("boardFeed.label", zh: "报送滞后（超过{0}小时为红）：", en: "Feed lag (red over {0} h): ")
    public static let feedLagTarget = Phrase("boardFeed.target", zh: "{0} {1}条/{2}小时", en: "{0} {1} rec/{2} h")
    public static let feedLagNone = Phrase("boardFeed.none", zh: "未配置报送目标", en: "no feed targets configured")
    public static let feedLagError = Phrase("boardFeed.error", zh: "（出错）", en: " (failing)")

    static var feedPhrases: [Phrase] { [feedLagLabel, feedLagTarget, feedLagNone, feedLagError] }

    // MARK: The 复议/诉讼 outcome dialog
    public static let keyRemedy = Phrase("remedyDialog.key", zh: "复议诉讼结果", en: "review outcome")
    public static let remedyDialogTitle = Phrase("remedyDialog.title", zh: "录入复议、诉讼结果：{0}", en: "Review or litigation outcome: {0}")
    public static let fieldKind = Phrase("remedyDialog.kind", zh: "类型", en: "remedy")
    public static let fieldResult = Phrase("remedyDialog.result", zh: "结果", en: "outcome")
    public static let fieldFiled = Phrase("remedyDialog.filed", zh: "申请（起诉）日期", en: "filed on")
    public static let fieldDecided = Phrase("remedyDialog.decided", zh: "决定（裁判）日期", en: "decided on")
    public static let fieldBody = Phrase("remedyDialog.body", zh: "复议机关/法院", en: "review body/court")
    public static let fieldNumber = Phrase("remedyDialog.number", zh: "文号", en: "document number")
    public static let fieldNote = Phrase("remedyDialog.note", zh: "备注", en: "note")
    public static let remedyCountsHint = Phrase(
        "remedyDialog.countsHint", zh: "变更、撤销、确认违法计入季度考评“复议诉讼纠错”", en: "changed, revoked and found unlawful count in the evaluation")

    static var remedyDialogPhrases: [Phrase] {
        [keyRemedy, remedyDialogTitle, fieldKind, fieldResult, fieldFiled, fieldDecided, fieldBody, fieldNumber, fieldNote, remedyCountsHint]
    }

    public static var all: [Phrase] {
        [keyComplaints, keyDetail, keyHandle, keyScroll, listTitle, listEmpty, kindComplaint, kindOpinion, channelPhone, channelMailbox, channelInPerson,
         overdueMark, acceptBy, concludeBy, concludedOn, acceptLimit, concludeLimit, concludePending, extendedNote, detailTitle, receivedLine, complainant,
         subject, outcome, concernsCases, concernsOfficers, files, steps, none, actionsTitle, noActions, actionForPosts, actionExtended, noteTitle,
         noteRequired, noteOptional, noteMissing, acted, disabled] + remedyPhrases + feedPhrases + remedyDialogPhrases
    }
}
