/// Phrases of case files: attachments, the drop folder, the register of parties.
public enum CaseFilePhrases {
    public static let unknownKind = Phrase("casefile.unknownKind",
        zh: "无法识别文件“{0}”的格式；可归档的格式：{1}",
        en: "the format of \"{0}\" is not recognised; files that can be filed: {1}")
    public static let program = Phrase("casefile.program",
        zh: "文件“{0}”的内容是可执行程序（{1}），不是文档或图片，不予归档",
        en: "\"{0}\" holds a program ({1}), not a document or an image; it is not filed")
    public static let notMaterial = Phrase("casefile.notMaterial",
        zh: "“{0}”不是本事项的材料；可用的材料：{1}；证据请用 --evidence 标明",
        en: "\"{0}\" is not a material of this item; its materials: {1}; file evidence with --evidence")
    public static let entryRequired = Phrase("casefile.entryRequired",
        zh: "请指明附件归入哪项材料（--material）或哪项证据（--evidence）",
        en: "say which material (--material) or evidence entry (--evidence) the file belongs to")
    public static let readOnlyPost = Phrase("casefile.readOnlyPost",
        zh: "只读岗位不能归档附件",
        en: "a read-only post cannot file attachments")
    public static let caseClosed = Phrase("casefile.caseClosed",
        zh: "案件已办结，不能再归档附件",
        en: "the case is concluded; no more files can be filed")
    public static let attached = Phrase("casefile.attached",
        zh: "已归档：{0}（{1}，{2} 字节，SHA-256 {3}）",
        en: "filed: {0} ({1}, {2} bytes, SHA-256 {3})")
    public static let alreadyAttached = Phrase("casefile.alreadyAttached",
        zh: "该文件已在本案的“{0}”下归档（SHA-256 {1}）",
        en: "this file is already filed under \"{0}\" in this case (SHA-256 {1})")
    public static let materialReceived = Phrase("casefile.materialReceived",
        zh: "材料“{0}”记为已收",
        en: "material \"{0}\" recorded as received")
    public static let fileMissing = Phrase("casefile.fileMissing",
        zh: "文件 {0} 不存在",
        en: "the file {0} does not exist")
    public static let notRegularFile = Phrase("casefile.notRegularFile",
        zh: "{0} 不是普通文件（目录、设备或管道不能归档）",
        en: "{0} is not a regular file (a folder, device or pipe cannot be filed)")
    public static let unreadable = Phrase("casefile.unreadable",
        zh: "无法读取文件 {0}：{1}",
        en: "the file {0} cannot be read: {1}")
    public static let changedWhileReading = Phrase("casefile.changedWhileReading",
        zh: "文件 {0} 在读取时被修改（可能仍在扫描或传输中）；请等传输完成后再归档",
        en: "the file {0} changed while it was read (a scan or transfer still running?); file it once it is complete")
    public static let outsideAllowed = Phrase("casefile.outsideAllowed",
        zh: "{0} 不在允许归档的目录中（{1}）；请先把文件放入收件目录 ~/powerdesk-inbox",
        en: "{0} is not in a folder files may be filed from ({1}); put it into the drop folder ~/powerdesk-inbox first")
    public static let filesTitle = Phrase("casefile.filesTitle",
        zh: "{0} 的案卷附件（{1} 份）",
        en: "files of {0} ({1})")
    public static let fileLine = Phrase("casefile.fileLine",
        zh: "{0}  {1}  {2}  {3} 字节  {4}  {5} {6}",
        en: "{0}  {1}  {2}  {3} bytes  {4}  {5} {6}")
    public static let evidenceMark = Phrase("casefile.evidenceMark", zh: "证据", en: "evidence")
    public static let materialMark = Phrase("casefile.materialMark", zh: "材料", en: "material")
    public static let noFiles = Phrase("casefile.noFiles", zh: "{0} 没有附件", en: "{0} has no files")
    public static let unknownFile = Phrase("casefile.unknownFile",
        zh: "案件 {0} 没有以 {1} 开头的附件",
        en: "case {0} has no file whose SHA-256 starts with {1}")
    public static let ambiguousFile = Phrase("casefile.ambiguousFile",
        zh: "以 {0} 开头的附件不止一份，请多写几位",
        en: "more than one file starts with {0}; give more of the digest")
    public static let inboxTitle = Phrase("casefile.inboxTitle",
        zh: "待归档文件（{0}）",
        en: "files waiting to be filed ({0})")
    public static let inboxEmpty = Phrase("casefile.inboxEmpty",
        zh: "收件目录 {0} 中没有待归档文件",
        en: "no files wait in the drop folder {0}")
    public static let inboxLine = Phrase("casefile.inboxLine",
        zh: "{0}  {1}  {2} 字节",
        en: "{0}  {1}  {2} bytes")
    public static let inboxMoved = Phrase("casefile.inboxMoved",
        zh: "收件目录中的原文件已移入 {0}",
        en: "the file in the drop folder was moved to {0}")
    public static let auditAttachmentMismatch = Phrase("casefile.auditAttachmentMismatch",
        zh: "附件内容与其 SHA-256 不符：{0}（案卷附件被改动）",
        en: "an attachment no longer matches its SHA-256: {0} (a filed file was altered)")
    public static let auditAttachmentUnaudited = Phrase("casefile.auditAttachmentUnaudited",
        zh: "案件 {0} 的附件 {1} 没有审计记录（未经系统归档）",
        en: "file {1} of case {0} has no audit record (it was not filed through PowerDesk)")
    public static let partyNameDiffers = Phrase("casefile.partyNameDiffers",
        zh: "证件号码 {0} 已登记为“{1}”（办件：{2}），与本次填写的“{3}”不同；如属更名或名称更正，请填写理由后再提交，否则请核对名称",
        en: "the identity number {0} is registered as \"{1}\" (cases: {2}), not \"{3}\"; if the party was renamed or the name is being corrected, give the reason, else check the name")
    public static let partyUnknown = Phrase("casefile.partyUnknown",
        zh: "证件号码 {0} 尚未登记过当事人",
        en: "no party is registered under the identity number {0}")
    public static let partyNamesTitle = Phrase("casefile.partyNamesTitle", zh: "登记名称：", en: "names registered:")
    public static let partyNameLine = Phrase("casefile.partyNameLine", zh: "  {0}  自 {1}（{2}）", en: "  {0}  since {1} ({2})")
    public static let partyRenameLine = Phrase("casefile.partyRenameLine", zh: "  {0}  自 {1}（{2}，更名理由：{3}）", en: "  {0}  since {1} ({2}, reason: {3})")
    public static let partyCasesTitle = Phrase("casefile.partyCasesTitle", zh: "办件（{0} 件）：", en: "cases ({0}):")
    public static let partyCaseLine = Phrase("casefile.partyCaseLine", zh: "  {0}  {1}  {2}  {3}  {4}", en: "  {0}  {1}  {2}  {3}  {4}")
    public static let deskRegistered = Phrase("casefile.deskRegistered",
        zh: "已登记：{0}（{1}）",
        en: "registered: {0} ({1})")
    public static let deskRegisteredOther = Phrase("casefile.deskRegisteredOther",
        zh: "已登记为“{0}”（{1}）；名称不同，须填更名理由",
        en: "registered as \"{0}\" ({1}); names differ: give the reason")
    public static let fieldRenameReason = Phrase("casefile.fieldRenameReason", zh: "更名理由", en: "Reason for the new name")
    public static let detailQueryCode = Phrase("casefile.detailQueryCode", zh: "查询码：{0}", en: "Query code: {0}")
    public static let detailFilesTitle = Phrase("casefile.detailFilesTitle", zh: "案卷附件", en: "Files")
    public static let detailFileLine = Phrase("casefile.detailFileLine", zh: "{0}·{1}：{2}（{3}，{4}）", en: "{0} · {1}: {2} ({3}, {4})")

    public static let all: [Phrase] = [
        unknownKind, program, notMaterial, entryRequired, readOnlyPost, caseClosed, attached, alreadyAttached, materialReceived,
        fileMissing, notRegularFile, unreadable, changedWhileReading, outsideAllowed, filesTitle, fileLine, evidenceMark,
        materialMark, noFiles, unknownFile, ambiguousFile, inboxTitle, inboxEmpty, inboxLine, inboxMoved, auditAttachmentMismatch,
        auditAttachmentUnaudited, partyNameDiffers, partyUnknown, partyNamesTitle, partyNameLine, partyRenameLine, partyCasesTitle, partyCaseLine,
        deskRegistered, deskRegisteredOther, fieldRenameReason, detailQueryCode, detailFilesTitle, detailFileLine,
    ]
}
