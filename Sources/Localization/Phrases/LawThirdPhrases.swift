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

    public static let all: [Phrase] = [
        otherAuthority, noReferral, referralMeasureNotGiven, referralInputMissing, authorityInBand,
    ]
}
