import Foundation

/// The character set the user's terminal speaks, as the locale settings name it. A clerk's
/// PuTTY or Xshell set to GBK shows UTF-8 as garbage, so the desk must know before it draws.
enum TerminalEncoding {
    /// Codesets a Chinese desk can be drawn in: ncursesw converts its wide characters to them.
    static let chineseCapable: Set<String> = ["UTF8", "GB18030", "GBK", "GB2312", "EUCCN"]

    /// The locale in force by POSIX precedence (`LC_ALL`, then `LC_CTYPE`, then `LANG`), or nil.
    static func localeName(_ environment: [String: String]) -> String? {
        ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
    }

    /// The codeset the locale names ("zh_CN.GBK" → "GBK", "en_US.utf8@euro" → "UTF8"), normalised
    /// to upper case without `-` and `_`; nil when it names none ("C", "POSIX", "zh_CN").
    static func codeset(_ environment: [String: String]) -> String? {
        guard let name = localeName(environment), let dot = name.firstIndex(of: ".") else { return nil }
        let codeset = name[name.index(after: dot)...].prefix { $0 != "@" }
        let normalised = codeset.uppercased().filter { $0 != "-" && $0 != "_" }
        return normalised.isEmpty ? nil : normalised
    }

    /// Whether the C library has the locale (only then can curses draw in its codeset).
    static func isInstalled(_ locale: String) -> Bool {
        let previous = setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? "C"
        defer { setlocale(LC_CTYPE, previous) }
        return setlocale(LC_CTYPE, locale) != nil
    }

    /// `text` in `codeset` through iconv, characters it lacks transliterated or replaced; nil
    /// when iconv does not know the codeset.
    static func encode(_ text: String, as codeset: String) -> Data? {
        let converter = iconv_open(codeset + "//TRANSLIT", "UTF-8")
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 4 + 16)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress
                var outLeft = outBuffer.count
                while inLeft > 0 {
                    if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) == Int(bitPattern: UInt(bitPattern: -1)) {
                        // A character the codeset lacks even transliterated: a question mark.
                        guard errno == EILSEQ, outLeft > 0, let current = inPointer else { return nil }
                        outPointer?.pointee = CChar(UInt8(ascii: "?"))
                        outPointer = outPointer?.advanced(by: 1)
                        outLeft -= 1
                        let skip = max(1, Self.sequenceLength(UInt8(bitPattern: current.pointee)))
                        inPointer = current.advanced(by: min(skip, inLeft))
                        inLeft -= min(skip, inLeft)
                    }
                }
                return outBuffer.count - outLeft
            }
        }
        guard let written else { return nil }
        return Data(output.prefix(written).map { UInt8(bitPattern: $0) })
    }

    /// The length of the UTF-8 sequence that starts with `lead`.
    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }
}
