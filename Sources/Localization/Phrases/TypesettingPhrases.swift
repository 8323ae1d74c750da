/// Phrases of the typesetting area: fonts and PDF output.
public enum TypesettingPhrases {
    // MARK: Finding and reading the font

    public static let environmentFontMissing = Phrase(
        "typesetting.font.environmentMissing",
        zh: "环境变量 POWERDESK_FONT 指向的字体文件“{0}”不存在。请更正该路径，或删除该变量以使用系统已安装的字体。",
        en: "POWERDESK_FONT points to “{0}”, which does not exist. Correct the path, or unset the variable to use an installed font.")
    public static let fontFileMissing = Phrase(
        "typesetting.font.fileMissing",
        zh: "字体文件“{0}”不存在。请检查路径是否正确。",
        en: "The font file “{0}” does not exist. Check the path.")
    public static let fontUnreadable = Phrase(
        "typesetting.font.unreadable",
        zh: "无法读取字体文件“{0}”。请检查该文件是否存在且当前用户有读取权限。",
        en: "The font file “{0}” cannot be read. Check that it exists and that this user may read it.")
    public static let fontDamaged = Phrase(
        "typesetting.font.damaged",
        zh: "字体文件“{0}”已损坏或格式不受支持：{1}。请重新安装字体，或用环境变量 POWERDESK_FONT 指定其他 TrueType 字体。",
        en: "The font file “{0}” is damaged or of an unsupported kind: {1}. Reinstall the font, or set POWERDESK_FONT to another TrueType font.")
    public static let fontFaceNotFound = Phrase(
        "typesetting.font.faceNotFound",
        zh: "字体集“{0}”中没有名为“{1}”的字体（其中有：{2}）。请改用其中之一，或指定其他字体文件。",
        en: "The font collection “{0}” has no face named “{1}” (it has: {2}). Choose one of those, or another font file.")

    // MARK: What is wrong inside a damaged font (the {1} of fontDamaged)

    public static let defectNotFont = Phrase(
        "typesetting.defect.notFont",
        zh: "文件内容不是 TrueType 字体",
        en: "the file is not a TrueType font")
    public static let defectPostScriptOutlines = Phrase(
        "typesetting.defect.postScriptOutlines",
        zh: "该字体使用可变 PostScript 轮廓（CFF2），本系统只支持 TrueType 与 CFF 轮廓",
        en: "it has variable PostScript (CFF2) outlines; only TrueType and CFF outlines are supported")
    public static let defectTruncated = Phrase(
        "typesetting.defect.truncated",
        zh: "“{0}”表的数据不完整",
        en: "the “{0}” table is truncated")
    public static let defectFileTruncated = Phrase(
        "typesetting.defect.fileTruncated",
        zh: "文件不完整，可能在下载或复制时中断",
        en: "the file is incomplete; a download or copy may have been cut short")
    public static let defectMissingTable = Phrase(
        "typesetting.defect.missingTable",
        zh: "缺少“{0}”表",
        en: "the “{0}” table is missing")
    public static let defectInvalidValue = Phrase(
        "typesetting.defect.invalidValue",
        zh: "“{0}”表中的数值无效",
        en: "the “{0}” table holds an invalid value")
    public static let defectNoUnicodeMap = Phrase(
        "typesetting.defect.noUnicodeMap",
        zh: "缺少 Unicode 字符映射表",
        en: "it has no Unicode character map")
    public static let defectBadGlyph = Phrase(
        "typesetting.defect.badGlyph",
        zh: "第{0}号字形的数据有误",
        en: "glyph {0} is malformed")

    // MARK: Writing the PDF

    public static let compressionFailed = Phrase(
        "typesetting.pdf.compressionFailed",
        zh: "生成 PDF 时压缩数据失败（zlib 错误 {0}）。请重试；如仍失败，请联系技术支持。",
        en: "Compressing the PDF data failed (zlib error {0}). Try again; if it fails again, contact support.")
    public static let missingGlyphs = Phrase(
        "typesetting.pdf.missingGlyphs",
        zh: "字体中没有以下字符，PDF 中将显示为方框：{0}。请核对文字，或改用包含这些字符的字体。",
        en: "The font lacks these characters, which will show as boxes in the PDF: {0}. Check the text, or use a font that has them.")

    public static var all: [Phrase] {
        [
            environmentFontMissing, fontFileMissing, fontUnreadable, fontDamaged, fontFaceNotFound,
            defectNotFont, defectPostScriptOutlines, defectTruncated, defectFileTruncated, defectMissingTable, defectInvalidValue,
            defectNoUnicodeMap, defectBadGlyph,
            compressionFailed, missingGlyphs,
        ]
    }
}
