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

    public static var all: [Phrase] {
        [noFontInstalled, overrideFamilyNotInstalled, subsetFailed]
    }
}
