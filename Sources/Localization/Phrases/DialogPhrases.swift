/// Phrases of the desk's dialogs added with the dialog stack (issue 14): keys that had only a
/// hint line before, and the desk fixes of the second pass.
public enum DialogPhrases {
    public static let fieldActionInput = Phrase("dialog.fieldActionInput", zh: "办理信息", en: "particulars")
    public static let keyPreviousField = Phrase("dialog.keyPreviousField", zh: "上一项", en: "previous field")
    public static let keyConfirm = Phrase("dialog.keyConfirm", zh: "确认", en: "confirm")
    public static let keyEditAgain = Phrase("dialog.keyEditAgain", zh: "返回编辑器修改", en: "back to the editor")
    public static let keyAbandon = Phrase("dialog.keyAbandon", zh: "放弃修改", en: "abandon")
    public static let keyNewUser = Phrase("dialog.keyNewUser", zh: "新增用户", en: "new user")
    public static let keyEditEntry = Phrase("dialog.keyEditEntry", zh: "用编辑器修改", en: "edit in the editor")
    public static let keyConfirmDraft = Phrase("dialog.keyConfirmDraft", zh: "确认草案生效", en: "confirm the draft")
    public static let fieldFellowOfficers = Phrase("dialog.fieldFellowOfficers", zh: "协办执法人员（勾选）", en: "fellow officers (tick)")
    public static let officerLine = Phrase("dialog.officerLine", zh: "{0}（{1}）执法证 {2}，有效期至 {3}", en: "{0} ({1}) certificate {2}, valid until {3}")
    public static let officersHint = Phrase("dialog.officersHint", zh: "←→ 选择执法人员，空格勾选；本人已计入", en: "←→ choose an officer, Space ticks; you count already")
    public static let fieldMergeWith = Phrase("dialog.fieldMergeWith", zh: "并案的案件（同一当事人的在办案件）", en: "cases to merge (the party's open cases)")
    public static let mergeNone = Phrase("dialog.mergeNone", zh: "该当事人没有其他可并案的在办案件", en: "the party has no other open case to merge")
    public static let mergeHint = Phrase("dialog.mergeHint", zh: "←→ 选择案件，空格勾选", en: "←→ choose a case, Space ticks it")
    public static let mergeChoose = Phrase("dialog.mergeChoose", zh: "请勾选要并案的案件（←→ 选择，空格勾选）", en: "tick the cases to merge (←→ choose, Space ticks)")
    public static let keyFiles = Phrase("dialog.keyFiles", zh: "案卷附件", en: "case files")
    public static let keyView = Phrase("dialog.keyView", zh: "查看", en: "view")
    public static let keyAttach = Phrase("dialog.keyAttach", zh: "归档文件", en: "file a file")
    public static let keyExport = Phrase("dialog.keyExport", zh: "导出到发件夹", en: "export to the outbox")
    public static let keyComplete = Phrase("dialog.keyComplete", zh: "补全路径", en: "complete the path")
    public static let keyChooseEntry = Phrase("dialog.keyChooseEntry", zh: "选择材料或证据", en: "choose the material or evidence")
    public static let filesNone = Phrase("dialog.filesNone", zh: "本案尚无附件", en: "no files filed yet")
    public static let waitingNone = Phrase("dialog.waitingNone", zh: "投递文件夹中没有待归档文件", en: "nothing waits in the drop folder")
    public static let evidenceEntry = Phrase("dialog.evidenceEntry", zh: "证据：{0}", en: "evidence: {0}")
    public static let bytes = Phrase("dialog.bytes", zh: "{0} 字节", en: "{0} bytes")
    public static let exportOnlyFiled = Phrase("dialog.exportOnlyFiled", zh: "只能导出已归档的附件；待归档文件请先按 a 归档", en: "only filed files are exported; file a waiting one first with a")
    public static let exported = Phrase("dialog.exported", zh: "已导出到 {0}", en: "exported to {0}")
    public static let fieldPath = Phrase("dialog.fieldPath", zh: "文件路径（Tab 补全）", en: "file path (Tab completes)")
    public static let fieldEntry = Phrase("dialog.fieldEntry", zh: "归入（←→ 选择）", en: "filed as (←→ choose)")
    public static let attachTitle = Phrase("dialog.attachTitle", zh: "归档文件到 {0}", en: "file into {0}")
    public static let pathRequired = Phrase("dialog.pathRequired", zh: "请填写要归档的文件路径（Tab 补全）", en: "type the path of the file to file (Tab completes)")
    public static let imageSize = Phrase("dialog.imageSize", zh: "图像 {0}×{1} 像素", en: "image {0}×{1} pixels")
    public static let fileFacts = Phrase("dialog.fileFacts", zh: "{0}，{1} 字节", en: "{0}, {1} bytes")
    public static let filed = Phrase("dialog.filed", zh: "已将 {0} 归档到 {1}", en: "{0} filed into {1}")
    public static let noText = Phrase("dialog.noText", zh: "（此文件没有可在终端显示的文字；可按 o 导出后查看）", en: "(nothing a terminal can show; export it with o to view it)")
    public static let pdfUnreadable = Phrase(
        "dialog.pdfUnreadable", zh: "（PDF 文件已损坏或无法读取，无法显示文字；可按 o 导出后用其他软件打开）",
        en: "(the PDF is damaged or unreadable: no text can be shown; export it with o and try another program)")
    public static let noPdftotext = Phrase("dialog.noPdftotext", zh: "（未安装 pdftotext，无法显示 PDF 文字）", en: "(pdftotext is not installed: the PDF's text cannot be shown)")

    public static let all: [Phrase] = [
        fieldActionInput, keyPreviousField, keyConfirm, keyEditAgain, keyAbandon, keyNewUser, keyEditEntry, keyConfirmDraft, fieldFellowOfficers, officerLine, officersHint, fieldMergeWith, mergeNone, mergeHint, mergeChoose,
        keyFiles, keyView, keyAttach, keyExport, keyComplete, keyChooseEntry, filesNone, waitingNone, evidenceEntry, bytes, exportOnlyFiled,
        exported, fieldPath, fieldEntry, attachTitle, pathRequired, imageSize, fileFacts, filed, noText, noPdftotext, pdfUnreadable,
    ]
}
