/// Phrases of the second legal pass (issue 12): periods, correction orders, hearings, review.
public enum LawPhrases {
    // MARK: Periods (民法典 Art. 203)

    public static let dueMoved = Phrase(
        "law.dueMoved",
        zh: "原届满日{0}为法定休假日，依照{1}顺延",
        en: "the last day {0} is a rest day; moved under {1}")

    // MARK: Correction is not a penalty (行政处罚法 Art. 28)

    public static let measuresAreNoPenalty = Phrase(
        "law.measuresAreNoPenalty",
        zh: "处理意见只有责令改正等措施，没有《行政处罚法》第9条规定的处罚：依第28条，责令改正不是行政处罚，不能作出行政处罚决定书；请选择“责令限期改正”，以责令限期改正通知书设定改正期限",
        en: "the proposal holds only measures such as an order to correct, no penalty of Art. 9 of the Administrative Penalty Law: under Art. 28 an order to correct is not a penalty and cannot be a penalty decision; choose \"order correction within a period\", whose notice sets the period")
    public static let notMeasuresOnly = Phrase(
        "law.notMeasuresOnly",
        zh: "处理意见含有行政处罚“{0}”：责令限期改正通知书只能责令改正；有处罚的，须经法制审核、事先告知后作出行政处罚决定书（《行政处罚法》第28条、第58条、第62条）",
        en: "the proposal holds the penalty \"{0}\": a correction order may only order correction; a penalty needs legal review and prior notice and is decided by a penalty decision (Administrative Penalty Law Arts. 28, 58, 62)")
    public static let noMeasure = Phrase(
        "law.noMeasure",
        zh: "处理意见没有任何措施：责令限期改正须至少责令改正一项",
        en: "the proposal orders nothing: a correction order must order at least the correction")
    public static let levelNeedsCorrectionRunOut = Phrase(
        "law.levelNeedsCorrectionRunOut",
        zh: "裁量等级“{0}”须在责令改正期限届满、复查确认逾期未改正（{1}）之后适用（《行政处罚法》第28条）；请先作出责令限期改正",
        en: "the level \"{0}\" applies only after a correction order's period ran out and the review found it not complied with ({1}) (Administrative Penalty Law Art. 28); order correction first")
    public static let levelUnknownAction = Phrase(
        "law.levelUnknownAction",
        zh: "裁量等级“{0}”的after-action“{1}”不是本事项任何程序中的操作",
        en: "level \"{0}\" names after-action \"{1}\", which no procedure of the item offers")

    // MARK: Hearings (行政处罚法 Art. 63, 64)

    public static let noHearingRight = Phrase(
        "law.noHearingRight",
        zh: "拟作出的处罚不属于《行政处罚法》第63条规定的听证范围（较大数额罚款、没收较大数额违法所得或者较大价值非法财物、吊销许可证件、责令停产停业等），当事人可以陈述、申辩，不能要求听证",
        en: "the proposed penalty is not one for which Art. 63 of the Administrative Penalty Law gives a hearing (a larger fine, confiscation of larger gains or property, revocation, suspension …); the party may state a case but not ask for a hearing")
    public static let hearingNotConfigured = Phrase(
        "law.hearingNotConfigured",
        zh: "程序定义未设定听证的较大数额标准（hearing-fine-person-yuan、hearing-fine-organization-yuan、hearing-confiscation-yuan），请管理员补充",
        en: "the procedure does not set the hearing thresholds (hearing-fine-person-yuan, hearing-fine-organization-yuan, hearing-confiscation-yuan); ask an administrator")
    public static let hearingGroundFine = Phrase("law.hearingGroundFine", zh: "罚款{0}以上（第63条第1款第（一）项）", en: "a fine of {0} or more (Art. 63(1)(i))")
    public static let hearingGroundGains = Phrase("law.hearingGroundGains", zh: "没收违法所得{0}以上（第63条第1款第（二）项）", en: "confiscated gains of {0} or more (Art. 63(1)(ii))")
    public static let hearingGroundProperty = Phrase("law.hearingGroundProperty", zh: "没收非法财物（第63条第1款第（二）项）", en: "confiscation of illegal property (Art. 63(1)(ii))")
    public static let hearingGroundRevoke = Phrase("law.hearingGroundRevoke", zh: "吊销许可证件（第63条第1款第（三）项）", en: "revocation (Art. 63(1)(iii))")
    public static let hearingGroundSuspend = Phrase("law.hearingGroundSuspend", zh: "责令停止活动（第63条第1款第（四）项）", en: "suspension of activities (Art. 63(1)(iv))")

    // MARK: Legal review after a hearing, collective discussion (行政处罚法 Art. 57 ②, 58)

    public static let collectiveRequired = Phrase(
        "law.collectiveRequired",
        zh: "本案属情节复杂或者重大违法行为（{0}），依《行政处罚法》第57条第2款，须经本局负责人集体讨论并记录后再作出处罚决定",
        en: "this is a complex or major case ({0}); under Art. 57(2) of the Administrative Penalty Law the heads must discuss it collectively, with minutes, before the penalty is decided")
    public static let collectiveNotConfigured = Phrase(
        "law.collectiveNotConfigured",
        zh: "程序定义未设定集体讨论的罚款标准（collective-fine-yuan），请管理员补充",
        en: "the procedure does not set the fine that calls for collective discussion (collective-fine-yuan); ask an administrator")
    public static let majorFine = Phrase("law.majorFine", zh: "罚款{0}以上", en: "a fine of {0} or more")
    public static let majorSanction = Phrase("law.majorSanction", zh: "吊销或者责令停止活动", en: "revocation or suspension")
    public static let majorHearing = Phrase("law.majorHearing", zh: "经过听证", en: "a hearing was held")

    // MARK: Transfer to the judiciary (行政处罚法 Art. 27)

    public static let noCriminalClause = Phrase(
        "law.noCriminalClause",
        zh: "本事项依据的条款没有“构成犯罪的，依法追究刑事责任”的规定，不能以移送司法机关结案；涉嫌其他犯罪的，请依《行政处罚法》第27条另行移送",
        en: "the article of this item does not provide that a crime is prosecuted; the case cannot end in a transfer to the judiciary; transfer other suspected crimes separately under Art. 27")

    public static let all: [Phrase] = [
        dueMoved,
        measuresAreNoPenalty, notMeasuresOnly, noMeasure, levelNeedsCorrectionRunOut, levelUnknownAction,
        noHearingRight, hearingNotConfigured, hearingGroundFine, hearingGroundGains, hearingGroundProperty, hearingGroundRevoke, hearingGroundSuspend,
        collectiveRequired, collectiveNotConfigured, majorFine, majorSanction, majorHearing,
        noCriminalClause,
    ]
}
