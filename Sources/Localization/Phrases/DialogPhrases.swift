/// Phrases of the desk's dialogs added with the dialog stack (issue 14): keys that had only a
/// hint line before, and the desk fixes of the second pass.
public enum DialogPhrases {
    public static let keyPreviousField = Phrase("dialog.keyPreviousField", zh: "上一项", en: "previous field")
    public static let keyConfirm = Phrase("dialog.keyConfirm", zh: "确认", en: "confirm")
    public static let keyEditAgain = Phrase("dialog.keyEditAgain", zh: "返回编辑器修改", en: "back to the editor")
    public static let keyAbandon = Phrase("dialog.keyAbandon", zh: "放弃修改", en: "abandon")
    public static let keyNewUser = Phrase("dialog.keyNewUser", zh: "新增用户", en: "new user")
    public static let keyEditEntry = Phrase("dialog.keyEditEntry", zh: "用编辑器修改", en: "edit in the editor")
    public static let keyConfirmDraft = Phrase("dialog.keyConfirmDraft", zh: "确认草案生效", en: "confirm the draft")
    public static let keyMoreInHelp = Phrase("dialog.keyMoreInHelp", zh: "更多", en: "more")
    public static let officerLine = Phrase("dialog.officerLine", zh: "{0}（{1}）执法证 {2}，有效期至 {3}", en: "{0} ({1}) certificate {2}, valid until {3}")
    public static let officersHint = Phrase("dialog.officersHint", zh: "←→ 选择执法人员，空格勾选；本人已计入", en: "←→ choose an officer, Space ticks; you count already")
    public static let fieldMergeWith = Phrase("dialog.fieldMergeWith", zh: "并案的案件（同一当事人的在办案件）", en: "cases to merge (the party's open cases)")
    public static let mergeNone = Phrase("dialog.mergeNone", zh: "该当事人没有其他可并案的在办案件", en: "the party has no other open case to merge")
    public static let mergeHint = Phrase("dialog.mergeHint", zh: "←→ 选择案件，空格勾选", en: "←→ choose a case, Space ticks it")
    public static let mergeChoose = Phrase("dialog.mergeChoose", zh: "请勾选要并案的案件（←→ 选择，空格勾选）", en: "tick the cases to merge (←→ choose, Space ticks)")

    public static let all: [Phrase] = [
        keyPreviousField, keyConfirm, keyEditAgain, keyAbandon, keyNewUser, keyEditEntry, keyConfirmDraft, keyMoreInHelp, officerLine, officersHint, fieldMergeWith, mergeNone, mergeHint, mergeChoose,
    ]
}
