/// Phrases of the third part of the second legal pass (issue 12): competence (条例 Arts. 65, 72 ②,
/// 73), the large religious activity licence (条例 Art. 42).
public enum LawThirdPhrases {
    // MARK: Competence: measures of another authority are proposed, not decided

    public static let otherAuthority = Phrase(
        "law3.otherAuthority",
        zh: "“{0}”依{2}由{1}作出，不是本局的处罚权限，不能写入本局的处理意见或者决定；请以“向有关机关提出处理建议”制作处理建议书，向该机关提出",
        en: "\"{0}\" is decided by {1} under {2}, not by this bureau: it cannot be part of the bureau's proposal or decision; use \"propose to the competent authority\" to send it a written proposal")
    public static let noReferral = Phrase(
        "law3.noReferral",
        zh: "本事项依据的条款（{0}）没有规定由其他机关作出的措施，无需向有关机关提出处理建议",
        en: "the article of this item ({0}) gives no measure to another authority; there is nothing to propose")
    public static let referralMeasureNotGiven = Phrase(
        "law3.referralMeasureNotGiven",
        zh: "建议事项“{0}”不是{2}规定由其他机关作出的措施；本事项可以建议的是：{1}",
        en: "\"{0}\" is not a measure {2} gives to another authority; this item may propose: {1}")
    public static let referralInputMissing = Phrase(
        "law3.referralInputMissing",
        zh: "“{0}”须声明输入项“{1}”（建议事项）",
        en: "\"{0}\" must declare the input \"{1}\" (the measure proposed)")
    public static let authorityInBand = Phrase(
        "law3.authorityInBand",
        zh: "裁量等级“{0}”含有“{1}”，该措施由{2}作出（authority）：本局不作出，请从等级中删除，由处理建议书提出",
        en: "the level \"{0}\" holds \"{1}\", which {2} decides (authority): the bureau does not; remove it from the level and propose it instead")

    // MARK: 大型宗教活动 (条例 Art. 42)

    public static let applicationTooLate = Phrase(
        "law3.applicationTooLate",
        zh: "申请于{0}收到，距{1}（{2}）不足{3}：依{4}，应当在拟举行日的{3}前提出申请；请作出不予受理决定，或者请申请人调整活动日期后重新申请",
        en: "the application was received on {0}, less than {3} before {1} ({2}): under {4} it must come {3} before the day; refuse it, or ask the applicant to apply again with a later date")
    public static let notFiledWithProvince = Phrase(
        "law3.notFiledWithProvince",
        zh: "准予许可的决定尚未报省级人民政府宗教事务部门备案（《宗教事务条例》第42条）：请先“报省级宗教事务部门备案”，登记备案日期",
        en: "the approval has not been filed with the provincial religious affairs department (Regulations Art. 42): file it first, recording the date")
    public static let noExtension = Phrase(
        "law3.noExtension",
        zh: "本事项的办理期限依{0}确定，法规另有规定，不适用《行政许可法》第42条的延期",
        en: "this item's limit is set by {0}, which the licensing law's Art. 42 extension does not apply to")
    public static let recordedDateInFuture = Phrase(
        "law3.recordedDateInFuture",
        zh: "{0}“{1}”晚于今天：只能登记已经发生的事项",
        en: "{0} \"{1}\" is after today: only what has happened can be recorded")
    public static let leadFactNotDate = Phrase(
        "law3.leadFactNotDate",
        zh: "application-lead 的 before“{0}”不是本事项必填的日期信息",
        en: "application-lead's before \"{0}\" is not a required date fact of this item")

    public static let all: [Phrase] = [
        otherAuthority, noReferral, referralMeasureNotGiven, referralInputMissing, authorityInBand,
        applicationTooLate, notFiledWithProvince, noExtension, recordedDateInFuture, leadFactNotDate,
    ]
}
