/// Phrases of finding fonts through fontconfig: the general font, the GB/T 9704 faces, fallbacks.
public enum FontPhrases {
    public static let noFontInstalled = Phrase(
        "font.noneInstalled",
        zh: "未找到中文字体（已通过 fontconfig 查找字体族：{0}；以及任何完整覆盖语言“{1}”的字体）。请安装 fonts-arphic-uming 或 fonts-noto-cjk，或将 POWERDESK_FONT（配置项 font）设为字体文件路径或已安装的字体族名称。",
        en: "No Chinese font was found (asked fontconfig for the families: {0}; and for any font fully covering the language “{1}”). Install fonts-arphic-uming or fonts-noto-cjk, or set POWERDESK_FONT (configuration key font) to a font file's path or an installed family's name.")
    public static let overrideFamilyNotInstalled = Phrase(
        "font.overrideFamilyNotInstalled",
        zh: "POWERDESK_FONT（配置项 font）指定的字体族“{0}”未安装（fc-list 中没有该字体族）。请安装该字体，或改为字体文件的路径，或删除此设置以使用系统中的中文字体。",
        en: "POWERDESK_FONT (configuration key font) names the family “{0}”, which is not installed (fc-list does not list it). Install it, give a font file's path instead, or remove the setting to use the system's Chinese font.")
    public static let subsetFailed = Phrase(
        "font.subsetFailed",
        zh: "无法从字体文件“{0}”中提取所用字形（HarfBuzz 子集化失败）。请重新安装该字体，或用 POWERDESK_FONT 指定其他字体。",
        en: "The glyphs used could not be cut out of the font file “{0}” (HarfBuzz subsetting failed). Reinstall the font, or set POWERDESK_FONT to another font.")


    // MARK: `config show`

    public static let reportGeneral = Phrase(
        "font.report.general",
        zh: "通用中文字体（经 fontconfig 选定）：{0}（{1}）",
        en: "General Chinese font (chosen through fontconfig): {0} ({1})")
    public static let reportRoleOwn = Phrase(
        "font.report.roleOwn",
        zh: "{0}：{1}（{2}）",
        en: "{0}: {1} ({2})")
    public static let reportRoleGeneral = Phrase(
        "font.report.roleGeneral",
        zh: "{0}：未安装（已查找 {1}），用通用中文字体",
        en: "{0}: not installed (looked for {1}); the general Chinese font is used")
    public static let reportFallback = Phrase(
        "font.report.fallback",
        zh: "通用字体缺少的字符（如人名中的生僻字）逐字改用已安装字体中含有该字的字体，都没有时印为方框并提示",
        en: "A character the general font lacks (a rare character in a name) is set in an installed font that has it; only when none has it is it printed as a box, with a warning")
    public static let reportFailed = Phrase(
        "font.report.failed",
        zh: "字体不可用：{0}",
        en: "No usable font: {0}")
    public static let roleTitle = Phrase("font.role.title", zh: "标题（GB/T 9704：小标宋）", en: "Title (GB/T 9704: Xiaobiaosong)")
    public static let roleHeading = Phrase("font.role.heading", zh: "层次标题（GB/T 9704：黑体、楷体）", en: "Headings (GB/T 9704: Hei, Kai)")
    public static let roleBody = Phrase("font.role.body", zh: "正文（GB/T 9704：仿宋）", en: "Body (GB/T 9704: FangSong)")

    public static var all: [Phrase] {
        [
            noFontInstalled, overrideFamilyNotInstalled, subsetFailed, reportGeneral, reportRoleOwn, reportRoleGeneral,
            reportFallback, reportFailed, roleTitle, roleHeading, roleBody,
        ]
    }
}
