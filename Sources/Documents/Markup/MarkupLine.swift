import Foundation

/// One line of a rendered document. Templates write documents in a small line markup so that an
/// admin can edit them as text while the layout (centred titles, indented paragraphs, the
/// signature block) stays GB/T 9704's: every non-empty line starts with a prefix that says what
/// it is. Values from the case cannot start a line (`DocumentText.clean` turns their line
/// breaks into U+2028), so the prefixes are always the template's own.
public enum MarkupLine: Sendable, Equatable {
    case title(String)
    case centered(String)
    case heading(String)
    case plain(String)
    case right(String)
    case paragraph(String)
    case small(String)
    case tableWidths([Double])
    case tableHeader([String])
    case tableRow([String])
    case rule
    case pageBreak
    case blank

    /// Prefix → kind, longest first. The table and the README's template section list the same.
    public static let prefixes: [(prefix: String, name: String)] = [
        ("= ", "title"), ("^ ", "centered"), ("# ", "heading"), (": ", "plain"), ("> ", "right"),
        ("  ", "paragraph"), (". ", "small"), ("|% ", "table widths"), ("|! ", "table header"), ("| ", "table row"),
        ("---", "rule"), ("~~~", "page break"),
    ]

    /// Whether a template line starts with a known prefix (or is empty).
    public static func isMarkup(_ line: Substring) -> Bool {
        line.isEmpty || prefixes.contains { line.hasPrefix($0.prefix) }
    }

    /// Reads a rendered line. A line a value broke with U+2028 gives several lines of its kind.
    /// Nil for a line without a prefix, which the template check prevents.
    public static func parse(_ line: Substring) -> [MarkupLine]? {
        if line.trimmingCharacters(in: .whitespaces).isEmpty { return [.blank] }
        if line.hasPrefix("---") { return [.rule] }
        if line.hasPrefix("~~~") { return [.pageBreak] }
        if line.hasPrefix("|% ") {
            return [.tableWidths(line.dropFirst(3).split(separator: " ").map { Double($0) ?? 1 })]
        }
        if line.hasPrefix("|! ") { return [.tableHeader(cells(line.dropFirst(3)))] }
        if line.hasPrefix("| ") { return [.tableRow(cells(line.dropFirst(2)))] }
        let kinds: [(String, (String) -> MarkupLine)] = [
            ("= ", MarkupLine.title), ("^ ", MarkupLine.centered), ("# ", MarkupLine.heading), (": ", MarkupLine.plain),
            ("> ", MarkupLine.right), ("  ", MarkupLine.paragraph), (". ", MarkupLine.small),
        ]
        for (prefix, make) in kinds where line.hasPrefix(prefix) {
            let text = line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            let parts = text.split(separator: DocumentText.lineSeparator, omittingEmptySubsequences: true)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            // A paragraph whose values were all empty is left out rather than printed as a hole.
            return parts.map(make)
        }
        return nil
    }

    /// Table cells are separated by " | "; a value's line break becomes a space inside a cell,
    /// while the template's own `\n` breaks the cell's line (room to sign). Only ASCII spaces are
    /// trimmed: full-width spaces are the template's own, leaving room before 年月日.
    static func cells(_ text: Substring) -> [String] {
        text.components(separatedBy: " | ").map {
            $0.replacingOccurrences(of: String(DocumentText.lineSeparator), with: " ")
                .replacingOccurrences(of: "\\n", with: "\n")
                .trimmingCharacters(in: CharacterSet(charactersIn: " "))
        }
    }

    /// The whole rendered text as lines.
    public static func parseDocument(_ text: String) -> [MarkupLine] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.flatMap { parse($0) ?? [] }
    }
}
