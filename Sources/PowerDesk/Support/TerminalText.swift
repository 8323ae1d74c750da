/// Text that came from users or definition files, made safe to write to a terminal: control
/// characters and escape sequences are shown as visible symbols instead of being obeyed, so a
/// party name cannot clear a clerk's screen or retitle the window.
enum TerminalText {
    /// Replaces C0 and C1 controls and DEL with visible stand-ins (U+2400 block, or `\u{..}`),
    /// keeping tabs as a space and, when `keepNewlines`, line breaks.
    static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A where keepNewlines:
                out.append(scalar)
            case 0x09:
                out.append(" ")
            case 0x00...0x1F:
                out.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
            case 0x7F:
                out.append("\u{2421}")
            case 0x80...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                // C1 controls and bidirectional overrides that can disguise text.
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16))}".unicodeScalars)
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }
}
