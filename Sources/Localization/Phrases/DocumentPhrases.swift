/// Phrases of the documents area: templates, rendering, printing and archives.
public enum DocumentPhrases {
    // MARK: Templates (reported as file:line:column: message)

    public static let templateSyntax = Phrase(
        "document.template.syntax",
        zh: "模板语法有误：{0}。请检查花括号是否成对、区块的开始与结束名称是否一致。",
        en: "Template syntax error: {0}. Check that braces pair up and each section ends with its own name.")
    public static let templateUnknownTag = Phrase(
        "document.template.unknownTag",
        zh: "模板引用了未知字段“{0}”；可用字段见README“文书模板”一节。",
        en: "The template names an unknown field “{0}”; the README's section on document templates lists the fields.")
    public static let templateUnknownPartial = Phrase(
        "document.template.unknownPartial",
        zh: "模板引用的公共片段“{0}”不存在，请在templates目录下新建{0}.mustache。",
        en: "The shared part “{0}” the template includes does not exist; create {0}.mustache in the templates folder.")
    public static let templateLineWithoutPrefix = Phrase(
        "document.template.noPrefix",
        zh: "此行没有排版标记。每行须以标记开头：“= ”标题、“^ ”居中、“# ”小标题、“: ”顶格、“  ”（两个空格）段落、“> ”右对齐、“. ”小字、“| ”表格、“---”横线、“~~~”分页。",
        en: "This line has no layout mark. Each line starts with one: “= ” title, “^ ” centred, “# ” heading, “: ” flush left, “  ” (two spaces) paragraph, “> ” right-aligned, “. ” small print, “| ” table, “---” rule, “~~~” page break.")
    public static let templateMissing = Phrase(
        "document.template.missing",
        zh: "文书“{0}”（{1}）没有模板，请新建templates/{1}.mustache。",
        en: "The document “{0}” ({1}) has no template; create templates/{1}.mustache.")
    public static let templateUnused = Phrase(
        "document.template.unused",
        zh: "模板“{0}”没有对应的文书类型，也未被其他模板引用。",
        en: "The template “{0}” belongs to no document type and no other template includes it.")

    // MARK: Rendering and output

    public static let renderFailed = Phrase(
        "document.renderFailed",
        zh: "无法生成“{0}”：{1}。本次操作未保存，请管理员检查文书模板后重试。",
        en: "“{0}” could not be produced: {1}. Nothing was saved; ask an admin to check the document template, then try again.")
    public static let unknownDocument = Phrase(
        "document.unknown",
        zh: "没有编号为{0}的文书，请用“powerdesk doc list 办件号”查看本案文书。",
        en: "There is no document {0}; list a case's documents with “powerdesk doc list CASE”.")
    public static let notYourDocument = Phrase(
        "document.correction.notYourPost",
        zh: "只有“{0}”岗位可以更正此文书。",
        en: "Only the post “{0}” may correct this document.")
    public static let correctionNeedsReason = Phrase(
        "document.correction.needsReason",
        zh: "更正文书须写明更正理由。",
        en: "A correction needs its reason.")
    public static let alreadyReplaced = Phrase(
        "document.correction.alreadyReplaced",
        zh: "此文书已被{0}更正替代，请更正最新的文书。",
        en: "This document was already replaced by {0}; correct the latest one.")
    public static let hashMismatch = Phrase(
        "document.hashMismatch",
        zh: "文书{0}的内容与审计记录中的摘要不符，可能被篡改。",
        en: "Document {0} does not match the digest in the audit trail; it may have been altered.")
    public static let copyMark = Phrase("document.copyMark", zh: "副本", en: "COPY")
    public static let replacedMark = Phrase("document.replacedMark", zh: "已被更正", en: "REPLACED")
    public static let fontLacksChinese = Phrase(
        "document.fontLacksChinese",
        zh: "字体“{0}”不含中文字形，文书会印成方框。请安装 fonts-arphic-uming，或将 POWERDESK_FONT 指向中文字体文件。",
        en: "The font “{0}” has no Chinese glyphs; documents would print as boxes. Install fonts-arphic-uming, or point POWERDESK_FONT at a Chinese font file.")
    public static let correctionLine = Phrase(
        "document.correctionLine",
        zh: "本文书更正并替代{0}。更正理由：{1}。",
        en: "This document corrects and replaces {0}; reason: {1}")
    public static let printed = Phrase(
        "document.printed",
        zh: "已送打印机“{0}”：{1}",
        en: "Sent to the printer “{0}”: {1}")
    public static let printFailed = Phrase(
        "document.printFailed",
        zh: "打印失败（{0}），文书已保存到：{1}，可稍后手动打印。",
        en: "Printing failed ({0}); the document was written to {1} and can be printed by hand later.")
    public static let outputUnwritable = Phrase(
        "document.outputUnwritable",
        zh: "无法写入{0}：{1}。请换一个目录，或检查磁盘空间与权限。",
        en: "Cannot write {0}: {1}. Choose another folder or check disk space and permissions.")

    public static let causeNoSpace = Phrase("document.cause.noSpace", zh: "磁盘空间不足", en: "the disk is full")
    public static let causeNoPermission = Phrase("document.cause.noPermission", zh: "没有写入权限", en: "no permission to write there")
    public static let causeNoFolder = Phrase("document.cause.noFolder", zh: "目录不存在", en: "the folder does not exist")
    public static let causeIsFolder = Phrase("document.cause.isFolder", zh: "这是一个目录，请给出文件名", en: "that is a folder; give a file name")
    public static let causeOther = Phrase("document.cause.other", zh: "系统错误（{0}）", en: "system error ({0})")

    // MARK: Archive

    public static let archiveCover = Phrase("document.archive.cover", zh: "卷宗封面", en: "Cover")
    public static let archiveContents = Phrase("document.archive.contents", zh: "卷内目录", en: "Contents")
    public static let archiveOpinions = Phrase("document.archive.opinions", zh: "审批意见", en: "Opinions")
    public static let archiveMaterials = Phrase("document.archive.materials", zh: "材料清单", en: "Materials")
    public static let archiveAudit = Phrase("document.archive.audit", zh: "操作记录", en: "Audit trail")

    public static var all: [Phrase] {
        [
            templateSyntax, templateUnknownTag, templateUnknownPartial, templateLineWithoutPrefix, templateMissing, templateUnused,
            renderFailed, unknownDocument, notYourDocument, correctionNeedsReason, alreadyReplaced, hashMismatch, copyMark, replacedMark, fontLacksChinese,
            correctionLine, printed, printFailed, outputUnwritable, causeNoSpace, causeNoPermission, causeNoFolder,
            causeIsFolder, causeOther,
            archiveCover, archiveContents, archiveOpinions, archiveMaterials, archiveAudit,
        ]
    }
}
