/// The Chinese line-breaking table (禁则) shared by the terminal's wrapping (`DisplayWidth.wrap`)
/// and the PDF's line breaker (Typesetting's `LineBreakRules`), so a sentence breaks by the same
/// rules on screen and on paper (issue 14: the two had 22 and 48 no-start characters).
public enum LineBreakTable {
    /// Characters a line may not start with: closing punctuation, marks that follow.
    public static let cannotStartLine: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "”", "’", "〕", "】", "〗", "〉",
        "］", "｝", "〙", "〛", "〞", "〟", "％", "‰", "℃", "°", "·", "・", "．", "｡", "､", "〃", "々",
        "～", "ー", "ゝ", "ヽ",
        ",", ".", ";", ":", "?", "!", ")", "]", "}", "%",
    ]

    /// Characters a line may not end with (they belong to what follows): opening punctuation,
    /// currency and number signs.
    public static let cannotEndLine: Set<Character> = [
        "（", "《", "「", "『", "“", "‘", "〔", "【", "〖", "〈", "［", "｛", "〘", "〚", "〝", "·",
        "(", "[", "{", "￥", "¥", "$", "＄", "£", "€", "#", "＃", "№",
    ]

    /// Marks that come in pairs ("——", "……") and must stay on one line together.
    public static let unsplittablePairs: Set<Character> = ["—", "…", "⸺", "－"]
}
