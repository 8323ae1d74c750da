/// Text from the database on its way into an HTML page: escaped so that nothing in it is markup
/// (`&`, `<`, `>`, both quotes), and with control characters, bidirectional overrides and line
/// separators taken out so that nothing a clerk typed can reorder or hide what the page shows.
public enum HTMLText {
    /// Escaped for element content and for attribute values in double or single quotes.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(" ")
            default:
                if !isDropped(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Escaped text whose line breaks stay line breaks (`white-space: pre-line` on the element).
    public static func escapeLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }.joined(separator: "\n")
    }

    /// The same characters taken out, without escaping (for JSON, which has its own encoder).
    public static func plain(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isDropped(scalar) {
            out.append(scalar == "\n" || scalar == "\t" ? " " : scalar)
        }
        return String(out)
    }

    /// C0 and C1 controls (but tab and newline, which become spaces), DEL, the bidirectional
    /// embeddings, overrides and isolates, zero-width joiners and marks, U+2028/2029, BOM.
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x09 || v == 0x0A { return false }
        if v < 0x20 || (0x7F...0x9F).contains(v) { return true }
        if (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) { return true }
        return v == 0x2028 || v == 0x2029 || v == 0xFEFF || v == 0x061C
    }
}
