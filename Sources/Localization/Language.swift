/// The languages the catalogue carries. Chinese is the desk's first language; English sits beside
/// it so that every phrase can be read by a reviewer who does not read Chinese.
public enum Language: String, Sendable, CaseIterable, Codable {
    case zh
    case en

    /// Picks the language from a `--lang` value or a POSIX locale string (`en_US.UTF-8`, `zh_CN`),
    /// falling back to Chinese for anything unknown.
    public static func from(_ value: String?) -> Language {
        guard let value = value?.lowercased(), !value.isEmpty else { return .zh }
        return value.hasPrefix("en") ? .en : .zh
    }
}
