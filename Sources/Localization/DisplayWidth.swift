/// Terminal display width of text, independent of the process locale (tests run in the C
/// locale, where `wcwidth` gives -1 for every Chinese character). East Asian wide and fullwidth
/// characters take two columns, combining marks and zero-width characters none.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v == 0 { return 0 }
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 1 }  // shown as a stand-in symbol
        if isZeroWidth(v) { return 0 }
        return isWide(v) ? 2 : 1
    }

    private static func isZeroWidth(_ v: UInt32) -> Bool {
        (0x0300...0x036F).contains(v) || (0x0483...0x0489).contains(v) || (0x0591...0x05BD).contains(v)
            || (0x1AB0...0x1AFF).contains(v) || (0x1DC0...0x1DFF).contains(v) || (0x200B...0x200F).contains(v)
            || (0x202A...0x202E).contains(v) || (0x2060...0x2064).contains(v) || (0x20D0...0x20FF).contains(v)
            || (0xFE00...0xFE0F).contains(v) || (0xFE20...0xFE2F).contains(v) || v == 0xFEFF
            || (0xE0100...0xE01EF).contains(v)
    }

    private static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x231A...0x231B).contains(v) || (0x2329...0x232A).contains(v)
            || (0x23E9...0x23EC).contains(v) || (0x25FD...0x25FE).contains(v) || (0x2614...0x2615).contains(v)
            || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v) || (0x3400...0x4DBF).contains(v)
            || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v) || (0xA960...0xA97F).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE10...0xFE19).contains(v)
            || (0xFE30...0xFE6F).contains(v) || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
            || (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x2FFFD).contains(v)
            || (0x30000...0x3FFFD).contains(v)
    }

    /// Pads with spaces to `width` columns (never cuts).
    public static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - of(text)))
    }

    /// Cuts to at most `width` columns at a character boundary, ending with "…" when cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = of(String(character))
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    /// Breaks text into lines of at most `width` columns. Chinese breaks between any two
    /// characters, but a run of digits and Latin letters (an amount, an ID number, a code) moves
    /// whole to the next line when it fits there; explicit line breaks are kept. `together` says
    /// which characters form such runs (command-line help keeps every non-space ASCII run, an
    /// option like `--db <db>` or a path, together).
    public static func wrap(_ text: String, to width: Int, together: (Character) -> Bool = keptTogether) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for token in tokens(paragraph, together: together) {
                let tokenWidth = of(token)
                if token.count > 1, used > 0, used + tokenWidth > width, tokenWidth <= width {
                    lines.append(line)
                    line = ""
                    used = 0
                }
                for character in token {
                    let w = of(String(character))
                    if used + w > width {
                        // 禁则: closing punctuation never starts a line; the character before it
                        // moves down with it.
                        // 禁则 both ways: closing punctuation never starts a line (the characters
                        // before it move down with it, through a run like "），"), and opening
                        // punctuation never ends one.
                        var carry = ""
                        if noLineStart.contains(character) {
                            repeat {
                                guard line.count > 1, let last = line.popLast() else { break }
                                carry = String(last) + carry
                            } while carry.first.map(noLineStart.contains) == true
                        }
                        while line.count > 1, let last = line.last, noLineEnd.contains(last) {
                            carry = String(line.removeLast()) + carry
                        }
                        lines.append(line)
                        line = carry
                        used = of(carry)
                    }
                    line.append(character)
                    used += w
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// The 禁则 table the PDF's line breaker uses too.
    static let noLineEnd = LineBreakTable.cannotEndLine

    static let noLineStart = LineBreakTable.cannotStartLine

    /// ASCII letters, digits and `.-:/`: an amount, an ID number, a code.
    public static func keptTogether(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || ".-:/".contains(character))
    }

    /// Single characters, except runs of characters that stay together.
    private static func tokens(_ text: Substring, together: (Character) -> Bool) -> [String] {
        var out: [String] = []
        var word = ""
        for character in text {
            if together(character) {
                word.append(character)
            } else {
                if !word.isEmpty { out.append(word); word = "" }
                out.append(String(character))
            }
        }
        if !word.isEmpty { out.append(word) }
        return out
    }
}
