import Foundation
import Workflow

/// Text from a case as it may enter a document: what a clerk typed never controls the layout.
/// Control and bidirectional-override characters are dropped; a line break becomes U+2028, which
/// the markup reads as "continue in a new paragraph of the same kind", so a value can never start
/// a markup line of its own (a typed "= 标题" stays text); `|` cannot split a table cell, nor `\`
/// break a cell's line.
public enum DocumentText {
    public static let lineSeparator: Character = "\u{2028}"

    public static func clean(_ text: String) -> String {
        // Most values need nothing done: return them as they are, without building a new string.
        if text.unicodeScalars.allSatisfy(isPlain), text.unicodeScalars.first != " ", text.unicodeScalars.last != " " { return text }
        var result = String.UnicodeScalarView()
        var previousWasBreak = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D, 0x2028, 0x2029:
                if !previousWasBreak { result.append("\u{2028}") }
                previousWasBreak = true
                continue
            case 0x09:
                result.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                continue
            case 0x7C:
                result.append("｜")
            case 0x5C:
                // A typed backslash cannot make the template's `\n` cell break.
                result.append("＼")
            default:
                result.append(scalar)
            }
            previousWasBreak = false
        }
        let isEdge: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\u{2028}" }
        guard let first = result.firstIndex(where: { !isEdge($0) }), let last = result.lastIndex(where: { !isEdge($0) }) else { return "" }
        return String(result[first...last])
    }

    /// A scalar `clean` keeps as it is.
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0x7C, 0x5C: false
        default: true
        }
    }

    /// 2026年3月16日, the date form of GB/T 9704-2012 (Arabic numerals, no leading zeros).
    public static func date(_ date: CivilDate) -> String {
        "\(date.year)年\(date.month)月\(date.day)日"
    }
}
