import Localization

/// A one-line text field that edits by whole characters (a Chinese character is one step of the
/// cursor and two columns on screen) and scrolls sideways to keep the cursor in view.
struct TextField: Hashable {
    var text = ""
    /// Cursor position in characters.
    var cursor = 0
    var secret = false
    /// An opinion may run to several paragraphs: Ctrl-O starts a new line.
    var multiline = false
    /// The most characters the field takes: a stray paste of a whole file must not become a
    /// party's name, and typing past the limit does nothing.
    var maxLength: Int

    /// Single-line fields hold what a line of a form or a document can carry; opinions hold pages.
    static let singleLineLimit = 200
    static let multilineLimit = 5000

    init(_ text: String = "", secret: Bool = false, multiline: Bool = false, maxLength: Int? = nil) {
        let limit = maxLength ?? (multiline ? Self.multilineLimit : Self.singleLineLimit)
        self.text = String(text.prefix(limit))
        self.cursor = self.text.count
        self.secret = secret
        self.multiline = multiline
        self.maxLength = limit
    }

    /// Inserts text at the cursor, cut at the field's limit. Line breaks stay in a multi-line
    /// field and become spaces in a single-line one; tabs become spaces and other control
    /// characters are dropped, so nothing pasted can reach the terminal raw.
    mutating func insert(_ pasted: String) {
        var clean = ""
        var previousWasReturn = false
        for scalar in pasted.unicodeScalars {
            defer { previousWasReturn = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasReturn: continue
            case "\r", "\n", "\u{2028}", "\u{2029}": clean.unicodeScalars.append(multiline ? "\n" : " ")
            case "\t": clean.unicodeScalars.append(" ")
            default:
                if scalar.properties.generalCategory == .control { continue }
                clean.unicodeScalars.append(scalar)
            }
        }
        let room = maxLength - text.count
        guard room > 0 else { return }
        let accepted = String(clean.prefix(room))
        text.insert(contentsOf: accepted, at: text.index(text.startIndex, offsetBy: cursor))
        cursor += accepted.count
    }

    /// Applies an editing key; returns false for keys a field does not use.
    mutating func handle(_ key: Key) -> Bool {
        switch key {
        case let .character(character):
            guard text.count < maxLength else { return true }
            let index = text.index(text.startIndex, offsetBy: cursor)
            text.insert(character, at: index)
            cursor += 1
        case let .paste(pasted):
            insert(pasted)
        case .control("o") where multiline:
            guard text.count < maxLength else { return true }
            text.insert("\n", at: text.index(text.startIndex, offsetBy: cursor))
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
            cursor -= 1
        case .delete:
            guard cursor < text.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .control("u"):
            text.removeSubrange(text.startIndex..<text.index(text.startIndex, offsetBy: cursor))
            cursor = 0
        default:
            return false
        }
        return true
    }

    /// What to show in `width` columns and where the cursor sits among them.
    func visible(width: Int) -> (text: String, cursorColumn: Int) {
        let shown = secret ? String(repeating: "•", count: text.count) : text
        let characters = Array(shown)
        let before = characters.prefix(cursor).reduce(0) { $0 + DisplayWidth.of(String($1)) }
        guard width > 1 else { return ("", 0) }
        // Scroll so the cursor stays inside the field, one column spare for it at the end.
        var start = 0
        var offset = before
        while offset > width - 1, start < characters.count {
            offset -= DisplayWidth.of(String(characters[start]))
            start += 1
        }
        var visible = ""
        var used = 0
        for character in characters[start...] {
            let w = DisplayWidth.of(String(character))
            if used + w > width { break }
            visible.append(character)
            used += w
        }
        return (visible, offset)
    }

    /// The text broken into lines of at most `width` columns (at its own line breaks and where a
    /// line is full), with the cursor's row and column among them.
    func wrapped(width: Int) -> (lines: [String], cursorRow: Int, cursorColumn: Int) {
        var lines = [""]
        var widths = [0]
        var cursorAt = (row: 0, column: 0)
        for (index, character) in text.enumerated() {
            if index == cursor { cursorAt = (lines.count - 1, widths[widths.count - 1]) }
            if character == "\n" {
                lines.append("")
                widths.append(0)
                continue
            }
            let w = DisplayWidth.of(String(character))
            if widths[widths.count - 1] + w > max(1, width) {
                lines.append("")
                widths.append(0)
                if index == cursor { cursorAt = (lines.count - 1, 0) }
            }
            lines[lines.count - 1].append(character)
            widths[widths.count - 1] += w
        }
        if cursor >= text.count { cursorAt = (lines.count - 1, widths[widths.count - 1]) }
        return (lines, cursorAt.row, cursorAt.column)
    }
}
