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

    public static var all: [Phrase] {
        [keyComplaints, keyDetail, keyHandle, keyScroll, listTitle, listEmpty, kindComplaint, kindOpinion, channelPhone, channelMailbox, channelInPerson,
         overdueMark, acceptBy, concludeBy, concludedOn, acceptLimit, concludeLimit, concludePending, extendedNote, detailTitle, receivedLine, complainant,
         subject, outcome, concernsCases, concernsOfficers, files, steps, none, actionsTitle, noActions, actionForPosts, actionExtended, noteTitle,
         noteRequired, noteOptional, noteMissing, acted, disabled]
    }
}
