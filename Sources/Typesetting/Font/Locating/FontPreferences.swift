/// Which installed families to use, in order of preference: data, so a bureau that installs
/// other faces (or the standard changes) edits this table and no code.
public struct FontPreferences: Sendable, Equatable {
    /// The general Chinese font, used for every role without a face of its own, for every
    /// character a role's face lacks, and for page numbers: the first of these installed, else
    /// fontconfig's best face for `language`.
    public var general: [String]
    /// The language fontconfig is asked to cover fully when none of `general` is installed.
    public var language: String
    /// Each role's families; a role whose families are all missing uses the general font.
    public var roles: [FontRole: [String]]

    public init(general: [String], language: String, roles: [FontRole: [String]]) {
        self.general = general
        self.language = language
        self.roles = roles
    }

    /// GB/T 9704-2012 (党政机关公文格式): the title in 2号小标宋 (§7.3.1), the body in 3号仿宋
    /// (§5.2), first-level headings in 黑体 and second-level ones in 楷体 (§7.3.3), page numbers
    /// in 宋体 (§7.5). The faces go by their Chinese and English family names as commercial font
    /// packages install them. The general font is a Song face: AR PL UMing first (Debian's
    /// `fonts-arphic-uming`, the face documents have always been set in), then 思源宋体.
    public static let gbt9704 = FontPreferences(
        general: ["AR PL UMing CN", "Noto Serif CJK SC", "Source Han Serif SC", "Source Han Serif CN"],
        language: "zh-cn",
        roles: [
            .title: ["方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "FZXiaoBiaoSong-B05", "小标宋"],
            .heading: ["黑体", "SimHei", "方正黑体_GBK", "FZHei-B01", "楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi"],
            .body: ["仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "方正仿宋_GBK", "FZFangSong-Z02", "STFangsong"],
        ])
}
